import type { RelatorEvent } from '../../../core/model/types';
import { EventTextField as TextField } from '../../components/EventTextField';
import { useT, type MessageKey } from '../../i18n';
import type { EventTextField } from '../../store';

type ReportTextField = Exclude<EventTextField, 'conclusions' | 'agreements'>;

/** In the order the relatoría prints them; the signatures close it. */
const FIELDS: readonly { field: ReportTextField; rows: number }[] = [
  { field: 'executiveSummary', rows: 4 },
  { field: 'introduction', rows: 4 },
  { field: 'methodology', rows: 4 },
  { field: 'consensus', rows: 4 },
  { field: 'recommendations', rows: 4 },
  { field: 'nextSteps', rows: 3 },
  { field: 'preparedBy', rows: 1 },
  { field: 'reviewedBy', rows: 1 },
];

/**
 * The relatoría's own texts — summary, introduction, methodology, consensus and dissent,
 * recommendations, next steps, signatures — saved while typed exactly as the conclusions are (EventTextField).
 * An empty methodology is drafted by the report from the event; `methodologyDraft` shows that draft.
 */
export function ReportTexts({ event, methodologyDraft }: { event: RelatorEvent; methodologyDraft: string }) {
  const t = useT();
  return (
    <details class="report-texts panel" data-testid="report-texts">
      <summary>
        <h2>{t('report.texts.title')}</h2>
      </summary>
      <p class="report-hint">{t('report.texts.hint')}</p>
      <div class="report-texts-grid">
        {FIELDS.map(({ field, rows }) => (
          <div key={field}>
            <TextField
              key={`${event.id}-${field}`}
              event={event}
              field={field}
              id={`report-${field}`}
              label={t(`report.texts.${field}` as MessageKey)}
              rows={rows}
            />
            {field === 'methodology' && event.methodology.trim() === '' && methodologyDraft !== '' && (
              <p class="report-hint" data-testid="methodology-draft">
                {t('report.texts.methodologyDraft', { draft: methodologyDraft })}
              </p>
            )}
          </div>
        ))}
      </div>
    </details>
  );
}
