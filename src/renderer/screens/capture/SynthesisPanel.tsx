import type { RelatorEvent, Synthesis } from '../../../core/model/types';
import type { StoredText } from '../../autosave/use-field-autosave';
import { AutosaveField } from '../../components/AutosaveField';
import { EventTextField } from '../../components/EventTextField';
import { useT } from '../../i18n';
import { fieldSlot, getSynthesis, saveSynthesis, useLiveQueryResult } from '../../store';

const synthesisText = (s: Synthesis | undefined): StoredText =>
  s ? { text: s.text, updatedAt: s.updatedAt } : { text: '', updatedAt: null };

/** Beside the timeline: the current question's synthesis and the event's conclusions and agreements. */
export function SynthesisPanel({ event, questionId }: { event: RelatorEvent; questionId: string | null }) {
  const t = useT();
  const synthesis = useLiveQueryResult(
    async () => (questionId === null ? null : { questionId, stored: synthesisText(await getSynthesis(event.id, questionId)) }),
    [event.id, questionId],
    null,
  ).value;

  return (
    <aside class="synthesis-panel" aria-labelledby="synthesis-title">
      <h2 id="synthesis-title">{t('capture.synthesis.title')}</h2>
      {questionId === null ? (
        <p class="empty">{t('capture.synthesis.noQuestion')}</p>
      ) : (
        synthesis?.questionId === questionId && (
          <AutosaveField
            key={questionId}
            id="synthesis-question"
            label={t('capture.synthesis.question')}
            rows={7}
            eventId={event.id}
            slot={fieldSlot('synthesis', questionId)}
            questionId={questionId}
            stored={synthesis.stored}
            save={async (text, base) => {
              const saved = await saveSynthesis(event.id, questionId, text, {
                expectedUpdatedAt: base.updatedAt,
                base: { text: base.text },
              });
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
