import type { RelatorEvent } from '../../../core/model/types';
import type { StoredText } from '../../autosave/use-field-autosave';
import { useT, type MessageKey } from '../../i18n';
import { fieldSlot, updateEvent, type EventTextField } from '../../store';
import { AutosaveField } from '../capture/AutosaveField';

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

/** Saves one of the event's texts, guarded by the value the user's text was built on (as the conclusions are). */
function eventText(eventId: string, field: ReportTextField) {
  return {
    save: async (text: string, base: StoredText): Promise<StoredText> => {
      const guard = base.updatedAt === null ? undefined : { expectedUpdatedAt: base.updatedAt, base: { [field]: base.text } };
      const saved = await updateEvent(eventId, { [field]: text }, guard);
      return { text: saved[field], updatedAt: saved.updatedAt };
    },
    fromRecord: (record: unknown): StoredText => {
      const e = record as RelatorEvent;
      return { text: e[field], updatedAt: e.updatedAt };
    },
  };
}

/**
 * The relatoría's own texts — summary, introduction, methodology, consensus and dissent,
 * recommendations, next steps, signatures — saved while typed with the synthesis's guarantees.
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
            <AutosaveField
              key={`${event.id}-${field}`}
              id={`report-${field}`}
              label={t(`report.texts.${field}` as MessageKey)}
              rows={rows}
              eventId={event.id}
              slot={fieldSlot(field)}
              questionId={null}
              stored={{ text: event[field], updatedAt: event.updatedAt }}
              {...eventText(event.id, field)}
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
