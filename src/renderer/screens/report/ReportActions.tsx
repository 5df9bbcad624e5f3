import { useState } from 'preact/hooks';
import type { EventBundle } from '../../../core/model/types';
import { live } from '../../../core/model/factories';
import type { ReportOptions, ReportScope } from '../../../core/report';
import { exportEventFile, fileSlug } from '../../app/event-files';
import { useNotices } from '../../components/Notices';
import { useT, type MessageKey } from '../../i18n';
import { mesaNameOf, saveReportFile, suggestedName, type ReportFileKind } from './report-files';
import { describeSaveError } from './save-errors';
import { openPrintView } from './print-view';
import { templateBytes, type TemplateChoice } from './ReportTemplateChoice';
import { getPlatform } from '../../platform';

type Job = ReportFileKind | 'print' | 'event';

/** The desktop app prints the PDF itself; a browser opens a print view, where "Save as PDF" is. */
const jobs = (canPrintPdf: boolean): readonly { job: Job; labelKey: MessageKey; primary?: boolean }[] => [
  { job: 'docx', labelKey: 'report.saveDocx', primary: true },
  canPrintPdf ? { job: 'pdf', labelKey: 'report.savePdf' } : { job: 'print', labelKey: 'report.printView' },
  { job: 'markdown', labelKey: 'report.saveMarkdown' },
  { job: 'csv', labelKey: 'report.saveCsv' },
  { job: 'event', labelKey: 'report.saveEventFile' },
];

/**
 * The save bar, kept at the bottom of the window (on a 1280×720 laptop the options and the
 * preview fill the screen). One file at a time: while one is being generated the others wait
 * (they stay focusable, marked aria-disabled, so keyboard focus is not thrown away).
 */
export function ReportActions({
  bundle,
  options,
  template,
  scope,
}: {
  bundle: EventBundle;
  options: ReportOptions;
  template: TemplateChoice;
  /** Which relatoría of an event with mesas every file is (undefined: the event without mesas). */
  scope: ReportScope | undefined;
}) {
  const t = useT();
  const { notify } = useNotices();
  const [busy, setBusy] = useState<Job | null>(null);
  const [error, setError] = useState<string | null>(null);
  const noTurns = live(bundle.turns).every((turn) => turn.actualStartAt === null);

  const run = async (job: Job) => {
    if (busy) return;
    if (job === 'print') {
      setError(openPrintView(bundle, options, scope) ? null : t('report.printBlocked'));
      return;
    }
    setBusy(job);
    setError(null);
    const name =
      job === 'event' ? `${fileSlug(bundle.event.title)}.relator.json` : suggestedName(job, bundle.event.title, mesaNameOf(bundle, scope));
    try {
      const saved =
        job === 'event'
          ? await exportEventFile(bundle.event.id)
          : await saveReportFile(job, bundle, options, job === 'docx' ? await templateBytes(template) : undefined, scope);
      if (saved) notify({ kind: 'info', text: job === 'event' ? t('report.savedEventFile') : t('report.saved', { name }) });
    } catch (e) {
      setError(t('report.failed', { name, reason: describeSaveError(e, t) }));
    } finally {
      setBusy(null);
    }
  };

  return (
    <section class="report-actions" aria-labelledby="report-save-title" data-testid="report-actions">
      <h2 id="report-save-title">{t('report.save')}</h2>
      <div class="report-buttons">
        {jobs(getPlatform().printPdf !== null).map(({ job, labelKey, primary }) => (
          <button
            key={job}
            type="button"
            class={`button button-small${primary ? ' button-primary' : ''}`}
            aria-disabled={busy !== null}
            onClick={() => void run(job)}
          >
            {busy === job ? (
              <>
                <span class="report-spinner" aria-hidden="true" />
                {t('report.generating')}
              </>
            ) : (
              t(labelKey)
            )}
          </button>
        ))}
      </div>
      <p class="report-save-status" role="status">
        {busy ? t('report.generating') : ''}
      </p>
      {noTurns && <p class="report-hint">{t('report.noTurns')}</p>}
      {error && (
        <p class="report-error" role="alert" data-testid="report-save-error">
          {error}
        </p>
      )}
    </section>
  );
}
