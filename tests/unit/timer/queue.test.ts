import { describe, expect, it } from 'vitest';
import { createTurn, type RecordContext } from '../../../src/core/model/factories';
import type { Turn } from '../../../src/core/model/types';
import {
  changedTurns,
  currentTurn,
  enqueueTurn,
  finishTimer,
  moveInQueue,
  queuedTurns,
  removeFromQueue,
  resetTimer,
  startQueuedTurn,
  stateAt,
  syncTurnWithLog,
} from '../../../src/core/timer';
import { T0, ok, s } from './helpers';

function context(prefix = 'id'): RecordContext {
  let n = 0;
  return { newId: () => `${prefix}-${(n += 1)}`, nowMs: () => T0 };
}

function queueOf(...speakers: string[]): Turn[] {
  const ctx = context();
  let turns: Turn[] = [];
  for (const speakerId of speakers) {
    const result = enqueueTurn(turns, 'ev', { speakerId, questionId: 'q1', plannedSeconds: 300 }, null, ctx);
    if (!result.ok) throw new Error(result.problem);
    turns = result.turns;
  }
  return turns;
}

const speakersOf = (turns: readonly Turn[]) => queuedTurns(turns).map((t) => t.speakerId);

describe('speaking queue', () => {
  it('adds at the end or at a chosen position', () => {
    const turns = queueOf('ana', 'beto');
    const result = enqueueTurn(turns, 'ev', { speakerId: 'carla', questionId: null, plannedSeconds: null }, 0, context('new'));
    expect(result.ok && speakersOf(result.turns)).toEqual(['carla', 'ana', 'beto']);
  });

  it('refuses a nonsensical planned time', () => {
    for (const plannedSeconds of [0, -30, Number.NaN, 13 * 3600]) {
      expect(enqueueTurn([], 'ev', { speakerId: 'a', questionId: null, plannedSeconds })).toEqual({
        ok: false,
        problem: 'planned-seconds-invalid',
      });
    }
  });

  it('reorders, touching only the turns whose position changed', () => {
    const turns = queueOf('ana', 'beto', 'carla', 'dora');
    const moved = moveInQueue(turns, turns[3]!.id, 1, T0 + 1000);
    if (!moved.ok) throw new Error(moved.problem);
    expect(speakersOf(moved.turns)).toEqual(['ana', 'dora', 'beto', 'carla']);
    const changed = changedTurns(turns, moved.turns);
    expect(changed.map((t) => t.speakerId).sort()).toEqual(['beto', 'carla', 'dora']);
    expect(changed.every((t) => t.updatedAt === new Date(T0 + 1000).toISOString())).toBe(true);
    const clamped = moveInQueue(turns, turns[0]!.id, 99, T0);
    expect(clamped.ok && speakersOf(clamped.turns)).toEqual(['beto', 'carla', 'dora', 'ana']);
  });

  it('removes with a soft delete and refuses turns that are not queued', () => {
    const turns = queueOf('ana', 'beto');
    const removed = removeFromQueue(turns, turns[0]!.id, T0);
    expect(removed.ok && speakersOf(removed.turns)).toEqual(['beto']);
    expect(removed.ok && removed.turns[0]!.deletedAt).not.toBeNull();
    expect(removeFromQueue(turns, 'missing', T0)).toEqual({ ok: false, problem: 'turn-not-queued' });
  });

  it('starts the next turn with a fresh timer log, leaving spoken turns out of the queue', () => {
    const turns = queueOf('ana', 'beto');
    const next = startQueuedTurn(turns, T0 + s(5));
    if (!next.ok) throw new Error(next.problem);
    expect(next.started.speakerId).toBe('ana');
    expect(next.started.actualStartAt).toBe(new Date(T0 + s(5)).toISOString());
    expect(stateAt(next.log, T0 + s(65)).remainingMs).toBe(s(240));
    expect(speakersOf(next.turns)).toEqual(['beto']);
    expect(currentTurn(next.turns)?.id).toBe(next.started.id);
    expect(startQueuedTurn(next.turns, T0, next.started.id).ok).toBe(false);
    expect(startQueuedTurn([], T0)).toEqual({ ok: false, problem: 'turn-not-queued' });
  });

  it('starts an open discussion as count-up and moves a turn after a spoken one without collisions', () => {
    const turns = queueOf('ana', 'beto', 'carla');
    const first = startQueuedTurn(turns, T0);
    if (!first.ok) throw new Error(first.problem);
    const moved = moveInQueue(first.turns, turns[2]!.id, 0, T0);
    if (!moved.ok) throw new Error(moved.problem);
    const orders = moved.turns.map((t) => t.order);
    expect(new Set(orders).size).toBe(orders.length);
    const open = startQueuedTurn([createTurn('ev', { plannedSeconds: null }, context())], T0);
    expect(open.ok && stateAt(open.log, T0 + s(10)).mode).toBe('countup');
  });
});

describe('syncTurnWithLog', () => {
  it('records the actual end at finish and returns the turn to the queue on reset', () => {
    const started = startQueuedTurn(queueOf('ana'), T0);
    if (!started.ok) throw new Error(started.problem);
    expect(syncTurnWithLog(started.started, started.log, T0)).toBe(started.started);
    const finishedLog = ok(finishTimer(started.log, T0 + s(200)));
    const finished = syncTurnWithLog(started.started, finishedLog, T0 + s(200));
    expect(finished.actualEndAt).toBe(new Date(T0 + s(200)).toISOString());
    const resetLog = ok(resetTimer(started.log, T0 + s(3)));
    const back = syncTurnWithLog(started.started, resetLog, T0 + s(3));
    expect(back.actualStartAt).toBeNull();
    expect(queuedTurns([back])).toHaveLength(1);
  });
});
