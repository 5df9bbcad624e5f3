import { useEffect, useRef, useState } from 'preact/hooks';
import type { Turn } from '../../../core/model/types';
import { foldLog } from '../../../core/timer/fold';
import { stateAt } from '../../../core/timer/state';
import { crossedThresholds, type ThresholdKind } from '../../../core/timer/thresholds';
import { playChime } from '../../moderation/chime';
import { useTimerNow } from '../../moderation/use-timer-now';
import { useT, type MessageKey } from '../../i18n';
import type { ModeratorPrefs } from '../../store';
import { TimerFace } from './TimerDisplay';

interface Props {
  current: Turn | null;
  next: Turn | null;
  currentName: string | null;
  nextName: string | null;
  prefs: ModeratorPrefs;
}

const ANNOUNCE: Record<ThresholdKind, MessageKey> = {
  warning: 'moderator.timer.announceWarning',
  final: 'moderator.timer.announceFinal',
  overtime: 'moderator.timer.announceOvertime',
};

/**
 * The ticking timer of the turn being spoken (or a preview of the next one). Threshold crossings
 * are announced once to assistive technology and, if the moderator wants it, chimed.
 */
export function LiveTimer({ current, next, currentName, nextName, prefs }: Props) {
  const t = useT();
  const log = current?.timerLog ?? [];
  const running = foldLog(log).phase === 'running';
  const now = useTimerNow(running);
  const last = useRef<{ id: string | null; at: number }>({ id: null, at: now });
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    const id = current?.id ?? null;
    // A new turn (or a reload) starts watching from now: crossings already past are not replayed.
    if (last.current.id !== id) last.current = { id, at: now };
    const crossings = crossedThresholds(log, last.current.at, now, prefs);
    last.current.at = Math.max(last.current.at, now);
    const latest = crossings[crossings.length - 1];
    if (!latest) return;
    setAnnouncement(t(ANNOUNCE[latest.threshold]));
    if (prefs.chime) playChime(latest.threshold);
  }, [now, current?.id, log, prefs]);

  const state = stateAt(log, now, prefs);
  const idlePlannedMs = current ? null : next?.plannedSeconds != null ? next.plannedSeconds * 1000 : null;
  return (
    <>
      <TimerFace
        state={state}
        idlePlannedMs={idlePlannedMs}
        speaker={current ? currentName : nextName}
        detail={current ? null : nextName ? t('moderator.timer.upNext', { name: nextName }) : null}
        class="timer-moderator"
      />
      <p class="visually-hidden" role="status" aria-live="assertive">
        {announcement}
      </p>
    </>
  );
}
