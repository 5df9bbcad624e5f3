import { describe, expect, it } from 'vitest';
import { ClockOffsets, sharedTimerOf, type SharedTimer } from '../../../src/core/sync/shared-timer';

const T0 = Date.parse('2026-12-02T10:00:00Z');
const TURN = '5b0e7a9e-3f7c-4c51-9a55-3a3c0d3c1a01';
const MESA = '5b0e7a9e-3f7c-4c51-9a55-3a3c0d3c1a02';

function timer(at: number): SharedTimer {
  return { mesaId: MESA, turnId: TURN, speakerId: null, log: [{ type: 'start', at: at - 30_000, plannedMs: 120_000 }], at };
}

describe('shared timers (awareness)', () => {
  it('reads a well-formed timer and refuses what is not one', () => {
    expect(sharedTimerOf({ user: { name: 'Ana' }, timer: timer(T0) })).toEqual(timer(T0));
    expect(sharedTimerOf({ user: { name: 'Ana' } })).toBeNull();
    expect(sharedTimerOf(null)).toBeNull();
    expect(sharedTimerOf({ timer: { ...timer(T0), turnId: 'not an id' } })).toBeNull();
    expect(sharedTimerOf({ timer: { ...timer(T0), log: [{ type: 'explode', at: T0 }] } })).toBeNull();
    expect(sharedTimerOf({ timer: { ...timer(T0), at: 'noon' } })).toBeNull();
  });

  it('learns how far a sharer’s clock is ahead, keeping the best estimate as refreshes arrive', () => {
    const clocks = new ClockOffsets();
    const ahead = 120_000;
    // Set before this copy joined: it arrives 4 s after it was shared, which underestimates the offset...
    clocks.sample(7, timer(T0 + ahead), T0 + 4_000);
    const states = new Map<number, unknown>([
      [7, { timer: timer(T0 + ahead) }],
      [1, { timer: { ...timer(T0), mesaId: null } }],
      [9, { user: { name: 'Coordinación' } }],
    ]);
    expect(clocks.liveTurns(states, 1).map((t) => [t.mesaId, t.clockOffsetMs])).toEqual([
      [MESA, ahead - 4_000],
      [null, 0],
    ]);
    // ...and the sharer's next refresh, 20 ms in flight, corrects it; a later, slower one does not spoil it.
    clocks.sample(7, timer(T0 + ahead + 5_000), T0 + 5_020);
    clocks.sample(7, timer(T0 + ahead + 10_000), T0 + 10_300);
    expect(clocks.liveTurns(states, 1)[0]!.clockOffsetMs).toBe(ahead - 20);
    // A copy that left and came back is learnt anew (a sharer behind this copy's clock gives a negative offset).
    clocks.forget(7);
    clocks.sample(7, timer(T0 - 60_000), T0);
    expect(clocks.liveTurns(states, 1)[0]!.clockOffsetMs).toBe(-60_000);
  });
});
