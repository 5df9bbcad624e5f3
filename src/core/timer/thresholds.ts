import { DEFAULT_THRESHOLDS, type TimerLog, type TimerThresholds } from './events';
import { INITIAL_FOLD, step } from './fold';
import { describe } from './state';

export type ThresholdKind = 'warning' | 'final' | 'overtime';

export interface ThresholdCrossing {
  threshold: ThresholdKind;
  /** The exact epoch ms at which the remaining time reached the threshold. */
  atMs: number;
}

interface Point {
  t: number;
  remainingMs: number | null;
}

/**
 * Thresholds the count-down crossed going down during `(fromMs, toMs]`, in time order. The UI calls
 * it with the previous and the current frame's time, so every crossing is reported exactly once
 * however irregular the frames are; a jump caused by an adjustment (−1 min) counts as a crossing,
 * a rise (+1 min) does not, and crossing again after a rise chimes again. Count-up never crosses.
 */
export function crossedThresholds(
  log: TimerLog,
  fromMs: number,
  toMs: number,
  thresholds: TimerThresholds = DEFAULT_THRESHOLDS,
): ThresholdCrossing[] {
  if (!(toMs > fromMs)) return [];
  const points = remainingBreakpoints(log, fromMs, toMs, thresholds);
  const crossings: ThresholdCrossing[] = [];
  for (let i = 1; i < points.length; i += 1) {
    const a = points[i - 1]!;
    const b = points[i]!;
    if (a.remainingMs === null || b.remainingMs === null) continue;
    const from = a.remainingMs;
    const to = b.remainingMs;
    // Between two breakpoints no event happens: remaining either stays put or falls 1 ms per ms.
    const when = (level: number): number => (a.t === b.t ? a.t : a.t + (from - level));
    if (from > thresholds.warningMs && to <= thresholds.warningMs) {
      crossings.push({ threshold: 'warning', atMs: when(thresholds.warningMs) });
    }
    if (from > thresholds.finalMs && to <= thresholds.finalMs) {
      crossings.push({ threshold: 'final', atMs: when(thresholds.finalMs) });
    }
    if (from >= 0 && to < 0) crossings.push({ threshold: 'overtime', atMs: when(0) });
  }
  return crossings.sort((x, y) => x.atMs - y.atMs);
}

/** Remaining time at `fromMs`, just before and just after every event inside the window, and at `toMs`. */
function remainingBreakpoints(log: TimerLog, fromMs: number, toMs: number, thresholds: TimerThresholds): Point[] {
  const remainingAt = (fold: typeof INITIAL_FOLD, t: number): number | null => describe(fold, t, thresholds).remainingMs;
  let fold = INITIAL_FOLD;
  let index = 0;
  for (; index < log.length; index += 1) {
    const next = step(fold, log[index]!);
    if (typeof next === 'string') continue;
    if (next.lastAt > fromMs) break;
    fold = next;
  }
  const points: Point[] = [{ t: fromMs, remainingMs: remainingAt(fold, fromMs) }];
  for (; index < log.length; index += 1) {
    const next = step(fold, log[index]!);
    if (typeof next === 'string') continue;
    if (next.lastAt > toMs) break;
    points.push({ t: next.lastAt, remainingMs: remainingAt(fold, next.lastAt) });
    fold = next;
    points.push({ t: next.lastAt, remainingMs: remainingAt(fold, next.lastAt) });
  }
  points.push({ t: toMs, remainingMs: remainingAt(fold, toMs) });
  return points;
}
