import { describe, expect, it } from 'vitest';
import { chosenMesa, mesasNow, turnsOfMesa } from '../../../src/core/mesas';
import { createMesa, createTurn, softDelete } from '../../../src/core/model/factories';
import { toIso } from '../../../src/core/model/ids';
import { currentTurn, enqueueTurn, queuedTurns } from '../../../src/core/timer/queue';
import { startNext } from '../../../src/renderer/moderation/actions';
import type { LiveTurn } from '../../../src/core/sync/shared-timer';

const EVENT = 'ev';
const T0 = Date.parse('2026-12-02T10:00:00Z');
const norte = createMesa(EVENT, { name: 'Mesa Norte', order: 0 });
const sur = createMesa(EVENT, { name: 'Mesa Sur', order: 1 });

function running(mesaId: string | null, speakerId: string, order: number) {
  return createTurn(EVENT, {
    mesaId,
    speakerId,
    order,
    actualStartAt: toIso(T0),
    timerLog: [{ type: 'start', at: T0, plannedMs: 120_000 }],
  });
}

describe('moderation across mesas', () => {
  it("keeps each mesa's queue and running turn apart", () => {
    const turns = [
      running(norte.id, 'ana', 0),
      createTurn(EVENT, { mesaId: norte.id, speakerId: 'beto', order: 1 }),
      createTurn(EVENT, { mesaId: sur.id, speakerId: 'carla', order: 2 }),
      createTurn(EVENT, { mesaId: null, speakerId: 'dora', order: 3 }),
    ];
    expect(currentTurn(turnsOfMesa(turns, norte.id))?.speakerId).toBe('ana');
    expect(currentTurn(turnsOfMesa(turns, sur.id))).toBeNull();
    expect(queuedTurns(turnsOfMesa(turns, sur.id)).map((t) => t.speakerId)).toEqual(['carla']);
    expect(queuedTurns(turnsOfMesa(turns, null)).map((t) => t.speakerId)).toEqual(['dora']);

    // "Next speaker" in Mesa Sur starts its own turn and leaves Mesa Norte's speaker talking.
    const next = startNext(turnsOfMesa(turns, sur.id), T0 + 5_000);
    expect(next.ok && next.changed.map((t) => t.speakerId)).toEqual(['carla']);
    const after = turns.map((t) => (next.ok ? (next.changed.find((c) => c.id === t.id) ?? t) : t));
    expect(currentTurn(turnsOfMesa(after, norte.id))?.speakerId).toBe('ana');
    expect(currentTurn(turnsOfMesa(after, sur.id))?.speakerId).toBe('carla');
  });

  it("joins a new turn to its mesa's queue, numbered after every turn of the event", () => {
    const turns = [running(norte.id, 'ana', 4), createTurn(EVENT, { mesaId: null, speakerId: 'dora', order: 7 })];
    const added = enqueueTurn(turns, EVENT, { speakerId: 'eva', questionId: null, plannedSeconds: 180, mesaId: sur.id });
    expect(added.ok && added.added).toMatchObject({ mesaId: sur.id, order: 8, speakerId: 'eva' });
    const plenary = enqueueTurn(turns, EVENT, { speakerId: 'eva', questionId: null, plannedSeconds: 180 });
    expect(plenary.ok && plenary.added.mesaId).toBeNull();
  });

  it('moderates the remembered mesa while it is live, otherwise the plenary', () => {
    expect(chosenMesa(sur.id, [norte, sur])).toBe(sur.id);
    expect(chosenMesa(null, [norte, sur])).toBeNull();
    expect(chosenMesa(sur.id, [norte, softDelete(sur, T0)])).toBeNull();
    expect(chosenMesa('gone', [norte])).toBeNull();
  });

  it('lists the plenary and every live mesa in order, with what runs and how many wait', () => {
    const turns = [
      running(sur.id, 'carla', 0),
      createTurn(EVENT, { mesaId: sur.id, speakerId: 'beto', order: 1 }),
      createTurn(EVENT, { mesaId: sur.id, speakerId: 'dora', order: 2 }),
      softDelete(createTurn(EVENT, { mesaId: sur.id, speakerId: 'eva', order: 3 }), T0),
      running(null, 'ana', 4),
    ];
    const deleted = softDelete(createMesa(EVENT, { name: 'Mesa Oeste', order: 2 }), T0);
    const rows = mesasNow(turns, [sur, deleted, norte]);
    expect(rows.map((r) => r.mesa?.name ?? 'plenary')).toEqual(['plenary', 'Mesa Norte', 'Mesa Sur']);
    expect(rows.map((r) => r.current?.speakerId ?? null)).toEqual(['ana', null, 'carla']);
    expect(rows.map((r) => r.queued)).toEqual([0, 0, 2]);
  });

  it('prefers the turn a moderator shares live, read on their clock, to the stored one', () => {
    const stored = running(norte.id, 'ana', 0);
    const beto = createTurn(EVENT, { mesaId: norte.id, speakerId: 'beto', order: 1 });
    const live = (mesaId: string | null, turnId: string, speakerId: string, log: LiveTurn['log'], clockOffsetMs = 0): LiveTurn => ({
      mesaId,
      turnId,
      speakerId,
      log,
      clockOffsetMs,
    });
    // Mesa Norte's moderator has moved on to Beto on a computer ten minutes ahead; the stored turns still say Ana.
    const ahead = 600_000;
    const rows = mesasNow(
      [stored, beto],
      [norte, sur],
      [live(norte.id, beto.id, 'beto', [{ type: 'start', at: T0 + ahead, plannedMs: 60_000 }], ahead)],
    );
    expect(rows[1]!.current).toEqual({
      turnId: beto.id,
      speakerId: 'beto',
      log: [{ type: 'start', at: T0 + ahead, plannedMs: 60_000 }],
      clockOffsetMs: ahead,
      live: true,
    });
    expect(rows[1]!.queued).toBe(1);
    // Without the live turn, the stored one shows, read as written.
    expect(mesasNow([stored, beto], [norte], [])[1]!.current).toMatchObject({ turnId: stored.id, clockOffsetMs: 0, live: false });
  });

  it('shows a running shared turn before a paused one of the same mesa, and ignores ended or idle ones', () => {
    const start = { type: 'start', at: T0, plannedMs: null } as const;
    const paused = {
      mesaId: sur.id,
      turnId: 'a',
      speakerId: 'ana',
      log: [start, { type: 'pause', at: T0 + 1000 }] as LiveTurn['log'],
      clockOffsetMs: 0,
    };
    const runningOne = { mesaId: sur.id, turnId: 'b', speakerId: 'beto', log: [start] as LiveTurn['log'], clockOffsetMs: 0 };
    const ended = {
      mesaId: null,
      turnId: 'c',
      speakerId: 'carla',
      log: [start, { type: 'finish', at: T0 + 1000 }] as LiveTurn['log'],
      clockOffsetMs: 0,
    };
    const rows = mesasNow([], [sur], [paused, runningOne, ended]);
    expect(rows.map((r) => r.current?.speakerId ?? null)).toEqual([null, 'beto']);
    expect(mesasNow([], [sur], [paused])[1]!.current?.speakerId).toBe('ana');
  });
});
