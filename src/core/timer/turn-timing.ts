import type { Turn } from '../model/types';
import { foldLog } from './fold';
import { describe } from './state';

/**
 * One turn's figures in whole seconds, exactly as the moderator's clock showed them. The turn log,
 * the report's tables and the CSV all read these, so they agree to the second:
 *
 * - actual: time spoken with pauses left out; a count-up includes the moderator's corrections.
 *   Whole seconds completed, as the count-up display and the count-down's "time left" both show.
 * - adjustment: the net time given (+) or taken (−) with the ±time buttons.
 * - difference: actual − (planned + adjustment), i.e. the overtime the clock showed at the end
 *   (positive) or the time it still had left (negative). Open discussion has no plan: null.
 */
export interface TurnTiming {
  /** The turn was given the floor (it has a start); a turn only queued was never held. */
  held: boolean;
  /** Started but not finished: still running or paused. */
  live: boolean;
  /** The plan the clock counted down from; null for open discussion. */
  plannedSeconds: number | null;
  adjustSeconds: number;
  /** Null while the turn was never held. */
  actualSeconds: number | null;
  differenceSeconds: number | null;
}

/** A turn's timing at `nowMs` (a live turn counts up to then); `nowMs` null measures a live turn up to its last event. */
export function turnTiming(turn: Turn, nowMs: number | null): TurnTiming {
  const fold = turn.timerLog.length > 0 ? foldLog(turn.timerLog) : null;
  if (fold !== null && fold.phase !== 'idle') {
    const state = describe(fold, nowMs ?? fold.lastAt);
    const plannedSeconds = state.plannedMs === null ? null : Math.round(state.plannedMs / 1000);
    const actualSeconds = Math.floor(state.elapsedMs / 1000);
    // The count-down display rounds the time left up ("0:01" until it reaches zero): its final reading, negated.
    const differenceSeconds = state.remainingMs === null ? null : -Math.ceil(state.remainingMs / 1000) || 0;
    return {
      held: true,
      live: state.phase !== 'finished',
      plannedSeconds,
      adjustSeconds: Math.round(state.adjustedMs / 1000),
      actualSeconds,
      differenceSeconds,
    };
  }
  // A turn with no log (imported, or entered by hand): its actual span, and its plan as written.
  const plannedSeconds = turn.plannedSeconds === null ? null : Math.round(turn.plannedSeconds);
  const start = instant(turn.actualStartAt);
  if (start === null) return { held: false, live: false, plannedSeconds, adjustSeconds: 0, actualSeconds: null, differenceSeconds: null };
  const end = instant(turn.actualEndAt);
  const until = end ?? nowMs ?? start;
  const actualSeconds = Math.floor(Math.max(0, until - start) / 1000);
  return {
    held: true,
    live: end === null,
    plannedSeconds,
    adjustSeconds: 0,
    actualSeconds,
    differenceSeconds: plannedSeconds === null ? null : actualSeconds - plannedSeconds,
  };
}

function instant(value: string | null): number | null {
  if (value === null) return null;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : null;
}
