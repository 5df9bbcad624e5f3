import type { EditGuard } from '../../core/model/edit-guard';
import { createParticipant, restore, softDelete, touch } from '../../core/model/factories';
import type { Id, Participant, Stamped } from '../../core/model/types';
import type { RelatorDb } from './db';
import { changeRecord, editRecord, mustGet, write } from './tx';

export type ParticipantFields = Pick<Participant, 'name'> & Partial<Omit<Participant, keyof Stamped | 'eventId'>>;
export type ParticipantChanges = Partial<Omit<Participant, keyof Stamped | 'eventId'>>;

/** The event's participants by name (locale-aware), deleted ones only when asked. */
export async function listParticipants(db: RelatorDb, eventId: Id, includeDeleted = false): Promise<Participant[]> {
  const all = await db.participants.where('eventId').equals(eventId).toArray();
  return (includeDeleted ? all : all.filter((p) => p.deletedAt === null)).sort((a, b) => a.name.localeCompare(b.name));
}

export async function addParticipant(db: RelatorDb, eventId: Id, fields: ParticipantFields): Promise<Participant> {
  return write(db, [db.events, db.participants], async () => {
    await mustGet(db.events, eventId, 'Event');
    const participant = createParticipant(eventId, fields, db.ctx);
    await db.participants.add(participant);
    return participant;
  });
}

/** Edits a participant; with a guard, a change made meanwhile in another tab throws EditConflictError instead of being overwritten. */
export function updateParticipant(
  db: RelatorDb,
  id: Id,
  changes: ParticipantChanges,
  guard?: EditGuard<Participant>,
): Promise<Participant> {
  return editRecord<Participant>(db, db.participants, id, 'Participant', changes, guard, (p, allowed, now) => touch(p, allowed, now));
}

/** Soft delete: notes keep their speakerId, so a restore re-attributes them. */
export function deleteParticipant(db: RelatorDb, id: Id): Promise<Participant> {
  return changeRecord(db, db.participants, id, 'Participant', (p, now) => (p.deletedAt === null ? softDelete(p, now) : p));
}

export function restoreParticipant(db: RelatorDb, id: Id): Promise<Participant> {
  return changeRecord(db, db.participants, id, 'Participant', (p, now) => (p.deletedAt === null ? p : restore(p, now)));
}
