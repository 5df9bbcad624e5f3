import { describe, expect, it } from 'vitest';
import { SaveScheduler, type Clock, type SaveStatus } from '../../../src/renderer/autosave/scheduler';

/** A clock that moves only when the test says, running the timers that fall due. */
function manualClock() {
  let now = 0;
  let seq = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  const clock: Clock & { advance(ms: number): Promise<void> } = {
    now: () => now,
    setTimeout(fn, ms) {
      seq += 1;
      timers.set(seq, { at: now + ms, fn });
      return seq;
    },
    clearTimeout(handle) {
      timers.delete(handle as number);
    },
    async advance(ms) {
      const end = now + ms;
      for (;;) {
        const next = [...timers.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
        if (!next) break;
        timers.delete(next[0]);
        now = next[1].at;
        next[1].fn();
        await flushPromises();
      }
      now = end;
      await flushPromises();
    },
  };
  return clock;
}

const flushPromises = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

/** A scheduler saving "the box" (a string the test types into) into `stored`, with the times of each save. */
function setup(options: { fail?: (n: number) => unknown } = {}) {
  const clock = manualClock();
  let box = '';
  const stored: { at: number; text: string }[] = [];
  const statuses: SaveStatus['kind'][] = [];
  let calls = 0;
  const scheduler = new SaveScheduler({
    delayMs: 250,
    maxWaitMs: 600,
    retryMs: [1000, 3000],
    clock,
    onStatus: (s) => statuses.push(s.kind),
    save: async () => {
      calls += 1;
      const text = box;
      const error = options.fail?.(calls);
      if (error) throw error;
      stored.push({ at: clock.now(), text });
    },
  });
  const type = async (chars: string, everyMs: number) => {
    for (const c of chars) {
      box += c;
      scheduler.touch();
      await clock.advance(everyMs);
    }
  };
  return { clock, scheduler, stored, statuses, type, box: () => box };
}

describe('the save scheduler', () => {
  it('saves shortly after the user pauses, once', async () => {
    const { stored, type, clock } = setup();
    await type('hola', 50);
    expect(stored).toEqual([]);
    await clock.advance(300);
    expect(stored).toEqual([{ at: 150 + 250, text: 'hola' }]);
    await clock.advance(5000);
    expect(stored).toHaveLength(1);
  });

  it('while typing without a pause, saves at least every maxWait', async () => {
    const { stored, type } = setup();
    // One key every 60 ms for 5 s, as in the kill test.
    await type('x'.repeat(84), 60);
    expect(stored.length).toBeGreaterThanOrEqual(7);
    const gaps = stored.map((s, i) => s.at - (i === 0 ? 0 : stored[i - 1]!.at));
    expect(Math.max(...gaps)).toBeLessThanOrEqual(600 + 60);
    // At any moment, what is stored lags the box by at most maxWait plus one keystroke.
    expect(84 - stored.at(-1)!.text.length).toBeLessThanOrEqual(11);
  });

  it('flushes at once, and does nothing when nothing is unsaved', async () => {
    const { stored, scheduler, type } = setup();
    await type('ab', 10);
    await scheduler.flush();
    expect(stored.map((s) => s.text)).toEqual(['ab']);
    await scheduler.flush();
    expect(stored).toHaveLength(1);
  });

  it('runs one save at a time; a flush during a save saves the newer text after it', async () => {
    const clock = manualClock();
    let box = 'a';
    const order: string[] = [];
    let release: () => void = () => {};
    const scheduler = new SaveScheduler({
      delayMs: 250,
      maxWaitMs: 600,
      clock,
      save: async () => {
        const text = box;
        order.push(`start ${text}`);
        if (text === 'a') await new Promise<void>((r) => (release = r));
        order.push(`end ${text}`);
      },
    });
    scheduler.touch();
    void scheduler.flush();
    box = 'ab';
    scheduler.touch();
    void scheduler.flush();
    await flushPromises();
    expect(order).toEqual(['start a']);
    release();
    await flushPromises();
    expect(order).toEqual(['start a', 'end a', 'start ab', 'end ab']);
  });

  it('reports a failed save (a full disk), keeps the text unsaved and retries with backoff until it works', async () => {
    const quota = new DOMException('full', 'QuotaExceededError');
    const { stored, statuses, type, clock, scheduler } = setup({ fail: (n) => (n <= 2 ? quota : null) });
    await type('abc', 10);
    await clock.advance(300);
    expect(statuses).toEqual(['saving', 'failed']);
    expect(scheduler.pending).toBe(true);
    await clock.advance(1000);
    expect(statuses).toEqual(['saving', 'failed', 'saving', 'failed']);
    await clock.advance(2900);
    expect(stored).toEqual([]);
    await clock.advance(200);
    expect(stored.map((s) => s.text)).toEqual(['abc']);
    expect(statuses.at(-1)).toBe('saved');
    expect(scheduler.pending).toBe(false);
  });

  it('forgets unsaved text on cancel and stops after dispose', async () => {
    const { stored, scheduler, type, clock } = setup();
    await type('ab', 10);
    scheduler.cancel();
    await clock.advance(1000);
    expect(stored).toEqual([]);
    scheduler.dispose();
    scheduler.touch();
    await clock.advance(1000);
    expect(stored).toEqual([]);
  });
});
