import { createTurn, softDelete, touch } from '../../core/model/factories';
import type { Id, Stamped, Turn } from '../../core/model/types';
import type { RelatorDb } from './db';
import { changeRecord, mustGet, write } from './tx';

export type TurnFields = Partial<Omit<Turn, keyof Stamped | 'eventId'>>;

/** The event's live turns in agenda order. */
export async function listTurns(db: RelatorDb, eventId: Id): Promise<Turn[]> {
  const all = await db.turns.where('[eventId+order]').between([eventId, -Infinity], [eventId, Infinity]).toArray();
  return all.filter((t) => t.deletedAt === null);
}

/** Adds a turn; without an explicit `order` it goes to the end of the queue. */
export async function addTurn(db: RelatorDb, eventId: Id, fields: TurnFields = {}): Promise<Turn> {
  return write(db, [db.events, db.turns], async () => {
    await mustGet(db.events, eventId, 'Event');
    const last = await db.turns.where('[eventId+order]').between([eventId, -Infinity], [eventId, Infinity]).last();
    const turn = createTurn(eventId, { order: last ? last.order + 1 : 0, ...fields }, db.ctx);
    await db.turns.add(turn);
    return turn;
  });
}

export function updateTurn(db: RelatorDb, id: Id, changes: TurnFields): Promise<Turn> {
  return changeRecord(db, db.turns, id, 'Turn', (t, now) => touch(t, changes, now));
}

export function deleteTurn(db: RelatorDb, id: Id): Promise<Turn> {
  return changeRecord(db, db.turns, id, 'Turn', (t, now) => (t.deletedAt === null ? softDelete(t, now) : t));
}
