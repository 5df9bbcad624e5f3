import { useEffect, useState } from 'preact/hooks';
import type { EventBundle } from '../../../core/model/types';
import { buildReport, renderMarkdown, type ReportOptions, type ReportScope } from '../../../core/report';
import { currentLanguage, useT } from '../../i18n';
import { capForPreview } from './preview-cap';

/** Typing in another window or flipping options quickly re-renders once, after a short pause. */
const DEBOUNCE_MS = 200;
/** The page has h1 (event) and h2 (this preview): the report's title is shown as h3. */
const HEADING_OFFSET = 2;

interface Rendered {
  html: string;
  hidden: number;
}

/** The report as it will read, from the same Markdown the .md file gets; shortened for big events. */
export function ReportPreview({ bundle, options, scope }: { bundle: EventBundle; options: ReportOptions; scope: ReportScope | undefined }) {
  const t = useT();
  const [rendered, setRendered] = useState<Rendered | null>(null);
  const [pending, setPending] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const optionsKey = JSON.stringify([options, scope]);
  const uiLanguage = currentLanguage();

  useEffect(() => {
    let cancelled = false;
    setPending(true);
    const timer = setTimeout(() => {
      // markdown-it is loaded with the first preview, not with the app.
      import('./preview-html')
        .then(({ renderPreviewHtml }) => {
          if (cancelled) return;
          const capped = capForPreview(buildReport(bundle, options, scope), {
            moreNotes: (count) => t('report.previewMoreNotes', { count }),
            moreRows: (count) => t('report.previewMoreRows', { count }),
          });
          const html = renderPreviewHtml(renderMarkdown(capped.model), HEADING_OFFSET);
          if (cancelled) return;
          setRendered({ html, hidden: capped.hidden });
          setError(null);
          setPending(false);
        })
        .catch((e: unknown) => {
          if (cancelled) return;
          setError(t('report.previewFailed', { message: e instanceof Error ? e.message : String(e) }));
          setPending(false);
        });
    }, DEBOUNCE_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
    // Options are compared by value; the UI language changes the "more notes" lines.
  }, [bundle, optionsKey, uiLanguage]);

  return (
    <section class="report-preview-panel" aria-labelledby="report-preview-title" aria-busy={pending}>
      <div class="section-head">
        <h2 id="report-preview-title">{t('report.preview')}</h2>
        <span class="report-preview-status" role="status">
          {pending ? t('report.previewUpdating') : ''}
        </span>
      </div>
      {error && (
        <p class="report-error" role="alert">
          {error}
        </p>
      )}
      {rendered && rendered.hidden > 0 && <p class="report-hint">{t('report.previewCapped')}</p>}
      {rendered && (
        <div
          class={`report-preview${pending ? ' report-preview-stale' : ''}`}
          data-testid="report-preview"
          lang={options.language}
          role="region"
          aria-label={t('report.previewRegion')}
          tabIndex={0}
          // The HTML comes from markdown-it with raw HTML disabled: user text arrives escaped.
          dangerouslySetInnerHTML={{ __html: rendered.html }}
        />
      )}
    </section>
  );
}
