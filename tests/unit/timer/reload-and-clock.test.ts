import { describe, expect, it } from 'vitest';
import { EMPTY_LOG, anchoredNow, parseTimerLog, pauseTimer, resumeTimer, startTimer, stateAt } from '../../../src/core/timer';
import { T0, min, ok, s } from './helpers';

/** What the store does: the log goes to disk as JSON and comes back on the next load. */
function persistAndLoad(log: unknown) {
  const parsed = parseTimerLog(JSON.parse(JSON.stringify(log)));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.log;
}

describe('reload in the middle of a turn', () => {
  it('resumes with the same remaining time, counting the time the app was closed while running', () => {
    const log = ok(startTimer(EMPTY_LOG, T0, min(5)));
    const before = stateAt(log, T0 + s(73));
    const reloaded = persistAndLoad(log);
    // A fresh page: a new monotonic origin, anchored to the wall clock at load time.
    const now = anchoredNow(
      () => T0 + s(73),
      () => 12.5,
    );
    const after = stateAt(reloaded, now());
    expect(after.remainingMs).toBe(before.remainingMs);
    expect(after.remainingMs).toBe(min(5) - s(73));
    expect(stateAt(reloaded, T0 + s(120)).remainingMs).toBe(min(3));
  });

  it('keeps the remaining time of a paused turn however long the crash lasted', () => {
    let log = ok(startTimer(EMPTY_LOG, T0, min(5)));
    log = ok(pauseTimer(log, T0 + s(90)));
    const reloaded = persistAndLoad(log);
    expect(stateAt(reloaded, T0 + min(45)).remainingMs).toBe(min(5) - s(90));
    const resumed = ok(resumeTimer(reloaded, T0 + min(45)));
    expect(stateAt(resumed, T0 + min(46)).remainingMs).toBe(min(5) - s(150));
  });

  it('rejects a stored log that is not a timer log, pointing at the bad event', () => {
    const parsed = parseTimerLog([
      { type: 'start', at: T0, plannedMs: null },
      { type: 'adjust', at: T0 },
    ]);
    expect(parsed).toMatchObject({ ok: false, index: 1 });
    expect(parseTimerLog('nope').ok).toBe(false);
  });
});

describe('clock jumps', () => {
  it('clamps a backwards jump of the wall clock to a zero-length span instead of negative time', () => {
    const log = ok(startTimer(EMPTY_LOG, T0, min(5)));
    const jumpedBack = stateAt(log, T0 - min(10));
    expect(jumpedBack.elapsedMs).toBe(0);
    expect(jumpedBack.remainingMs).toBe(min(5));
  });

  it('never counts negative spans when events were recorded after the clock stepped back', () => {
    let log = ok(startTimer(EMPTY_LOG, T0, min(5)));
    log = ok(pauseTimer(log, T0 + s(30)));
    log = ok(resumeTimer(log, T0 - min(2))); // clock stepped back two minutes
    log = ok(pauseTimer(log, T0 - min(2) + s(10)));
    const state = stateAt(log, T0 + min(10));
    // The resumed span is clamped to the last recorded instant: it loses those 10 s, never adds any.
    expect(state.elapsedMs).toBe(s(30));
    expect(state.remainingMs).toBe(min(5) - s(30));
  });

  it('gives the UI a now that follows the monotonic clock, so a system clock change mid-turn does not jump', () => {
    let wall = T0;
    let mono = 1000;
    const now = anchoredNow(
      () => wall,
      () => mono,
    );
    const log = ok(startTimer(EMPTY_LOG, now(), min(5)));
    mono += 30_000;
    wall += 30_000 - min(60); // NTP or the user sets the system clock back an hour
    expect(stateAt(log, now()).remainingMs).toBe(min(5) - s(30));
  });
});
