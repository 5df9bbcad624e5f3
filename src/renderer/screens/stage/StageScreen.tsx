import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Turn } from '../../../core/model/types';
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
  useLiveQuery,
  type ModeratorPrefs,
} from '../../store';
import '../../styles/moderator.css';
import { TimerFace } from '../moderator/TimerDisplay';

/**
 * The stage display: the speaker's name, the time and the moderator's short message, for the
 * room. It folds the same persisted log as the moderator's screen, ticking every frame, so both
 * show the same time; the message arrives over a BroadcastChannel at once and from the store
 * when the window is (re)opened.
 */
export function StageScreen({ eventId }: { eventId: string }) {
  const t = useT();
  const event = useLiveQuery(
    () =>
      getEvent(eventId)
        .then((e) => e ?? null)
        .catch(() => null),
    [eventId],
    undefined,
  );
  const turns = useLiveQuery(() => liveTurns(eventId), [eventId], [] as Turn[]);
  const everyone = useLiveQuery(() => liveParticipants(eventId, true), [eventId], []);
  const prefs = useLiveQuery(() => getModeratorPrefs(eventId), [eventId], DEFAULT_MODERATOR_PREFS as ModeratorPrefs);
  const stored = useLiveQuery(() => getStageMessage(eventId), [eventId], null);
  const [signalled, setSignalled] = useState<{ text: string | null } | null>(null);
  const people = useMemo(() => peopleById(everyone), [everyone]);

  useEffect(() => {
    const channel = openStageChannel(eventId, (signal) => setSignalled({ text: signal.text }));
    return () => channel.close();
  }, [eventId]);
  // The store has caught up with the signal once it reports a change: from then on it decides.
  useEffect(() => setSignalled(null), [stored]);

  useEffect(() => {
    document.title = t('moderator.stage.title');
    document.documentElement.classList.add('stage-root');
    return () => document.documentElement.classList.remove('stage-root');
  }, []);

  const current = currentTurn(turns);
  const next = current ? null : (queuedTurns(turns)[0] ?? null);
  const log = current?.timerLog ?? [];
  const now = useTimerNow(foldLog(log).phase === 'running');
  const state = stateAt(log, now, prefs);
  const message = signalled ? signalled.text : (stored?.text ?? null);

  if (event === null) {
    return (
      <main class="stage stage-idle" data-testid="stage">
        <p class="stage-notice">{t('moderator.stage.notFound')}</p>
      </main>
    );
  }
  const name = speakerName(current ?? next, people);
  return (
    <main class={`stage stage-${state.phase === 'idle' ? 'idle' : state.display}`} data-testid="stage">
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
