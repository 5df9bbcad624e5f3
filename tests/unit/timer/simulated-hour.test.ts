import { describe, expect, it } from 'vitest';
import {
  EMPTY_LOG,
  adjustTimer,
  crossedThresholds,
  finishTimer,
  pauseTimer,
  resumeTimer,
  startTimer,
  stateAt,
  type ThresholdCrossing,
  type TimerLog,
  type TransitionResult,
} from '../../../src/core/timer';
import { T0, min, ok, s } from './helpers';

/**
 * An hour of six 10-minute slots, each an 8-minute turn: a 45 s pause at 3:00, +30 s at 5:00,
 * −1 min at 6:00 on even turns, finish at 9:30. The fake UI redraws every 180–320 ms (seeded
 * jitter), folding the log each frame and asking for threshold crossings since the last frame.
 */
type Action = { offset: number; act: (log: TimerLog, at: number) => TransitionResult };

function script(turn: number): Action[] {
  const actions: Action[] = [
    { offset: 0, act: (log, at) => startTimer(log, at, min(8)) },
    { offset: min(3), act: pauseTimer },
    { offset: min(3) + s(45), act: resumeTimer },
    { offset: min(5), act: (log, at) => adjustTimer(log, at, s(30)) },
    { offset: min(9) + s(30), act: finishTimer },
  ];
  if (turn % 2 === 0) actions.splice(4, 0, { offset: min(6), act: (log, at) => adjustTimer(log, at, -min(1)) });
  return actions;
}

function seededJitter(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1_103_515_245 + 12_345) % 2_147_483_648;
    return 180 + (x % 141);
  };
}

describe('a simulated hour of turns', () => {
  it('ends every turn at exactly the expected times and chimes at exactly the expected instants', () => {
    const frame = seededJitter(7);
    const logs: TimerLog[] = [];
    const chimes: ThresholdCrossing[][] = [];
    let now: number;
    let frames = 0;
    for (let turn = 0; turn < 6; turn += 1) {
      const slotStart = T0 + turn * min(10);
      let log: TimerLog = EMPTY_LOG;
      const heard: ThresholdCrossing[] = [];
      let lastFrame = slotStart;
      for (const { offset, act } of script(turn)) {
        const at = slotStart + offset;
        for (now = lastFrame + frame(); now < at; now += frame()) {
          heard.push(...crossedThresholds(log, lastFrame, now));
          stateAt(log, now);
          lastFrame = now;
          frames += 1;
        }
        now = at;
        heard.push(...crossedThresholds(log, lastFrame, now));
        lastFrame = now;
        log = ok(act(log, now));
      }
      logs.push(log);
      chimes.push(heard);
    }
    expect(frames).toBeGreaterThan(10_000);

    for (let turn = 0; turn < 6; turn += 1) {
      const slotStart = T0 + turn * min(10);
      const even = turn % 2 === 0;
      const state = stateAt(logs[turn]!, T0 + min(60));
      // Spoken 9:30 minus the 45 s pause; allowance 8:00 + 0:30 (− 1:00 on even turns).
      expect(state.phase).toBe('finished');
      expect(state.elapsedMs).toBe(min(8) + s(45));
      expect(state.remainingMs).toBe(even ? -s(75) : -s(15));
      expect(state.startedAt).toBe(slotStart);
      expect(state.finishedAt).toBe(slotStart + min(9) + s(30));
      // Wall time of a crossing = level reached + the 45 s pause before it.
      const expected = even
        ? { warning: min(7) + s(15), final: min(8), overtime: min(8) + s(15) }
        : { warning: min(8) + s(15), final: min(9), overtime: min(9) + s(15) };
      expect(chimes[turn]).toEqual([
        { threshold: 'warning', atMs: slotStart + expected.warning },
        { threshold: 'final', atMs: slotStart + expected.final },
        { threshold: 'overtime', atMs: slotStart + expected.overtime },
      ]);
    }
  });
});
