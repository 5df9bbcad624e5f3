import { DEFAULT_THRESHOLDS, type TimerDisplay, type TimerLog, type TimerMode, type TimerPhase, type TimerThresholds } from './events';
import { foldLog, type FoldState } from './fold';

export interface TimerState {
  phase: TimerPhase;
  /** Count-down when the turn has a planned duration, count-up for open discussion. Idle: null. */
  mode: TimerMode | null;
  /** Speaking time so far (pauses excluded; count-up includes corrections). */
  elapsedMs: number;
  /** Count-down only: negative means overtime. Null while idle and in count-up. */
  remainingMs: number | null;
  /** How far past zero a count-down is; 0 otherwise. */
  overtimeMs: number;
  plannedMs: number | null;
  /** Planned plus adjustments (count-down); a reduction never creates overtime by itself. */
  allowanceMs: number | null;
  /** Net adjustment since start, signed. */
  adjustedMs: number;
  display: TimerDisplay;
  /** Epoch ms of the start and of the finish, after clamping backwards clock steps. */
  startedAt: number | null;
  finishedAt: number | null;
}

/**
 * The timer at `nowMs` (wall-clock epoch ms). Pure: the same log and `nowMs` always give the same
 * state, which is what makes a reload resume with the same remaining time.
 */
export function stateAt(log: TimerLog, nowMs: number, thresholds: TimerThresholds = DEFAULT_THRESHOLDS): TimerState {
  return describe(foldLog(log), nowMs, thresholds);
}

export function describe(fold: FoldState, nowMs: number, thresholds: TimerThresholds = DEFAULT_THRESHOLDS): TimerState {
  const runningMs = fold.runningSince === null ? 0 : Math.max(0, nowMs - fold.runningSince);
  const spansMs = fold.closedSpansMs + runningMs;
  const mode: TimerMode | null = fold.phase === 'idle' ? null : fold.plannedMs === null ? 'countup' : 'countdown';
  const elapsedMs = mode === 'countup' ? Math.max(0, spansMs + fold.adjustMs) : spansMs;
  const remainingMs = mode === 'countdown' && fold.allowanceMs !== null ? fold.allowanceMs - spansMs : null;
  return {
    phase: fold.phase,
    mode,
    elapsedMs,
    remainingMs,
    overtimeMs: remainingMs !== null && remainingMs < 0 ? -remainingMs : 0,
    plannedMs: fold.plannedMs,
    allowanceMs: fold.allowanceMs,
    adjustedMs: fold.adjustMs,
    display: displayFor(mode, remainingMs, thresholds),
    startedAt: fold.startedAt,
    finishedAt: fold.finishedAt,
  };
}

/**
 * Display band for a remaining time. Boundaries are inclusive on the calm side of zero: at exactly
 * 15 s left the display is already 'final' (it reads "0:15"), and overtime starts once the time
 * left is below zero.
 */
function displayFor(mode: TimerMode | null, remainingMs: number | null, thresholds: TimerThresholds = DEFAULT_THRESHOLDS): TimerDisplay {
  if (mode === 'countup') return 'countup';
  if (remainingMs === null) return 'normal';
  if (remainingMs < 0) return 'overtime';
  if (remainingMs <= thresholds.finalMs) return 'final';
  if (remainingMs <= thresholds.warningMs) return 'warning';
  return 'normal';
}

/** The actual start and end of the turn as the log records them (for Turn.actualStartAt/EndAt). */
export function actualSpan(log: TimerLog): { startMs: number | null; endMs: number | null } {
  const fold = foldLog(log);
  return { startMs: fold.startedAt, endMs: fold.finishedAt };
}
