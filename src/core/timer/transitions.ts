import type { TimerEvent, TimerEventType, TimerLog } from './events';
import { foldLog, isAllowed, step, type Refusal } from './fold';

export type { Refusal } from './fold';

export type TransitionResult = { ok: true; log: TimerLog; event: TimerEvent } | { ok: false; log: TimerLog; refusal: Refusal };

/**
 * Appends `event` if it is valid now. On refusal the same log comes back untouched, so a
 * double-clicked button or a stale command can never corrupt what was saved.
 */
function applyTransition(log: TimerLog, event: TimerEvent): TransitionResult {
  const next = step(foldLog(log), event);
  if (typeof next === 'string') return { ok: false, log, refusal: next };
  return { ok: true, log: [...log, event], event };
}

/** Which buttons make sense now (start, pause, resume, adjust, finish, reset). */
export function availableTransitions(log: TimerLog): ReadonlySet<TimerEventType> {
  const { phase } = foldLog(log);
  const types: TimerEventType[] = ['start', 'pause', 'resume', 'adjust', 'finish', 'reset'];
  return new Set(types.filter((type) => isAllowed(phase, type)));
}

/** `plannedMs: null` starts an open (count-up) discussion. */
export function startTimer(log: TimerLog, at: number, plannedMs: number | null): TransitionResult {
  return applyTransition(log, { type: 'start', at, plannedMs });
}

export function pauseTimer(log: TimerLog, at: number): TransitionResult {
  return applyTransition(log, { type: 'pause', at });
}

export function resumeTimer(log: TimerLog, at: number): TransitionResult {
  return applyTransition(log, { type: 'resume', at });
}

export function adjustTimer(log: TimerLog, at: number, deltaMs: number): TransitionResult {
  return applyTransition(log, { type: 'adjust', at, deltaMs });
}

export function finishTimer(log: TimerLog, at: number): TransitionResult {
  return applyTransition(log, { type: 'finish', at });
}

export function resetTimer(log: TimerLog, at: number): TransitionResult {
  return applyTransition(log, { type: 'reset', at });
}

/** The one-key control (space bar): pause when running, resume when paused, refuse otherwise. */
export function toggleTimer(log: TimerLog, at: number): TransitionResult {
  return foldLog(log).phase === 'running' ? pauseTimer(log, at) : resumeTimer(log, at);
}
