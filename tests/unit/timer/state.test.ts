import { describe, expect, it } from 'vitest';
import {
  EMPTY_LOG,
  adjustTimer,
  availableTransitions,
  finishTimer,
  pauseTimer,
  resetTimer,
  resumeTimer,
  startTimer,
  stateAt,
  toggleTimer,
} from '../../../src/core/timer';
import { T0, min, ok, s } from './helpers';

describe('count-down turn', () => {
  it('is idle with nothing to show before it starts', () => {
    const state = stateAt(EMPTY_LOG, T0);
    expect(state).toMatchObject({ phase: 'idle', mode: null, elapsedMs: 0, remainingMs: null, display: 'normal' });
  });

  it('counts down from the planned time and stops counting while paused', () => {
    let log = ok(startTimer(EMPTY_LOG, T0, min(5)));
    expect(stateAt(log, T0 + s(1)).remainingMs).toBe(min(5) - s(1));
    log = ok(pauseTimer(log, T0 + min(1)));
    expect(stateAt(log, T0 + min(3))).toMatchObject({ phase: 'paused', elapsedMs: min(1), remainingMs: min(4) });
    log = ok(resumeTimer(log, T0 + min(3)));
    expect(stateAt(log, T0 + min(4))).toMatchObject({ phase: 'running', elapsedMs: min(2), remainingMs: min(3) });
  });

  it('gives and takes time with ±30 s / ±1 min while running and while paused', () => {
    let log = ok(startTimer(EMPTY_LOG, T0, min(3)));
    log = ok(adjustTimer(log, T0 + s(10), s(30)));
    expect(stateAt(log, T0 + s(10)).remainingMs).toBe(min(3) - s(10) + s(30));
    log = ok(pauseTimer(log, T0 + s(20)));
    log = ok(adjustTimer(log, T0 + s(25), -min(1)));
    const paused = stateAt(log, T0 + s(90));
    expect(paused.remainingMs).toBe(min(3) + s(30) - min(1) - s(20));
    expect(paused.adjustedMs).toBe(-s(30));
    expect(paused.elapsedMs).toBe(s(20));
  });

  it('takes time down to 0:00 at most: −1 min with 40 s left reads 0:00, and does nothing in overtime', () => {
    let log = ok(startTimer(EMPTY_LOG, T0, min(1)));
    log = ok(adjustTimer(log, T0 + s(20), -min(1)));
    expect(stateAt(log, T0 + s(20))).toMatchObject({ remainingMs: 0, adjustedMs: -s(40) });
    expect(stateAt(log, T0 + s(25)).remainingMs).toBe(-s(5));
    log = ok(adjustTimer(log, T0 + s(25), -s(30)));
    expect(stateAt(log, T0 + s(25)).remainingMs).toBe(-s(5));
    log = ok(adjustTimer(log, T0 + s(25), s(30)));
    expect(stateAt(log, T0 + s(25)).remainingMs).toBe(s(25));
  });

  it('changes display at the warning and final thresholds and then shows overtime', () => {
    const log = ok(startTimer(EMPTY_LOG, T0, min(2)));
    expect(stateAt(log, T0 + s(59)).display).toBe('normal');
    expect(stateAt(log, T0 + s(60)).display).toBe('warning');
    expect(stateAt(log, T0 + s(105)).display).toBe('final');
    expect(stateAt(log, T0 + s(120)).display).toBe('final');
    const over = stateAt(log, T0 + s(132));
    expect(over).toMatchObject({ display: 'overtime', remainingMs: -s(12), overtimeMs: s(12) });
  });

  it('uses edited thresholds', () => {
    const log = ok(startTimer(EMPTY_LOG, T0, min(5)));
    const custom = { warningMs: min(2), finalMs: s(30) };
    expect(stateAt(log, T0 + min(3), custom).display).toBe('warning');
    expect(stateAt(log, T0 + min(3)).display).toBe('normal');
    expect(stateAt(log, T0 + s(270), custom).display).toBe('final');
  });

  it('freezes at finish, keeping the overtime it ended with', () => {
    let log = ok(startTimer(EMPTY_LOG, T0, min(1)));
    log = ok(finishTimer(log, T0 + s(75)));
    const later = stateAt(log, T0 + min(30));
    expect(later).toMatchObject({ phase: 'finished', elapsedMs: s(75), remainingMs: -s(15), startedAt: T0, finishedAt: T0 + s(75) });
  });

  it('can be reset to idle when started by mistake', () => {
    let log = ok(startTimer(EMPTY_LOG, T0, min(1)));
    log = ok(resetTimer(log, T0 + s(3)));
    expect(stateAt(log, T0 + s(10))).toMatchObject({ phase: 'idle', elapsedMs: 0 });
    log = ok(startTimer(log, T0 + s(10), min(2)));
    expect(stateAt(log, T0 + s(20)).remainingMs).toBe(min(2) - s(10));
  });
});

describe('refused transitions', () => {
  it('leave the log untouched and say why', () => {
    const started = ok(startTimer(EMPTY_LOG, T0, min(1)));
    const again = startTimer(started, T0 + 1, min(1));
    expect(again).toMatchObject({ ok: false, refusal: 'wrong-phase' });
    expect(again.log).toBe(started);
    expect(resumeTimer(started, T0 + 1)).toMatchObject({ ok: false, refusal: 'wrong-phase' });
    expect(adjustTimer(EMPTY_LOG, T0, s(30))).toMatchObject({ ok: false, refusal: 'wrong-phase' });
    expect(adjustTimer(started, T0, Number.NaN)).toMatchObject({ ok: false, refusal: 'invalid-number' });
    expect(startTimer(EMPTY_LOG, T0, -5)).toMatchObject({ ok: false, refusal: 'invalid-number' });
    const finished = ok(finishTimer(started, T0 + s(5)));
    expect(adjustTimer(finished, T0 + s(6), s(30)).ok).toBe(false);
    expect(pauseTimer(finished, T0 + s(6)).ok).toBe(false);
  });

  it('skips impossible events found in a stored log instead of failing', () => {
    const log = [
      { type: 'start', at: T0, plannedMs: min(1) },
      { type: 'resume', at: T0 + s(5) },
      { type: 'pause', at: T0 + s(10) },
      { type: 'pause', at: T0 + s(20) },
    ] as const;
    expect(stateAt(log, T0 + s(30))).toMatchObject({ phase: 'paused', elapsedMs: s(10) });
  });

  it('offers only the buttons that make sense', () => {
    expect([...availableTransitions(EMPTY_LOG)]).toEqual(['start']);
    const running = ok(startTimer(EMPTY_LOG, T0, null));
    expect([...availableTransitions(running)].sort()).toEqual(['adjust', 'finish', 'pause', 'reset']);
    const paused = ok(toggleTimer(running, T0 + 1));
    expect(stateAt(paused, T0 + 2).phase).toBe('paused');
    expect(stateAt(ok(toggleTimer(paused, T0 + 3)), T0 + 4).phase).toBe('running');
  });
});

describe('count-up (open discussion)', () => {
  it('counts elapsed time with no limit and never goes into overtime', () => {
    let log = ok(startTimer(EMPTY_LOG, T0, null));
    expect(stateAt(log, T0 + min(90))).toMatchObject({ mode: 'countup', display: 'countup', elapsedMs: min(90), remainingMs: null });
    log = ok(pauseTimer(log, T0 + min(10)));
    expect(stateAt(log, T0 + min(90)).elapsedMs).toBe(min(10));
  });

  it('treats an adjustment as a correction of the elapsed time, never below zero', () => {
    let log = ok(startTimer(EMPTY_LOG, T0, null));
    log = ok(adjustTimer(log, T0 + s(5), s(30)));
    expect(stateAt(log, T0 + s(10)).elapsedMs).toBe(s(40));
    log = ok(adjustTimer(log, T0 + s(10), -min(1) - s(30)));
    expect(stateAt(log, T0 + s(10)).elapsedMs).toBe(0);
    expect(stateAt(log, T0 + s(15)).elapsedMs).toBe(s(5));
  });
});
