import type { EditGuard } from '../../core/model/edit-guard';
import { createMesa, restore, softDelete, touch } from '../../core/model/factories';
import type { Id, Mesa, Stamped } from '../../core/model/types';
import type { RelatorDb } from './db';
import { changeRecord, editRecord, mustGet, write } from './tx';

export type MesaFields = Pick<Mesa, 'name'> & Partial<Omit<Mesa, keyof Stamped | 'eventId' | 'order'>>;
export type MesaChanges = Partial<Omit<Mesa, keyof Stamped | 'eventId'>>;

/** The event's mesas in their order; deleted ones only when asked. */
export async function listMesas(db: RelatorDb, eventId: Id, includeDeleted = false): Promise<Mesa[]> {
  const all = await db.mesas.where('[eventId+order]').between([eventId, -Infinity], [eventId, Infinity]).toArray();
  return includeDeleted ? all : all.filter((m) => m.deletedAt === null);
}

/** Appends a mesa after the event's last one. */
export async function addMesa(db: RelatorDb, eventId: Id, fields: MesaFields): Promise<Mesa> {
  return write(db, [db.events, db.mesas], async () => {
    await mustGet(db.events, eventId, 'Event');
    const last = await db.mesas.where('[eventId+order]').between([eventId, -Infinity], [eventId, Infinity]).last();
    const mesa = createMesa(eventId, { ...fields, order: last ? last.order + 1 : 0 }, db.ctx);
    await db.mesas.add(mesa);
    return mesa;
  });
}

/** Edits a mesa; with a guard, a change made meanwhile in another tab throws EditConflictError instead of being overwritten. */
export function updateMesa(db: RelatorDb, id: Id, changes: MesaChanges, guard?: EditGuard<Mesa>): Promise<Mesa> {
  return editRecord<Mesa>(db, db.mesas, id, 'Mesa', changes, guard, (m, allowed, now) => touch(m, allowed, now));
}

/**
 * Soft delete: the notes, turns and syntheses taken in the mesa keep pointing at it, so a restore
 * brings it back whole; meanwhile its questions count as the plenary's (core/mesas).
 */
export function deleteMesa(db: RelatorDb, id: Id): Promise<Mesa> {
  return changeRecord(db, db.mesas, id, 'Mesa', (m, now) => (m.deletedAt === null ? softDelete(m, now) : m));
}

export function restoreMesa(db: RelatorDb, id: Id): Promise<Mesa> {
  return changeRecord(db, db.mesas, id, 'Mesa', (m, now) => (m.deletedAt === null ? m : restore(m, now)));
}
