import { useEffect, useState } from 'preact/hooks';
import type { RelatorEvent } from '../../../core/model/types';
import { useT } from '../../i18n';
import { getSynthesis, saveSynthesis, updateEvent } from '../../store';
import { AutosaveField } from './AutosaveField';

/** Beside the timeline: the current question's synthesis and the event's conclusions and agreements. */
export function SynthesisPanel({ event, questionId }: { event: RelatorEvent; questionId: string | null }) {
  const t = useT();
  const [loaded, setLoaded] = useState<{ questionId: string; text: string } | null>(null);

  useEffect(() => {
    if (questionId === null) return;
    let alive = true;
    void getSynthesis(event.id, questionId).then((s) => alive && setLoaded({ questionId, text: s?.text ?? '' }));
    return () => {
      alive = false;
    };
  }, [event.id, questionId]);

  return (
    <aside class="synthesis-panel" aria-labelledby="synthesis-title">
      <h2 id="synthesis-title">{t('capture.synthesis.title')}</h2>
      {questionId === null ? (
        <p class="empty">{t('capture.synthesis.noQuestion')}</p>
      ) : (
        loaded?.questionId === questionId && (
          <AutosaveField
            key={questionId}
            id="synthesis-question"
            label={t('capture.synthesis.question')}
            initial={loaded.text}
            rows={7}
            save={(text) => saveSynthesis(event.id, questionId, text)}
          />
        )
      )}
      <AutosaveField
        key={`${event.id}-c`}
        id="event-conclusions"
        label={t('capture.synthesis.conclusions')}
        initial={event.conclusions}
        save={(conclusions) => updateEvent(event.id, { conclusions })}
      />
      <AutosaveField
        key={`${event.id}-a`}
        id="event-agreements"
        label={t('capture.synthesis.agreements')}
        initial={event.agreements}
        save={(agreements) => updateEvent(event.id, { agreements })}
      />
    </aside>
  );
}
