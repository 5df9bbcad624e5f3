import { describe, expect, it } from 'vitest';
import { EMPTY_LOG, formatCountdown, formatCountup, formatTimer, startTimer, stateAt } from '../../../src/core/timer';
import { T0, ok } from './helpers';

describe('formatCountdown', () => {
  it('shows minutes and seconds, rounding up so the first second reads the full time', () => {
    expect(formatCountdown(300_000)).toBe('5:00');
    expect(formatCountdown(299_001)).toBe('5:00');
    expect(formatCountdown(299_000)).toBe('4:59');
    expect(formatCountdown(500)).toBe('0:01');
    expect(formatCountdown(0)).toBe('0:00');
  });

  it('shows overtime with a minus sign once a whole second has passed zero', () => {
    expect(formatCountdown(-999)).toBe('0:00');
    expect(formatCountdown(-1000)).toBe('-0:01');
    expect(formatCountdown(-12_000)).toBe('-0:12');
    expect(formatCountdown(-61_500)).toBe('-1:01');
  });

  it('adds hours for long spans', () => {
    expect(formatCountdown(3_723_000)).toBe('1:02:03');
    expect(formatCountdown(-3_600_000)).toBe('-1:00:00');
    expect(formatCountdown(Number.NaN)).toBe('0:00');
  });
});

describe('formatCountup and formatTimer', () => {
  it('counts whole seconds up', () => {
    expect(formatCountup(999)).toBe('0:00');
    expect(formatCountup(61_000)).toBe('1:01');
    expect(formatCountup(3_723_999)).toBe('1:02:03');
  });

  it('picks the right format for the state, previewing the planned time while idle', () => {
    expect(formatTimer(stateAt(EMPTY_LOG, T0), 180_000)).toBe('3:00');
    expect(formatTimer(stateAt(EMPTY_LOG, T0))).toBe('0:00');
    expect(formatTimer(stateAt(ok(startTimer(EMPTY_LOG, T0, 60_000)), T0 + 72_000))).toBe('-0:12');
    expect(formatTimer(stateAt(ok(startTimer(EMPTY_LOG, T0, null)), T0 + 72_000))).toBe('1:12');
  });
});
