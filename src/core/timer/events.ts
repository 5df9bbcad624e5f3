/**
 * The moderator's timer is stored as a transition log, never as a running number: the state at any
 * moment is a pure fold over the log (see state.ts), so a reload or crash re-derives exactly the
 * same remaining time and nothing drifts.
 *
 * Times are wall-clock epoch milliseconds (`Date.now()` scale), because that is the only clock that
 * means the same thing after a reload: `performance.now()` restarts at 0 with every page. Within one
 * page the UI should read "now" from an anchored monotonic source (clock.ts) so NTP corrections or
 * a user changing the system clock do not make the timer jump; across reloads the fold clamps any
 * backwards step to a zero-length span.
 */

export type TimerEvent =
  /** `plannedMs: null` means open discussion: the timer counts up with no limit. */
  | { type: 'start'; at: number; plannedMs: number | null }
  | { type: 'pause'; at: number }
  | { type: 'resume'; at: number }
  /**
   * Count-down: gives (or takes) time, i.e. moves the remaining time by `deltaMs`.
   * Count-up: corrects the elapsed time by `deltaMs` (e.g. the timer was started late).
   */
  | { type: 'adjust'; at: number; deltaMs: number }
  | { type: 'finish'; at: number }
  /** Back to idle, e.g. the timer was started by mistake; earlier spans no longer count. */
  | { type: 'reset'; at: number };

export type TimerEventType = TimerEvent['type'];

/** Append-only; the store persists it with the turn. */
export type TimerLog = readonly TimerEvent[];

export const EMPTY_LOG: TimerLog = Object.freeze([]) as TimerLog;

export type TimerPhase = 'idle' | 'running' | 'paused' | 'finished';
export type TimerMode = 'countdown' | 'countup';
export type TimerDisplay = 'normal' | 'warning' | 'final' | 'overtime' | 'countup';

/** Remaining-time thresholds at which the display changes colour (and may chime). */
export interface TimerThresholds {
  warningMs: number;
  finalMs: number;
}

export const DEFAULT_THRESHOLDS: TimerThresholds = Object.freeze({ warningMs: 60_000, finalMs: 15_000 });
