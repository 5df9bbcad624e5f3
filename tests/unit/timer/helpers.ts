import type { TimerLog } from '../../../src/core/timer';
import type { TransitionResult } from '../../../src/core/timer';

/** Unwraps a transition that the test expects to be accepted. */
export function ok(result: TransitionResult): TimerLog {
  if (!result.ok) throw new Error(`transition refused: ${result.refusal}`);
  return result.log;
}

export const T0 = Date.parse('2026-11-26T16:00:00.000Z');
export const s = (seconds: number): number => seconds * 1000;
export const min = (minutes: number): number => minutes * 60_000;
