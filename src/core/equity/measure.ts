import { live } from '../model/factories';
import type { Id, Turn } from '../model/types';
import type { TimerLog } from '../timer/events';
import { stateAt } from '../timer/state';

/** One turn reduced to what equity figures need. */
export interface MeasuredTurn {
  turnId: Id;
  speakerId: Id | null;
  questionId: Id | null;
  plannedMs: number | null;
  /** Count-down: time given (+) or taken (−) with ±time, so the plan compared is planned + this. 0 otherwise. */
  adjustMs: number;
  /** Time actually spoken; null while the turn has not started. */
  actualMs: number | null;
  /** Still being spoken (running or paused): its time so far counts, its plan is not compared yet. */
  live: boolean;
}

export type TimerLogLookup = ReadonlyMap<Id, TimerLog> | ((turn: Turn) => TimerLog | undefined);

/**
 * Speaking time of a turn at `nowMs`. With a timer log the fold is used, so pauses do not count;
 * without one (an imported or hand-entered turn) the span from actual start to end is used, and a
 * started turn with no end is taken as live until `nowMs`.
 */
export function measureTurn(turn: Turn, nowMs: number, log?: TimerLog): MeasuredTurn {
  const base = {
    turnId: turn.id,
    speakerId: turn.speakerId,
    questionId: turn.questionId,
    plannedMs: turn.plannedSeconds === null ? null : Math.round(turn.plannedSeconds * 1000),
    adjustMs: 0,
  };
  if (log && log.length > 0) {
    const state = stateAt(log, nowMs);
    if (state.phase !== 'idle') {
      // A count-up's corrections are already in its elapsed time.
      const adjustMs = state.mode === 'countdown' ? state.adjustedMs : 0;
      return { ...base, adjustMs, actualMs: state.elapsedMs, live: state.phase !== 'finished' };
    }
  }
  const start = parseInstant(turn.actualStartAt);
  if (start === null) return { ...base, actualMs: null, live: false };
  const end = parseInstant(turn.actualEndAt);
  return { ...base, actualMs: Math.max(0, (end ?? nowMs) - start), live: end === null };
}

/** Every live (not deleted) turn of the list, measured at `nowMs`. */
export function measureTurns(turns: readonly Turn[], nowMs: number, logs?: TimerLogLookup): MeasuredTurn[] {
  const find = (turn: Turn): TimerLog | undefined =>
    logs === undefined ? undefined : typeof logs === 'function' ? logs(turn) : logs.get(turn.id);
  return live(turns).map((turn) => measureTurn(turn, nowMs, find(turn)));
}

function parseInstant(value: string | null): number | null {
  if (value === null) return null;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : null;
}
