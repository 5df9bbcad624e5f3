import { describe, expect, it } from 'vitest';
import { EMPTY_LOG, adjustTimer, crossedThresholds, pauseTimer, startTimer } from '../../../src/core/timer';
import { T0, min, ok, s } from './helpers';

describe('crossedThresholds', () => {
  const twoMinutes = ok(startTimer(EMPTY_LOG, T0, min(2)));

  it('reports each threshold at the exact instant it is reached', () => {
    expect(crossedThresholds(twoMinutes, T0, T0 + min(3))).toEqual([
      { threshold: 'warning', atMs: T0 + min(1) },
      { threshold: 'final', atMs: T0 + s(105) },
      { threshold: 'overtime', atMs: T0 + min(2) },
    ]);
  });

  it('reports a crossing once when the UI polls in consecutive frames', () => {
    const found: string[] = [];
    for (let t = T0; t < T0 + min(3); t += 333) found.push(...crossedThresholds(twoMinutes, t, t + 333).map((c) => c.threshold));
    expect(found).toEqual(['warning', 'final', 'overtime']);
  });

  it('reports a crossing in the frame that lands exactly on it, and not again in the next', () => {
    expect(crossedThresholds(twoMinutes, T0 + s(100), T0 + s(105))).toEqual([{ threshold: 'final', atMs: T0 + s(105) }]);
    expect(crossedThresholds(twoMinutes, T0 + s(105), T0 + s(110))).toEqual([]);
    expect(crossedThresholds(twoMinutes, T0 + s(110), T0 + s(120))).toEqual([]);
    expect(crossedThresholds(twoMinutes, T0 + s(120), T0 + s(120) + 1)).toEqual([{ threshold: 'overtime', atMs: T0 + s(120) }]);
  });

  it('reports nothing for an empty or backwards window, or when nothing is crossed', () => {
    expect(crossedThresholds(twoMinutes, T0 + s(30), T0 + s(30))).toEqual([]);
    expect(crossedThresholds(twoMinutes, T0 + s(40), T0 + s(30))).toEqual([]);
    expect(crossedThresholds(twoMinutes, T0, T0 + s(59))).toEqual([]);
    expect(crossedThresholds(EMPTY_LOG, T0, T0 + min(5))).toEqual([]);
  });

  it('does not chime at start when the turn is shorter than the warning', () => {
    const short = ok(startTimer(EMPTY_LOG, T0, s(45)));
    expect(crossedThresholds(short, T0 - 1000, T0 + s(20)).map((c) => c.threshold)).toEqual([]);
    expect(crossedThresholds(short, T0, T0 + s(31)).map((c) => c.threshold)).toEqual(['final']);
  });

  it('counts a jump down from an adjustment, and crossing again after time was given', () => {
    let log = ok(startTimer(EMPTY_LOG, T0, min(2)));
    log = ok(adjustTimer(log, T0 + s(50), -min(1))); // 70 s left → 10 s left
    log = ok(adjustTimer(log, T0 + s(55), min(1))); // 5 s left → 65 s left
    expect(crossedThresholds(log, T0, T0 + s(61))).toEqual([
      { threshold: 'warning', atMs: T0 + s(50) },
      { threshold: 'final', atMs: T0 + s(50) },
      { threshold: 'warning', atMs: T0 + s(60) },
    ]);
  });

  it('does not cross while paused', () => {
    const log = ok(pauseTimer(twoMinutes, T0 + s(30)));
    expect(crossedThresholds(log, T0, T0 + min(10))).toEqual([]);
  });

  it('follows edited thresholds', () => {
    expect(crossedThresholds(twoMinutes, T0, T0 + s(100), { warningMs: s(30), finalMs: s(10) })).toEqual([
      { threshold: 'warning', atMs: T0 + s(90) },
    ]);
  });

  it('never crosses in count-up', () => {
    const open = ok(startTimer(EMPTY_LOG, T0, null));
    expect(crossedThresholds(open, T0, T0 + min(120))).toEqual([]);
  });
});
