/**
 * When to write text the user is typing: shortly after they pause, but never later than
 * `maxWaitMs` after the first unsaved keystroke, so continuous typing is saved too and a hard kill
 * loses at most the last second. One save runs at a time (a guarded save must start from the
 * version the previous one wrote); a failed one is retried with backoff, and on the next keystroke.
 * A keystroke costs a few assignments: the timer is re-armed only when it fires early.
 */

export type SaveStatus = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; error: unknown };

export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface SchedulerOptions {
  /** Reads the text to keep at the moment it runs and resolves once it is stored. */
  save: () => Promise<void>;
  delayMs: number;
  maxWaitMs: number;
  onStatus?: (status: SaveStatus) => void;
  /** Waits before retrying after consecutive failures (the last one repeats). */
  retryMs?: readonly number[];
  clock?: Clock;
}

/** Quiet time after the last keystroke, and the longest wait while typing without pause. */
export const TYPING_DELAY_MS = 250;
export const TYPING_MAX_WAIT_MS = 600;
const RETRY_MS = [1000, 2000, 5000, 10_000];

const systemClock: Clock = {
  now: () => performance.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export class SaveScheduler {
  private dirty = false;
  private firstDirtyAt: number | null = null;
  private dueAt: number | null = null;
  private timer: unknown = null;
  private inFlight: Promise<void> | null = null;
  private again = false;
  private failures = 0;
  private disposed = false;
  private readonly clock: Clock;

  constructor(private readonly options: SchedulerOptions) {
    this.clock = options.clock ?? systemClock;
  }

  /** Something changed: save it soon. */
  touch(): void {
    if (this.disposed) return;
    const now = this.clock.now();
    this.dirty = true;
    this.firstDirtyAt ??= now;
    const due = Math.min(now + this.options.delayMs, this.firstDirtyAt + this.options.maxWaitMs);
    // Failing saves keep their backoff unless typing would save sooner anyway.
    this.dueAt = due;
    if (this.timer === null) this.arm(due - now);
  }

  /** Whether something typed is not stored yet (waiting, being written, or failed). */
  get pending(): boolean {
    return this.dirty || this.inFlight !== null;
  }

  /** Saves now whatever is unsaved (blur, question change, page hidden or left). */
  flush(): Promise<void> {
    return this.run();
  }

  /** Forgets unsaved changes (they were saved another way, e.g. as a note). */
  cancel(): void {
    this.dirty = false;
    this.firstDirtyAt = null;
    this.disarm();
  }

  /** Stops scheduling; a save already running finishes. */
  dispose(): void {
    this.disposed = true;
    this.disarm();
  }

  private arm(ms: number): void {
    this.timer = this.clock.setTimeout(() => this.tick(), Math.max(0, ms));
  }

  private disarm(): void {
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
    this.dueAt = null;
  }

  private tick(): void {
    this.timer = null;
    if (this.dueAt === null) return;
    const left = this.dueAt - this.clock.now();
    if (left > 1) this.arm(left);
    else void this.run();
  }

  private run(): Promise<void> {
    this.disarm();
    if (this.inFlight) {
      this.again = true;
      return this.inFlight;
    }
    if (!this.dirty) return Promise.resolve();
    this.dirty = false;
    this.firstDirtyAt = null;
    this.options.onStatus?.({ kind: 'saving' });
    const running = this.options.save().then(
      () => {
        this.failures = 0;
        if (!this.dirty) this.options.onStatus?.({ kind: 'saved' });
      },
      (error: unknown) => {
        this.dirty = true;
        this.failures += 1;
        this.options.onStatus?.({ kind: 'failed', error });
        const waits = this.options.retryMs ?? RETRY_MS;
        const wait = waits[Math.min(this.failures, waits.length) - 1] ?? 1000;
        if (!this.disposed && !this.again) {
          this.firstDirtyAt = this.clock.now() + wait - this.options.maxWaitMs;
          this.dueAt = this.clock.now() + wait;
          this.arm(wait);
        }
      },
    );
    this.inFlight = running.finally(() => {
      this.inFlight = null;
      if (this.again) {
        this.again = false;
        void this.run();
      }
    });
    return this.inFlight;
  }
}
