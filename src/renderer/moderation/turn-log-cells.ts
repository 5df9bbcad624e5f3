import type { Turn } from '../../core/model/types';
import { formatSeconds, formatSignedSeconds } from '../../core/timer/format';
import { turnTiming } from '../../core/timer/turn-timing';

/** The figures one row of the turn log shows; '—' where there is nothing to show. */
export interface TurnLogCells {
  planned: string;
  adjustment: string;
  actual: string;
  difference: string;
}

const NONE = '—';

/**
 * The turn log's figures, from the same whole-second timing the report and the CSV use, so the
 * three agree to the second. A live turn shows its time so far and no difference yet.
 */
export function turnLogCells(turn: Turn, nowMs: number): TurnLogCells {
  const timing = turnTiming(turn, nowMs);
  return {
    planned: timing.plannedSeconds === null ? NONE : formatSeconds(timing.plannedSeconds),
    adjustment: timing.adjustSeconds === 0 ? NONE : formatSignedSeconds(timing.adjustSeconds),
    actual: timing.actualSeconds === null ? NONE : formatSeconds(timing.actualSeconds),
    difference: timing.differenceSeconds === null || timing.live ? NONE : formatSignedSeconds(timing.differenceSeconds),
  };
}
