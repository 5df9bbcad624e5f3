import { useMemo } from 'preact/hooks';
import { mesasNow, type MesaNow } from '../../../core/mesas';
import type { Mesa, Participant, Turn } from '../../../core/model/types';
import { foldLog } from '../../../core/timer/fold';
import { formatCountup, formatTimer } from '../../../core/timer/format';
import { stateAt, type TimerState } from '../../../core/timer/state';
import { useT } from '../../i18n';
import { timerCue } from '../../moderation/cue';
import { peopleById } from '../../moderation/names';
import { useTimerNow } from '../../moderation/use-timer-now';
import { DEFAULT_MODERATOR_PREFS, getModeratorPrefs, liveParticipants, liveTurns, useLiveQuery, type ModeratorPrefs } from '../../store';
import { useLiveTurns } from '../../sync/use-live-turns';
import '../../styles/timer-colours.css';

const NO_PEOPLE: Participant[] = [];

/**
 * The coordinator's view of a forum with mesas: who has the floor in the plenary and in each mesa,
 * for how long, and how much time is left (in the timer's colours), with each queue's length. Every
 * figure is a fold of a timer log: the one a mesa's moderator shares live from their copy (read on
 * their clock, see core/sync/shared-timer.ts), or else the stored turn's, re-read whenever it changes.
 */
export function MesasNow({ eventId, mesas }: { eventId: string; mesas: readonly Mesa[] }) {
  const t = useT();
  const turns = useLiveQuery(() => liveTurns(eventId), [eventId], undefined as Turn[] | undefined);
  const everyone = useLiveQuery(() => liveParticipants(eventId, true), [eventId], NO_PEOPLE);
  const prefs = useLiveQuery(() => getModeratorPrefs(eventId), [eventId], DEFAULT_MODERATOR_PREFS as ModeratorPrefs);
  const people = useMemo(() => peopleById(everyone), [everyone]);
  const shared = useLiveTurns(eventId);
  const rows = useMemo(() => mesasNow(turns ?? [], mesas, shared), [turns, mesas, shared]);
  const running = rows.some((row) => row.current !== null && foldLog(row.current.log).phase === 'running');
  // Once a second is enough for figures read at a glance (the big digits tick by frame elsewhere).
  const now = useTimerNow(running, { frames: false });

  if (mesas.length === 0 || turns === undefined) return null;
  return (
    <section class="panel mesas-now" aria-labelledby="mesas-now-title" data-testid="mesas-now">
      <h2 id="mesas-now-title">{t('mesas.now.title')}</h2>
      <p class="hint">{t('mesas.now.intro')}</p>
      <ul class="mesas-now-list">
        {rows.map((row) => (
          <MesaNowCard
            key={row.mesa?.id ?? 'plenary'}
            row={row}
            name={row.mesa?.name ?? t('mesas.plenary')}
            speaker={row.current?.speakerId ? (people.get(row.current.speakerId)?.name ?? null) : null}
            state={row.current ? stateAt(row.current.log, now + row.current.clockOffsetMs, prefs) : null}
          />
        ))}
      </ul>
    </section>
  );
}

function MesaNowCard({ row, name, speaker, state }: { row: MesaNow; name: string; speaker: string | null; state: TimerState | null }) {
  const t = useT();
  const headingId = `mesa-now-${row.mesa?.id ?? 'plenary'}`;
  const cue = state && timerCue(state);
  const display = state === null || state.phase === 'idle' ? 'idle' : state.display;
  return (
    <li class="mesa-now" data-testid="mesa-now" aria-labelledby={headingId}>
      <h3 id={headingId}>{name}</h3>
      {state && cue ? (
        <>
          <p class="mesa-now-speaker" data-testid="mesa-now-speaker">
            <span class="visually-hidden">{t('mesas.now.speaker')}: </span>
            {speaker ?? t('mesas.now.unknownSpeaker')}
          </p>
          <p class={`mesa-now-timer timer-face timer-${display}`} data-testid="mesa-now-timer" data-display={display}>
            <span class="mesa-now-digits">{formatTimer(state)}</span>{' '}
            <span class="mesa-now-cue">
              <span aria-hidden="true">{cue.icon}</span> {t(cue.key, cue.values)}
            </span>
          </p>
          <p class="mesa-now-elapsed" data-testid="mesa-now-elapsed">
            {t('mesas.now.elapsed', { time: formatCountup(state.elapsedMs) })}
          </p>
        </>
      ) : (
        <p class="mesa-now-nobody">{t('mesas.now.nobody')}</p>
      )}
      <p class="mesa-now-queue" data-testid="mesa-now-queue">
        {row.queued === 0 ? t('mesas.now.queueEmpty') : t('mesas.now.queued', { count: row.queued })}
      </p>
    </li>
  );
}
