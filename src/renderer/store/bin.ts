import type { Written } from '../../core/capture/history';
import { applyPatch, isTombstone, tombstone } from '../../core/capture/note-patch';
import type { Id, Note } from '../../core/model/types';
import type { RelatorDb } from './db';
import { StoreError } from './errors';
import { write } from './tx';

/**
 * The bin of an event's notes: deleted notes stay there, restorable, until the user empties it.
 * Emptying leaves a tombstone per note (see `tombstone`), so the text is gone from the database
 * and from every file exported afterwards, while a merge with an older copy still sees a deletion.
 */

const byDeletedLast = (a: Note, b: Note) => (a.deletedAt! < b.deletedAt! ? 1 : a.deletedAt! > b.deletedAt! ? -1 : 0);

/** Deleted notes of one event that can still be restored, the most recently deleted first. */
export async function listBin(db: RelatorDb, eventId: Id): Promise<Note[]> {
  // Null keys are left out of `[eventId+deletedAt]`: it holds only the deleted notes.
  const deleted = await db.notes.where('[eventId+deletedAt]').between([eventId, ''], [eventId, '\uffff']).toArray();
  return deleted.filter((n) => !isTombstone(n)).sort(byDeletedLast);
}

/**
 * Takes notes out of the bin, each back under the question it was taken under, or to the general
 * notes when that question has been deleted meanwhile (it would be invisible there). Notes no
 * longer in the bin (restored or emptied in another window) are left alone and come back with
 * `before === after`.
 */
export async function restoreFromBin(db: RelatorDb, ids: readonly Id[]): Promise<Written[]> {
  return write(db, [db.notes, db.questions], async () => {
    const notes = await db.notes.bulkGet([...ids]);
    const now = db.ctx.nowMs();
    const out: Written[] = [];
    for (const [i, note] of notes.entries()) {
      if (!note) throw new StoreError('not-found', `Note ${ids[i]} not found`);
      if (note.deletedAt === null || isTombstone(note)) {
        out.push({ before: note, after: note });
        continue;
      }
      const question = note.questionId === null ? undefined : await db.questions.get(note.questionId);
      const homeless = note.questionId !== null && (!question || question.deletedAt !== null);
      const after = applyPatch(note, homeless ? { deleted: false, questionId: null } : { deleted: false }, now);
      await db.notes.put(after);
      out.push({ before: note, after });
    }
    return out;
  });
}

/**
 * Empties the bin of the notes the user saw there (`ids`): each one still in the bin becomes a
 * tombstone. A note restored meanwhile elsewhere is kept. Returns the ids purged.
 */
export async function emptyBin(db: RelatorDb, eventId: Id, ids: readonly Id[]): Promise<Id[]> {
  return write(db, [db.notes], async () => {
    const notes = await db.notes.bulkGet([...ids]);
    const now = db.ctx.nowMs();
    const purged = notes.filter((n): n is Note => !!n && n.eventId === eventId && n.deletedAt !== null && !isTombstone(n));
    await db.notes.bulkPut(purged.map((n) => tombstone(n, now)));
    return purged.map((n) => n.id);
  });
}
