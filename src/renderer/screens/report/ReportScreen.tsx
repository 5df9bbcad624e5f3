import { useState } from 'preact/hooks';
import type { EventBundle } from '../../../core/model/types';
import { REPORT_LABELS, methodologyDraft, reportMesas, resolveReportOptions, type ReportOptions } from '../../../core/report';
import { routeHref } from '../../app/router';
import { EventLoading, EventMissing, isMissing } from '../../components/EventMissing';
import { EventTabs } from '../../components/EventTabs';
import { useT } from '../../i18n';
import { getBundle, useLiveQueryResult } from '../../store';
import '../../styles/report.css';
import { AttendancePanel } from './AttendancePanel';
import { PhotosPanel } from './PhotosPanel';
import { ReportActions } from './ReportActions';
import { ReportOptionsForm } from './ReportOptionsForm';
import { ReportPreview } from './ReportPreview';
import { ReportTexts } from './ReportTexts';
import { ReportTemplateChoice, type TemplateChoice } from './ReportTemplateChoice';
import { ReportScopeChoice } from './ReportScopeChoice';
import { GENERAL, scopeOf, type ScopeChoice } from './report-scope';
import { GeneralSyntheses } from './GeneralSyntheses';

/**
 * The relatoría: its options, a live preview, and saving it as DOCX, Markdown, CSV or event file.
 * An event with mesas chooses which relatoría (the general one or a mesa's), and its coordinator
 * writes each question's general synthesis here, beside the mesas'.
 */
export function ReportScreen({ eventId }: { eventId: string }) {
  const t = useT();
  const result = useLiveQueryResult<EventBundle | undefined>(() => getBundle(eventId), [eventId], undefined);
  // Only what the user changed; the rest follows the event (e.g. its language) as it changes.
  const [choices, setChoices] = useState<Partial<ReportOptions>>({});
  const [template, setTemplate] = useState<TemplateChoice>({ kind: 'neutral' });
  const [scopeChoice, setScopeChoice] = useState<ScopeChoice>(GENERAL);

  if (!result.ready) return <EventLoading />;
  const bundle = result.value;
  if (!bundle || result.error || isMissing(bundle.event)) return <EventMissing />;
  const options = resolveReportOptions(bundle.event.language, choices);
  const mesas = reportMesas(bundle);
  const scope = scopeOf(scopeChoice, mesas);
  return (
    <article class="report-screen" aria-labelledby="event-title">
      <nav class="breadcrumbs">
        <a href={routeHref({ name: 'library' })}>← {t('event.back')}</a>
      </nav>
      <h1 id="event-title">{bundle.event.title || t('library.untitled')}</h1>
      <EventTabs eventId={bundle.event.id} current="report" />
      <p class="report-intro">{t('report.intro')}</p>
      <div class="report-layout">
        <div class="report-side">
          {scope && <ReportScopeChoice mesas={mesas} scope={scope} onChange={setScopeChoice} />}
          <ReportOptionsForm options={options} onChange={(changes) => setChoices((c) => ({ ...c, ...changes }))} />
          <ReportTemplateChoice choice={template} onChange={setTemplate} />
        </div>
        <ReportPreview bundle={bundle} options={options} scope={scope} />
      </div>
      {mesas.length > 0 && <GeneralSyntheses bundle={bundle} mesas={mesas} />}
      <ReportTexts event={bundle.event} methodologyDraft={methodologyDraft(bundle, REPORT_LABELS[options.language], options.attribution)} />
      <AttendancePanel event={bundle.event} />
      <PhotosPanel eventId={bundle.event.id} kind="photo" />
      <PhotosPanel eventId={bundle.event.id} kind="logo" />
      {/* Last in the page, kept in view at the bottom of the window: saving is never below the fold. */}
      <ReportActions bundle={bundle} options={options} template={template} scope={scope} />
    </article>
  );
}
