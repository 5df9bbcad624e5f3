import type { RelatorEvent, Synthesis } from '../../../core/model/types';
import type { StoredText } from '../../autosave/use-field-autosave';
import { useT } from '../../i18n';
import { fieldSlot, getSynthesis, saveSynthesis, updateEvent, useLiveQueryResult } from '../../store';
import { AutosaveField } from './AutosaveField';

const synthesisText = (s: Synthesis | undefined): StoredText =>
  s ? { text: s.text, updatedAt: s.updatedAt } : { text: '', updatedAt: null };

/** Saves one of the event's two texts, guarded by the value the user's text was built on. */
function eventText(eventId: string, field: 'conclusions' | 'agreements') {
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
      <AutosaveField
        key={`${event.id}-c`}
        id="event-conclusions"
        label={t('capture.synthesis.conclusions')}
        eventId={event.id}
        slot={fieldSlot('conclusions')}
        questionId={null}
        stored={{ text: event.conclusions, updatedAt: event.updatedAt }}
        {...eventText(event.id, 'conclusions')}
      />
      <AutosaveField
        key={`${event.id}-a`}
        id="event-agreements"
        label={t('capture.synthesis.agreements')}
        eventId={event.id}
        slot={fieldSlot('agreements')}
        questionId={null}
        stored={{ text: event.agreements, updatedAt: event.updatedAt }}
        {...eventText(event.id, 'agreements')}
      />
    </aside>
  );
}
