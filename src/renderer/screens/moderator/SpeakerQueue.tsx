import { useState } from 'preact/hooks';
import type { GuidingQuestion, Id, Turn } from '../../../core/model/types';
import { formatSeconds } from '../../../core/timer/format';
import { speakerName, type PeopleById } from '../../moderation/names';
import { useT } from '../../i18n';

interface Props {
  queue: Turn[];
  people: PeopleById;
  questions: GuidingQuestion[];
  onMove: (turnId: Id, toIndex: number) => void;
  onRemove: (turn: Turn) => void;
  onStart: (turn: Turn) => void;
}

/** The people waiting, in order; reordered with the Up/Down buttons or by dragging. */
export function SpeakerQueue({ queue, people, questions, onMove, onRemove, onStart }: Props) {
  const t = useT();
  const [dragging, setDragging] = useState<Id | null>(null);
  const [over, setOver] = useState<number | null>(null);
  const questionText = (id: Id | null) => {
    const question = id === null ? undefined : questions.find((q) => q.id === id);
    return question ? `${question.order + 1}. ${question.text}` : null;
  };

  if (queue.length === 0) return <p class="empty">{t('moderator.queue.empty')}</p>;
  return (
    <>
      <p class="hint">{t('moderator.queue.hint')}</p>
      <ol class="speaker-queue" data-testid="speaker-queue">
        {queue.map((turn, index) => {
          const name = speakerName(turn, people) ?? t('moderator.queue.unknownSpeaker');
          const role = turn.speakerId === null ? undefined : people.get(turn.speakerId)?.role;
          const question = questionText(turn.questionId);
          return (
            <li
              key={turn.id}
              class={`queue-item${over === index && dragging !== turn.id ? ' queue-drop' : ''}`}
              draggable
              data-testid="queue-item"
              onDragStart={(e) => {
                setDragging(turn.id);
                e.dataTransfer?.setData('text/plain', turn.id);
              }}
              onDragOver={(e) => {
                e.preventDefault();
                setOver(index);
              }}
              onDragLeave={() => setOver(null)}
              onDrop={(e) => {
                e.preventDefault();
                const id = e.dataTransfer?.getData('text/plain') || dragging;
                if (id) onMove(id, index);
                setDragging(null);
                setOver(null);
              }}
              onDragEnd={() => {
                setDragging(null);
                setOver(null);
              }}
            >
              <span class="queue-grip" aria-hidden="true">
                ⠿
              </span>
              {/* Two short lines: who; then role, minutes and the question, shortened (whole in the tooltip). */}
              <div class="queue-who" title={question ?? undefined}>
                <strong class="queue-name">{name}</strong>
                <span class="queue-meta">
                  {role && <span class="queue-role">{t(`roles.${role}`)}</span>}
                  <span class="queue-planned">
                    {turn.plannedSeconds === null
                      ? t('moderator.queue.open')
                      : t('moderator.queue.planned', { time: formatSeconds(Math.round(turn.plannedSeconds)) })}
                  </span>
                  {question && <span class="queue-question">{question}</span>}
                </span>
              </div>
              <div class="queue-actions">
                <button
                  type="button"
                  class="button button-small"
                  disabled={index === 0}
                  aria-label={t('moderator.queue.up', { name })}
                  title={t('moderator.queue.up', { name })}
                  onClick={() => onMove(turn.id, index - 1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  class="button button-small"
                  disabled={index === queue.length - 1}
                  aria-label={t('moderator.queue.down', { name })}
                  title={t('moderator.queue.down', { name })}
                  onClick={() => onMove(turn.id, index + 1)}
                >
                  ↓
                </button>
                <button
                  type="button"
                  class="button button-small"
                  aria-label={t('moderator.queue.startThis', { name })}
                  title={t('moderator.queue.startThis', { name })}
                  onClick={() => onStart(turn)}
                >
                  ▶
                </button>
                <button
                  type="button"
                  class="button button-small button-danger"
                  aria-label={t('moderator.queue.remove', { name })}
                  title={t('moderator.queue.remove', { name })}
                  onClick={() => onRemove(turn)}
                >
                  ✕
                </button>
              </div>
            </li>
          );
        })}
      </ol>
    </>
  );
}
