import type { EditGuard } from '../../core/model/edit-guard';
import { createEvent as newEvent, restore, softDelete, touch } from '../../core/model/factories';
import { startSession as startClock, pauseSession as pauseClock } from '../../core/model/session-clock';
import type { Id, RelatorEvent, SessionClock, Stamped } from '../../core/model/types';
import { canonicalTimeZone } from '../../core/setup/time-zones';
import type { RelatorDb } from './db';
import { StoreError } from './errors';
import { editRecord, mustGet, write } from './tx';

export type EventFields = Partial<Omit<RelatorEvent, keyof Stamped>>;
export type EventChanges = Partial<Omit<RelatorEvent, keyof Stamped | 'session'>>;

function byRecent(a: RelatorEvent, b: RelatorEvent): number {
  return a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0;
}

/** Events not in the bin, most recently changed first. Reads the events table only, never notes. */
export async function listEvents(db: RelatorDb): Promise<RelatorEvent[]> {
  const all = await db.events.toArray();
  return all.filter((e) => e.deletedAt === null).sort(byRecent);
}

/** Soft-deleted events (the bin), most recently deleted first. */
export async function listDeletedEvents(db: RelatorDb): Promise<RelatorEvent[]> {
  const all = await db.events.toArray();
  return all.filter((e) => e.deletedAt !== null).sort((a, b) => (a.deletedAt! < b.deletedAt! ? 1 : a.deletedAt! > b.deletedAt! ? -1 : 0));
}

export async function getEvent(db: RelatorDb, id: Id): Promise<RelatorEvent | undefined> {
  return db.events.get(id);
}

/**
 * Live (not deleted) notes of an event, counted from indexes alone: all notes minus the deleted
 * ones, which are the only entries in `[eventId+deletedAt]`.
 */
export async function countNotes(db: RelatorDb, eventId: Id): Promise<number> {
  const [all, deleted] = await Promise.all([
    db.notes.where('eventId').equals(eventId).count(),
    db.notes.where('[eventId+deletedAt]').between([eventId, ''], [eventId, '\uffff']).count(),
  ]);
  return all - deleted;
}

export async function createEvent(db: RelatorDb, fields: EventFields = {}): Promise<RelatorEvent> {
  const event = newEvent(fields, db.ctx);
  await write(db, [db.events], () => db.events.add(event));
  return event;
}

async function changeEvent(db: RelatorDb, id: Id, change: (e: RelatorEvent, nowMs: number) => RelatorEvent): Promise<RelatorEvent> {
  return write(db, [db.events], async () => {
    const current = await mustGet(db.events, id, 'Event');
    const next = change(current, db.ctx.nowMs());
    if (next !== current) await db.events.put(next);
    return next;
  });
}

/**
 * Edits the event's data. With a guard (the event as the editor opened it, usually with `base`
 * holding the opened values of the edited fields), a change made meanwhile elsewhere to the same
 * fields throws EditConflictError instead of being overwritten; changes to other fields (the
 * session clock, the other text box) are kept and are not a conflict.
 */
export function updateEvent(db: RelatorDb, id: Id, changes: EventChanges, guard?: EditGuard<RelatorEvent>): Promise<RelatorEvent> {
  // A free-text zone ("Hora de México") would make every time in the report fall back to UTC.
  if (changes.timeZone !== undefined && canonicalTimeZone(changes.timeZone) !== changes.timeZone) {
    return Promise.reject(new StoreError('invalid', `Unknown time zone: ${changes.timeZone}`));
  }
  return editRecord<RelatorEvent>(db, db.events, id, 'Event', changes, guard, (e, allowed, now) => touch(e, allowed, now));
}

/** Moves the event to the bin; its questions, notes… stay untouched so a restore brings all back. */
export async function deleteEvent(db: RelatorDb, id: Id): Promise<void> {
  await changeEvent(db, id, (e, now) => (e.deletedAt === null ? softDelete(e, now) : e));
}

export async function restoreEvent(db: RelatorDb, id: Id): Promise<void> {
  await changeEvent(db, id, (e, now) => (e.deletedAt === null ? e : restore(e, now)));
}

/** Erases the event and every record of it for good (emptying the bin), with the merge conflicts it kept for review. */
export async function purgeEvent(db: RelatorDb, id: Id): Promise<void> {
  await write(db, [...db.eventTables, db.drafts, db.mergeConflicts], async () => {
    await removeEventRecords(db, id);
    await db.mergeConflicts.where('eventId').equals(id).delete();
  });
}

/** Hard-deletes an event's records; call inside a transaction over the event tables and drafts. */
export async function removeEventRecords(db: RelatorDb, id: Id, keepDrafts = false): Promise<void> {
  await db.events.delete(id);
  for (const table of [db.mesas, db.questions, db.participants, db.notes, db.turns, db.syntheses, db.photos]) {
    await table.where('eventId').equals(id).delete();
  }
  if (!keepDrafts) await db.drafts.where('eventId').equals(id).delete();
}

export async function startSession(db: RelatorDb, eventId: Id): Promise<SessionClock> {
  const event = await changeEvent(db, eventId, (e, now) => {
    const session = startClock(e.session, now);
    return session === e.session ? e : touch(e, { session }, now);
  });
  return event.session;
}

export async function pauseSession(db: RelatorDb, eventId: Id): Promise<SessionClock> {
  const event = await changeEvent(db, eventId, (e, now) => {
    const session = pauseClock(e.session, now);
    return session === e.session ? e : touch(e, { session }, now);
  });
  return event.session;
}
