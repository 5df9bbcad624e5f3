import { useEffect, useMemo, useState } from 'preact/hooks';
import { turnsOfMesa } from '../../../core/mesas';
import type { Mesa, Turn } from '../../../core/model/types';
import { foldLog } from '../../../core/timer/fold';
import { currentTurn, queuedTurns } from '../../../core/timer/queue';
import { stateAt } from '../../../core/timer/state';
import { useT } from '../../i18n';
import { peopleById, speakerName } from '../../moderation/names';
import { openStageChannel } from '../../moderation/stage-channel';
import { useTimerNow } from '../../moderation/use-timer-now';
import {
  DEFAULT_MODERATOR_PREFS,
  getEvent,
  liveParticipants,
  liveTurns,
  getModeratorPrefs,
  getStageMessage,
  liveMesas,
  useLiveQuery,
  type ModeratorPrefs,
} from '../../store';
import '../../styles/moderator.css';
import { TimerFace } from '../moderator/TimerDisplay';

/**
 * The stage display: the speaker's name, the time and the moderator's short message, for the
 * room. It folds the same persisted log as the moderator's screen, ticking every frame, so both
 * show the same time; the message arrives over a BroadcastChannel at once and from the store
 * when the window is (re)opened. Opened for a mesa, it shows that mesa's turn and names the mesa;
 * each mesa's stage is a window of its own.
 */
export function StageScreen({ eventId, mesaId = null }: { eventId: string; mesaId?: string | null }) {
  const t = useT();
  const event = useLiveQuery(
    () =>
      getEvent(eventId)
        .then((e) => e ?? null)
        .catch(() => null),
    [eventId],
    undefined,
  );
  const allTurns = useLiveQuery(() => liveTurns(eventId), [eventId], [] as Turn[]);
  const turns = useMemo(() => turnsOfMesa(allTurns, mesaId), [allTurns, mesaId]);
  const mesas = useLiveQuery(() => liveMesas(eventId), [eventId], undefined as Mesa[] | undefined);
  const mesa = mesaId === null ? null : mesas?.find((m) => m.id === mesaId);
  const everyone = useLiveQuery(() => liveParticipants(eventId, true), [eventId], []);
  const prefs = useLiveQuery(() => getModeratorPrefs(eventId), [eventId], DEFAULT_MODERATOR_PREFS as ModeratorPrefs);
  const stored = useLiveQuery(() => getStageMessage(eventId, mesaId), [eventId, mesaId], null);
  const [signalled, setSignalled] = useState<{ text: string | null } | null>(null);
  const people = useMemo(() => peopleById(everyone), [everyone]);

  useEffect(() => {
    const channel = openStageChannel(eventId, mesaId, (signal) => setSignalled({ text: signal.text }));
    return () => channel.close();
  }, [eventId, mesaId]);
  // The store has caught up with the signal once it reports a change: from then on it decides.
  useEffect(() => setSignalled(null), [stored]);

  const mesaName = mesa?.name ?? null;
  useEffect(() => {
    document.title = mesaName === null ? t('moderator.stage.title') : t('moderator.stage.titleMesa', { name: mesaName });
  }, [mesaName]);
  useEffect(() => {
    document.documentElement.classList.add('stage-root');
    return () => document.documentElement.classList.remove('stage-root');
  }, []);

  const current = currentTurn(turns);
  const next = current ? null : (queuedTurns(turns)[0] ?? null);
  const log = current?.timerLog ?? [];
  const now = useTimerNow(foldLog(log).phase === 'running');
  const state = stateAt(log, now, prefs);
  const message = signalled ? signalled.text : (stored?.text ?? null);

  // A mesa that is not (or no longer) in the event: say so rather than show another room's turn.
  const missing =
    event === null ? 'moderator.stage.notFound' : mesaId !== null && mesas !== undefined && !mesa ? 'moderator.stage.mesaNotFound' : null;
  if (missing) {
    return (
      <main class="stage stage-idle" data-testid="stage">
        <p class="stage-notice">{t(missing)}</p>
      </main>
    );
  }
  const name = speakerName(current ?? next, people);
  return (
    <main class={`stage stage-${state.phase === 'idle' ? 'idle' : state.display}`} data-testid="stage">
      {mesa && (
        <p class="stage-mesa" data-testid="stage-mesa">
          {mesa.name}
        </p>
      )}
      <TimerFace
        state={state}
        idlePlannedMs={next?.plannedSeconds != null ? next.plannedSeconds * 1000 : null}
        speaker={name ?? (current ? null : t('moderator.stage.waiting'))}
        class="timer-stage"
      />
      {message && (
        <p class="stage-message" data-testid="stage-message" role="status">
          {message}
        </p>
      )}
    </main>
  );
}
