import { describeError } from '../../app/errors';
import { useNotices } from '../../components/Notices';
import { useT } from '../../i18n';
import { deleteTurn, liveTurns, useLiveQuery } from '../../store';
import type { GuidingQuestion, Participant, Turn } from '../../../core/model/types';

interface Props {
  eventId: string;
  questions: GuidingQuestion[];
  participants: Participant[];
}

const minutes = (seconds: number) => Math.round((seconds / 60) * 100) / 100;

/** The planned turns per guiding question, in the order the forum follows. */
export function AgendaList({ eventId, questions, participants }: Props) {
  const t = useT();
  const { notify } = useNotices();
  const turns = useLiveQuery(() => liveTurns(eventId), [eventId], undefined);
  if (turns === undefined) return null;

  const names = new Map(participants.map((p) => [p.id, p.name]));
  const known = new Set(questions.map((q) => q.id));
  const groups = [
    ...questions.map((q, i) => ({
      key: q.id,
      title: `${t('setup.questionLabel', { n: i + 1 })}: ${q.text}`,
      turns: turns.filter((x) => x.questionId === q.id),
    })),
    { key: 'general', title: t('setup.agendaGeneral'), turns: turns.filter((x) => x.questionId === null || !known.has(x.questionId)) },
  ].filter((g) => g.turns.length > 0);
  const total = turns.reduce((sum, x) => sum + (x.plannedSeconds ?? 0), 0);

  const describe = (turn: Turn) =>
    t('setup.agendaTurn', {
      speaker: (turn.speakerId && names.get(turn.speakerId)) || t('setup.noSpeaker'),
      minutes: turn.plannedSeconds === null ? t('setup.noMinutes') : t('setup.minutesShort', { minutes: minutes(turn.plannedSeconds) }),
    });

  return (
    <section class="panel" aria-labelledby="agenda-list-title">
      <h2 id="agenda-list-title">{t('setup.agendaListTitle')}</h2>
      {groups.length === 0 ? (
        <p class="empty">{t('setup.agendaEmpty')}</p>
      ) : (
        <>
          {groups.map((g) => (
            <div key={g.key} class="agenda-segment">
              <h3>{g.title}</h3>
              <ol class="agenda-list-turns" data-testid="agenda-turns">
                {g.turns.map((turn) => (
                  <li key={turn.id} class="agenda-item">
                    <span>{describe(turn)}</span>
                    {turn.actualStartAt !== null ? (
                      <span class="badge">{t('setup.agendaDone')}</span>
                    ) : (
                      <button
                        type="button"
                        class="button button-small button-danger"
                        aria-label={`${t('setup.delete')}: ${describe(turn)}`}
                        onClick={() =>
                          void deleteTurn(turn.id).catch((err: unknown) => notify({ kind: 'error', text: describeError(err, t) }))
                        }
                      >
                        {t('setup.delete')}
                      </button>
                    )}
                  </li>
                ))}
              </ol>
            </div>
          ))}
          <p class="agenda-total">{t('setup.agendaTotal', { minutes: minutes(total) })}</p>
        </>
      )}
    </section>
  );
}
