import { describe, expect, it } from 'vitest';
import { createTurn, type RecordContext } from '../../../src/core/model/factories';
import type { Turn } from '../../../src/core/model/types';
import { currentTurn, enqueueTurn, queuedTurns } from '../../../src/core/timer/queue';
import { stateAt } from '../../../src/core/timer/state';
import { measureTurn } from '../../../src/core/equity/measure';
import { commandTurn, correctTurn, endTurn, retimeTurn, startNext } from '../../../src/renderer/moderation/actions';

const T0 = Date.parse('2026-11-26T16:00:00.000Z');
const S = 1000;
const MIN = 60 * S;

function ctx(): RecordContext {
  let n = 0;
  return { newId: () => `t${(n += 1)}`, nowMs: () => T0 };
}

/** Three speakers queued: ana 5 min, beto 3 min, carla open discussion. */
function agenda(): Turn[] {
  const c = ctx();
  let turns: Turn[] = [];
  for (const [speakerId, plannedSeconds] of [
    ['ana', 300],
    ['beto', 180],
    ['carla', null],
  ] as const) {
    const r = enqueueTurn(turns, 'ev', { speakerId, questionId: null, plannedSeconds }, null, c);
    if (!r.ok) throw new Error(r.problem);
    turns = r.turns;
  }
  return turns;
}

/** Applies a list of changed turns, as the store would. */
const apply = (turns: Turn[], changed: Turn[]) => turns.map((t) => changed.find((c) => c.id === t.id) ?? t);

describe('moderator commands', () => {
  it('"next" starts the head of the queue and makes it the current speaker', () => {
    const turns = agenda();
    const r = startNext(turns, T0);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.changed).toHaveLength(1);
    const after = apply(turns, r.changed);
    expect(currentTurn(after)?.speakerId).toBe('ana');
    expect(stateAt(currentTurn(after)!.timerLog, T0 + 10 * S).remainingMs).toBe(290 * S);
    expect(queuedTurns(after).map((t) => t.speakerId)).toEqual(['beto', 'carla']);
  });

  it('"next" ends the current turn and starts the following one in the same write', () => {
    let turns = agenda();
    const first = startNext(turns, T0);
    if (!first.ok) throw new Error();
    turns = apply(turns, first.changed);
    const second = startNext(turns, T0 + 4 * MIN);
    if (!second.ok) throw new Error();
    expect(second.changed.map((t) => t.speakerId).sort()).toEqual(['ana', 'beto']);
    turns = apply(turns, second.changed);
    const ana = turns.find((t) => t.speakerId === 'ana')!;
    expect(ana.actualEndAt).toBe(new Date(T0 + 4 * MIN).toISOString());
    expect(measureTurn(ana, T0 + 10 * MIN, ana.timerLog).actualMs).toBe(4 * MIN);
    expect(currentTurn(turns)?.speakerId).toBe('beto');
  });

  it('an open discussion counts up', () => {
    let turns = agenda();
    for (let i = 0; i < 3; i += 1) {
      const r = startNext(turns, T0 + i * MIN);
      if (!r.ok) throw new Error();
      turns = apply(turns, r.changed);
    }
    const carla = currentTurn(turns)!;
    const state = stateAt(carla.timerLog, T0 + 2 * MIN + 90 * S);
    expect(state.display).toBe('countup');
    expect(state.elapsedMs).toBe(90 * S);
  });

  it('pause, give time and reset are persisted in the log; a refused command changes nothing', () => {
    let turns = agenda();
    const r = startNext(turns, T0);
    if (!r.ok) throw new Error();
    turns = apply(turns, r.changed);
    let ana = currentTurn(turns)!;
    ana = commandTurn(ana, { type: 'toggle' }, T0 + MIN)!;
    expect(stateAt(ana.timerLog, T0 + 5 * MIN).remainingMs).toBe(4 * MIN);
    ana = commandTurn(ana, { type: 'adjust', deltaMs: 30 * S }, T0 + 2 * MIN)!;
    expect(stateAt(ana.timerLog, T0 + 5 * MIN).remainingMs).toBe(4 * MIN + 30 * S);
    const finished = commandTurn(ana, { type: 'finish' }, T0 + 3 * MIN)!;
    expect(commandTurn(finished, { type: 'toggle' }, T0 + 4 * MIN)).toBeNull();
    const reset = commandTurn(ana, { type: 'reset' }, T0 + 3 * MIN)!;
    expect(reset.actualStartAt).toBeNull();
    expect(queuedTurns(apply(turns, [reset]))[0]?.speakerId).toBe('ana');
  });

  it('ends an imported turn without a log by its actual end', () => {
    const turn = createTurn('ev', { actualStartAt: new Date(T0).toISOString() }, ctx());
    expect(endTurn(turn, T0 + MIN).actualEndAt).toBe(new Date(T0 + MIN).toISOString());
  });

  it('"next" on an empty queue refuses, so the caller can only end the current turn', () => {
    expect(startNext([], T0)).toEqual({ ok: false, problem: 'turn-not-queued' });
  });
});

describe('corrections from the turn log', () => {
  function spokenTurn(): Turn {
    let turns = agenda();
    const r = startNext(turns, T0);
    if (!r.ok) throw new Error();
    turns = apply(turns, r.changed);
    let ana = currentTurn(turns)!;
    ana = commandTurn(ana, { type: 'toggle' }, T0 + MIN)!; // paused 1 min
    ana = commandTurn(ana, { type: 'toggle' }, T0 + 2 * MIN)!;
    return ana; // still running: the stop was forgotten
  }

  it('setting the end of a forgotten stop finishes the turn then, keeping its pause', () => {
    const fixed = retimeTurn(spokenTurn(), T0, T0 + 5 * MIN, T0 + 30 * MIN);
    if (typeof fixed === 'string') throw new Error(fixed);
    expect(fixed.actualEndAt).toBe(new Date(T0 + 5 * MIN).toISOString());
    expect(measureTurn(fixed, T0 + 60 * MIN, fixed.timerLog)).toMatchObject({ actualMs: 4 * MIN, live: false });
  });

  it('moving the end earlier drops what came after it', () => {
    const fixed = retimeTurn(spokenTurn(), T0, T0 + 30 * S, T0 + 30 * MIN);
    if (typeof fixed === 'string') throw new Error(fixed);
    expect(measureTurn(fixed, T0 + 60 * MIN, fixed.timerLog).actualMs).toBe(30 * S);
  });

  it('refuses an end before the start or in the future', () => {
    expect(retimeTurn(spokenTurn(), T0, T0 - S, T0 + MIN)).toBe('end-before-start');
    expect(retimeTurn(spokenTurn(), T0, T0 + 2 * MIN, T0 + MIN)).toBe('in-the-future');
    expect(retimeTurn(spokenTurn(), Number.NaN, T0 + MIN, T0 + MIN)).toBe('invalid-time');
  });

  it('changes the speaker without touching the times', () => {
    const turn = spokenTurn();
    const fixed = correctTurn(turn, { speakerId: 'beto', startMs: T0, endMs: null }, T0 + 3 * MIN);
    if (typeof fixed === 'string') throw new Error(fixed);
    expect(fixed.speakerId).toBe('beto');
    expect(fixed.timerLog).toEqual(turn.timerLog);
  });

  it('returns the same turn when nothing changed, so nothing is written', () => {
    const turn = spokenTurn();
    expect(correctTurn(turn, { speakerId: 'ana', startMs: T0, endMs: null }, T0 + 3 * MIN)).toBe(turn);
  });

  it('moves the start of a running turn', () => {
    const fixed = correctTurn(spokenTurn(), { speakerId: 'ana', startMs: T0 - MIN, endMs: null }, T0 + 3 * MIN);
    if (typeof fixed === 'string') throw new Error(fixed);
    expect(fixed.actualStartAt).toBe(new Date(T0 - MIN).toISOString());
    expect(stateAt(fixed.timerLog, T0 + 3 * MIN).elapsedMs).toBe(3 * MIN);
  });
});
