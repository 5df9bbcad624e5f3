import type { TimerLog, TimerThresholds } from '../timer/events';
import { foldLog, type FoldState } from '../timer/fold';
import { describe, type TimerState } from '../timer/state';
import { MAX_VIEW_TEXT, type StageView, type ViewTimer } from './protocol';

export interface StageViewInput {
  mesaName: string | null;
  /** The turn with the floor (its log), or null when nobody speaks. */
  log: TimerLog | null;
  speaker: string | null;
  speaking: boolean;
  idlePlannedMs: number | null;
  thresholds: TimerThresholds;
  message: string | null;
  queued: number;
  /** The relay's clock minus the moderator's, ms (src/core/venue/clock-offset.ts). */
  offsetMs: number;
}

const IDLE_TIMER: ViewTimer = { phase: 'idle', plannedMs: null, adjustMs: 0, allowanceMs: null, closedSpansMs: 0, runningSince: null };

// A name longer than a screen can show is cut with an ellipsis rather than refused: it is the moderator's own data.
const fit = (text: string | null): string | null =>
  text === null || text.length <= MAX_VIEW_TEXT ? text : `${text.slice(0, MAX_VIEW_TEXT - 1)}…`;

/** What the moderator's copy sends for its mesa's stage: the fold of the running turn, on the relay's clock. */
export function stageViewOf(input: StageViewInput): StageView {
  const fold = input.log ? foldLog(input.log) : null;
  const timer: ViewTimer = fold
    ? {
        phase: fold.phase,
        plannedMs: fold.plannedMs,
        adjustMs: fold.adjustMs,
        allowanceMs: fold.allowanceMs,
        closedSpansMs: fold.closedSpansMs,
        runningSince: fold.phase === 'running' && fold.runningSince !== null ? fold.runningSince + input.offsetMs : null,
      }
    : IDLE_TIMER;
  return {
    mesaName: fit(input.mesaName),
    speaker: fit(input.speaker),
    speaking: input.speaking,
    timer,
    idlePlannedMs: input.idlePlannedMs,
    thresholds: { warningMs: input.thresholds.warningMs, finalMs: input.thresholds.finalMs },
    message: fit(input.message),
    queued: input.queued,
  };
}

/**
 * The timer a device shows at its own `nowMs`, given its clock's offset to the relay (relay minus
 * device): the running span is moved onto the device's clock, and the timer model does the rest.
 */
export function viewTimerState(view: StageView, nowMs: number, offsetMs: number): TimerState {
  const t = view.timer;
  const fold: FoldState = {
    phase: t.phase,
    plannedMs: t.plannedMs,
    adjustMs: t.adjustMs,
    allowanceMs: t.allowanceMs,
    closedSpansMs: t.closedSpansMs,
    runningSince: t.runningSince === null ? null : t.runningSince - offsetMs,
    startedAt: null,
    finishedAt: null,
    lastAt: Number.NEGATIVE_INFINITY,
  };
  return describe(fold, nowMs, view.thresholds);
}
