import type { TimerEvent, TimerLog, TimerPhase } from './events';

/** The fold's running summary of a log; internal to the timer module. */
export interface FoldState {
  phase: TimerPhase;
  /** Planned duration given at start; null for count-up (and while idle). */
  plannedMs: number | null;
  /** Net adjustment actually applied since start (after clamping). */
  adjustMs: number;
  /** Count-down budget: planned plus adjustments (see `adjusted` for the clamping). */
  allowanceMs: number | null;
  /** Running time accumulated over closed spans. */
  closedSpansMs: number;
  runningSince: number | null;
  startedAt: number | null;
  finishedAt: number | null;
  /**
   * Latest effective event time. Events are applied at `max(at, lastAt)` so a clock that stepped
   * backwards between two events never produces a negative span.
   */
  lastAt: number;
}

export type Refusal =
  /** The event does not make sense in the current phase (e.g. pause while paused). */
  | 'wrong-phase'
  /** `at`, `deltaMs` or `plannedMs` is not a finite number (or planned time is negative). */
  | 'invalid-number';

export const INITIAL_FOLD: FoldState = Object.freeze({
  phase: 'idle',
  plannedMs: null,
  adjustMs: 0,
  allowanceMs: null,
  closedSpansMs: 0,
  runningSince: null,
  startedAt: null,
  finishedAt: null,
  lastAt: Number.NEGATIVE_INFINITY,
}) as FoldState;

const ALLOWED: Record<TimerEvent['type'], readonly TimerPhase[]> = {
  start: ['idle'],
  pause: ['running'],
  resume: ['paused'],
  adjust: ['running', 'paused'],
  finish: ['running', 'paused'],
  reset: ['running', 'paused', 'finished'],
};

export function isAllowed(phase: TimerPhase, type: TimerEvent['type']): boolean {
  return ALLOWED[type].includes(phase);
}

function numbersValid(event: TimerEvent): boolean {
  if (!Number.isFinite(event.at)) return false;
  if (event.type === 'adjust') return Number.isFinite(event.deltaMs);
  if (event.type === 'start') return event.plannedMs === null || (Number.isFinite(event.plannedMs) && event.plannedMs >= 0);
  return true;
}

/** Applies one event, or says why it cannot be applied. Never throws. */
export function step(state: FoldState, event: TimerEvent): FoldState | Refusal {
  if (!numbersValid(event)) return 'invalid-number';
  if (!isAllowed(state.phase, event.type)) return 'wrong-phase';
  const at = Math.max(event.at, state.lastAt);
  // `at` is never before `lastAt`, which is never before `runningSince`: spans cannot be negative.
  const closeSpan = (): number => (state.runningSince === null ? state.closedSpansMs : state.closedSpansMs + (at - state.runningSince));
  switch (event.type) {
    case 'start':
      return {
        ...INITIAL_FOLD,
        phase: 'running',
        plannedMs: event.plannedMs,
        allowanceMs: event.plannedMs,
        runningSince: at,
        startedAt: at,
        lastAt: at,
      };
    case 'pause':
      return { ...state, phase: 'paused', closedSpansMs: closeSpan(), runningSince: null, lastAt: at };
    case 'resume':
      return { ...state, phase: 'running', runningSince: at, lastAt: at };
    case 'adjust':
      return { ...adjusted(state, event.deltaMs, closeSpan()), lastAt: at };
    case 'finish':
      return { ...state, phase: 'finished', closedSpansMs: closeSpan(), runningSince: null, finishedAt: at, lastAt: at };
    case 'reset':
      return { ...INITIAL_FOLD, lastAt: at };
  }
}

/**
 * Taking time away can bring the turn to 0:00 but never creates overtime, and a count-up correction
 * can bring the elapsed time to zero but not below: both are clamped against the time spoken when
 * the button was pressed, so the moderator's −1 min on 0:40 left reads 0:00, as expected.
 */
function adjusted(state: FoldState, deltaMs: number, spokenMs: number): FoldState {
  if (state.allowanceMs === null) {
    return { ...state, adjustMs: Math.max(state.adjustMs + deltaMs, -spokenMs) };
  }
  const floor = Math.min(state.allowanceMs, spokenMs);
  const allowanceMs = deltaMs >= 0 ? state.allowanceMs + deltaMs : Math.max(floor, state.allowanceMs + deltaMs);
  return { ...state, allowanceMs, adjustMs: allowanceMs - (state.plannedMs ?? 0) };
}

/**
 * Folds a log; events that cannot apply (a corrupt or oddly merged log) are skipped rather than
 * failing, so whatever was recorded correctly still counts.
 */
export function foldLog(log: TimerLog): FoldState {
  let state = INITIAL_FOLD;
  for (const event of log) {
    const next = step(state, event);
    if (typeof next !== 'string') state = next;
  }
  return state;
}
