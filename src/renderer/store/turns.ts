import { softDelete } from '../../core/model/factories';
import type { Id, Turn } from '../../core/model/types';
import type { RelatorDb } from './db';
import { changeRecord } from './tx';

/** The event's live turns in agenda order. */
export async function listTurns(db: RelatorDb, eventId: Id): Promise<Turn[]> {
  const all = await db.turns.where('[eventId+order]').between([eventId, -Infinity], [eventId, Infinity]).toArray();
  return all.filter((t) => t.deletedAt === null);
}

export function deleteTurn(db: RelatorDb, id: Id): Promise<Turn> {
  return changeRecord(db, db.turns, id, 'Turn', (t, now) => (t.deletedAt === null ? softDelete(t, now) : t));
}
