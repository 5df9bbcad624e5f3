import { describe, expect, it } from 'vitest';
import { chosenMesa, mesasNow, turnsOfMesa } from '../../../src/core/mesas';
import { createMesa, createTurn, softDelete } from '../../../src/core/model/factories';
import { toIso } from '../../../src/core/model/ids';
import { currentTurn, enqueueTurn, queuedTurns } from '../../../src/core/timer/queue';
import { startNext } from '../../../src/renderer/moderation/actions';

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
});
