import type { Mesa, RelatorEvent, Synthesis } from '../../../core/model/types';
import type { StoredText } from '../../autosave/use-field-autosave';
import { AutosaveField } from '../../components/AutosaveField';
import { EventTextField } from '../../components/EventTextField';
import { useT } from '../../i18n';
import { fieldSlot, getSynthesis, saveSynthesis, useLiveQueryResult } from '../../store';

const synthesisText = (s: Synthesis | undefined): StoredText =>
  s ? { text: s.text, updatedAt: s.updatedAt } : { text: '', updatedAt: null };

/**
 * Beside the timeline: the current question's synthesis — the mesa's when the rapporteur writes in
 * one, else the plenary's — and the event's conclusions and agreements.
 */
export function SynthesisPanel({ event, questionId, mesa }: { event: RelatorEvent; questionId: string | null; mesa: Mesa | null }) {
  const t = useT();
  const mesaId = mesa?.id ?? null;
  // One draft slot per question and mesa, so switching mesa never mixes two syntheses' drafts.
  const key = `${questionId}@${mesaId ?? ''}`;
  const synthesis = useLiveQueryResult(
    async () => (questionId === null ? null : { key, stored: synthesisText(await getSynthesis(event.id, questionId, mesaId)) }),
    [event.id, questionId, mesaId],
    null,
  ).value;

  return (
    <aside class="synthesis-panel" aria-labelledby="synthesis-title">
      <h2 id="synthesis-title">{t('capture.synthesis.title')}</h2>
      {questionId === null ? (
        <p class="empty">{t('capture.synthesis.noQuestion')}</p>
      ) : (
        synthesis?.key === key && (
          <AutosaveField
            key={key}
            id="synthesis-question"
            label={mesa ? t('capture.synthesis.questionOfMesa', { mesa: mesa.name }) : t('capture.synthesis.question')}
            rows={7}
            eventId={event.id}
            slot={mesaId === null ? fieldSlot('synthesis', questionId) : `${fieldSlot('synthesis', questionId)}@${mesaId}`}
            questionId={questionId}
            stored={synthesis.stored}
            save={async (text, base) => {
              const saved = await saveSynthesis(
                event.id,
                questionId,
                text,
                { expectedUpdatedAt: base.updatedAt, base: { text: base.text } },
                mesaId,
              );
              return synthesisText(saved);
            }}
            fromRecord={(record) => synthesisText(record as Synthesis | undefined)}
          />
        )
      )}
      <EventTextField
        key={`${event.id}-c`}
        event={event}
        field="conclusions"
        id="event-conclusions"
        label={t('capture.synthesis.conclusions')}
      />
      <EventTextField
        key={`${event.id}-a`}
        event={event}
        field="agreements"
        id="event-agreements"
        label={t('capture.synthesis.agreements')}
      />
    </aside>
  );
}
