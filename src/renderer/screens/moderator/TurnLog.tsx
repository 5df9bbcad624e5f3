import { useState } from 'preact/hooks';
import type { GuidingQuestion, Id, Participant, Turn } from '../../../core/model/types';
import type { RetimeProblem } from '../../moderation/actions';
import { speakerName, type PeopleById } from '../../moderation/names';
import { turnLogCells } from '../../moderation/turn-log-cells';
import { useTimerNow } from '../../moderation/use-timer-now';
import { parseTimeInput, timeInputValue } from '../../moderation/time-input';
import { useT, type MessageKey } from '../../i18n';

export interface TurnCorrection {
  speakerId: Id | null;
  startMs: number;
  /** Null keeps a running turn running (only the speaker or start changes). */
  endMs: number | null;
}

interface Props {
  turns: Turn[];
  people: PeopleById;
  participants: Participant[];
  questions: GuidingQuestion[];
  /** Null when saved, or what was wrong. */
  onCorrect: (turn: Turn, correction: TurnCorrection) => Promise<RetimeProblem | null>;
}

const PROBLEM_KEYS: Record<RetimeProblem, MessageKey> = {
  'invalid-time': 'moderator.log.invalidTime',
  'end-before-start': 'moderator.log.endBeforeStart',
  'in-the-future': 'moderator.log.inTheFuture',
};

/**
 * The turns actually spoken: planned, the time given or taken, actual (pauses left out) and the
 * difference the clock showed at the end. Each can be corrected afterwards.
 */
export function TurnLog({ turns, people, participants, questions, onCorrect }: Props) {
  const t = useT();
  // A turn being spoken shows its time so far, refreshed once a second like the equity figures.
  const nowMs = useTimerNow(
    turns.some((turn) => turn.actualStartAt !== null && turn.actualEndAt === null),
    { frames: false },
  );
  const [editing, setEditing] = useState<Id | null>(null);
  const spoken = turns
    .filter((turn) => turn.actualStartAt !== null)
    .sort((a, b) => Date.parse(a.actualStartAt!) - Date.parse(b.actualStartAt!));
  const questionIndex = (id: Id | null) => (id === null ? -1 : questions.findIndex((q) => q.id === id));

  if (spoken.length === 0) return <p class="empty">{t('moderator.log.empty')}</p>;
  return (
    <div class="table-scroll">
      <table class="turn-log" data-testid="turn-log">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{t('moderator.log.speaker')}</th>
            <th scope="col">{t('moderator.log.question')}</th>
            <th scope="col">{t('moderator.log.start')}</th>
            <th scope="col">{t('moderator.log.end')}</th>
            <th scope="col">{t('moderator.log.planned')}</th>
            <th scope="col">{t('moderator.log.adjustment')}</th>
            <th scope="col">{t('moderator.log.actual')}</th>
            <th scope="col">{t('moderator.log.difference')}</th>
            <th scope="col">{t('moderator.log.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {spoken.map((turn, i) => {
            const cells = turnLogCells(turn, nowMs);
            const name = speakerName(turn, people) ?? t('moderator.unattributed');
            const qi = questionIndex(turn.questionId);
            if (editing === turn.id) {
              return (
                <EditRow
                  key={turn.id}
                  index={i + 1}
                  turn={turn}
                  participants={participants}
                  onCancel={() => setEditing(null)}
                  onSave={async (c) => {
                    const problem = await onCorrect(turn, c);
                    if (problem === null) setEditing(null);
                    return problem === null ? null : t(PROBLEM_KEYS[problem]);
                  }}
                />
              );
            }
            return (
              <tr key={turn.id} data-testid="turn-log-row">
                <td>{i + 1}</td>
                <td>{name}</td>
                <td>{qi < 0 ? '—' : <span title={questions[qi]!.text}>{qi + 1}</span>}</td>
                <td>{timeInputValue(Date.parse(turn.actualStartAt!))}</td>
                <td>{turn.actualEndAt ? timeInputValue(Date.parse(turn.actualEndAt)) : t('moderator.log.running')}</td>
                <td>{cells.planned}</td>
                <td>{cells.adjustment}</td>
                <td>{cells.actual}</td>
                <td>{cells.difference}</td>
                <td>
                  <button
                    type="button"
                    class="button button-small"
                    aria-label={t('moderator.log.edit', { name })}
                    onClick={() => setEditing(turn.id)}
                  >
                    ✎
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

interface EditProps {
  index: number;
  turn: Turn;
  participants: Participant[];
  onCancel: () => void;
  onSave: (c: TurnCorrection) => Promise<string | null>;
}

function EditRow({ index, turn, participants, onCancel, onSave }: EditProps) {
  const t = useT();
  const startMs = Date.parse(turn.actualStartAt!);
  const [speakerId, setSpeakerId] = useState(turn.speakerId ?? '');
  const [start, setStart] = useState(timeInputValue(startMs));
  const [end, setEnd] = useState(turn.actualEndAt ? timeInputValue(Date.parse(turn.actualEndAt)) : '');
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    // An untouched field keeps its exact instant (the input shows whole seconds only).
    const endMs = turn.actualEndAt ? Date.parse(turn.actualEndAt) : null;
    const s = start === timeInputValue(startMs) ? startMs : parseTimeInput(start, startMs);
    const e = end.trim() === '' ? null : endMs !== null && end === timeInputValue(endMs) ? endMs : parseTimeInput(end, startMs);
    if (s === null || (end.trim() !== '' && e === null)) return setError(t('moderator.log.invalidTime'));
    setError(await onSave({ speakerId: speakerId || null, startMs: s, endMs: e }));
  };
  return (
    <tr class="turn-log-edit" data-testid="turn-log-edit">
      <td>{index}</td>
      <td>
        <select aria-label={t('moderator.log.speaker')} value={speakerId} onChange={(e) => setSpeakerId(e.currentTarget.value)}>
          <option value="">{t('moderator.unattributed')}</option>
          {participants.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </td>
      <td />
      <td>
        <input type="time" step={1} aria-label={t('moderator.log.start')} value={start} onInput={(e) => setStart(e.currentTarget.value)} />
      </td>
      <td>
        <input type="time" step={1} aria-label={t('moderator.log.end')} value={end} onInput={(e) => setEnd(e.currentTarget.value)} />
      </td>
      <td colSpan={4}>
        {error && (
          <span class="field-error" role="alert">
            {error}
          </span>
        )}
      </td>
      <td>
        <div class="toolbar">
          <button type="button" class="button button-small button-primary" onClick={() => void save()}>
            {t('moderator.log.save')}
          </button>
          <button type="button" class="button button-small" onClick={onCancel}>
            {t('moderator.log.cancel')}
          </button>
        </div>
      </td>
    </tr>
  );
}
