import Dexie from 'dexie';
import { decideEdit, type EditGuard } from '../../core/model/edit-guard';
import { createNote, restore, softDelete, touch } from '../../core/model/factories';
import { toIso } from '../../core/model/ids';
import { elapsedAt } from '../../core/model/session-clock';
import type { Id, Note, Stamped } from '../../core/model/types';
import { authorInTx } from './author';
import type { RelatorDb } from './db';
import { EditConflictError, StoreError } from './errors';
import { draftId, noteSlot } from './types';
import { editRecord, mustGet, write } from './tx';

export type NoteFields = Pick<Note, 'text'> & Partial<Omit<Note, keyof Stamped | 'eventId' | 'editedAt'>>;
export type NoteChanges = Partial<Omit<Note, keyof Stamped | 'eventId' | 'editedAt'>>;

const byCreated = (a: Note, b: Note) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0);

/**
 * The notes taken under one question (or the general ones for `null`), oldest first. Deleted
 * notes are included only when asked, for the undo/bin view.
 */
export async function listNotes(db: RelatorDb, eventId: Id, questionId: Id | null, includeDeleted = false): Promise<Note[]> {
  const notes =
    questionId === null
      ? await generalNotes(db, eventId)
      : await db.notes.where('[eventId+questionId]').equals([eventId, questionId]).toArray();
  return (includeDeleted ? notes : notes.filter((n) => n.deletedAt === null)).sort(byCreated);
}

/**
 * Null is not a valid IndexedDB key, so general notes are missing from `[eventId+questionId]`:
 * find them as the event's keys minus the keys that index holds. Key-only reads stay cheap on
 * a 10,000-note event, where loading every note would not.
 */
async function generalNotes(db: RelatorDb, eventId: Id): Promise<Note[]> {
  const [all, underQuestions] = await Promise.all([
    db.notes.where('eventId').equals(eventId).primaryKeys(),
    db.notes.where('[eventId+questionId]').between([eventId, Dexie.minKey], [eventId, Dexie.maxKey]).primaryKeys(),
  ]);
  const skip = new Set(underQuestions);
  const ids = all.filter((id) => !skip.has(id));
  return (await db.notes.bulkGet(ids)).filter((n): n is Note => n !== undefined);
}

/** All the event's notes, oldest first (report, search, statistics). */
export async function listEventNotes(db: RelatorDb, eventId: Id, includeDeleted = false): Promise<Note[]> {
  const notes = await db.notes.where('eventId').equals(eventId).toArray();
  return (includeDeleted ? notes : notes.filter((n) => n.deletedAt === null)).sort(byCreated);
}

export interface AddNoteOptions {
  /** Also clears this tab's composer draft for the note's question, in the same transaction. */
  clearDraft?: { tabId: string };
}

/**
 * Saves a new note. Without an explicit `elapsedMs` it is stamped with the event's session time
 * at this instant (null if the session has not started). Without an explicit author it is signed
 * by this installation's author (whose name defaults to the event's rapporteur).
 */
export async function addNote(db: RelatorDb, eventId: Id, fields: NoteFields, options: AddNoteOptions = {}): Promise<Note> {
  return write(db, [db.events, db.notes, db.drafts, db.settings], async () => {
    const event = await mustGet(db.events, eventId, 'Event');
    const elapsedMs = fields.elapsedMs !== undefined ? fields.elapsedMs : elapsedAt(event.session, db.ctx.nowMs());
    const author = fields.authorId !== undefined ? null : await authorInTx(db);
    const signed = author ? { authorId: author.id, authorName: author.name || event.rapporteur.trim() } : {};
    const note = createNote(eventId, { ...signed, ...fields, elapsedMs }, db.ctx);
    await db.notes.add(note);
    if (options.clearDraft) await db.drafts.delete(draftId({ eventId, slot: noteSlot(note.questionId), tabId: options.clearDraft.tabId }));
    return note;
  });
}

/**
 * Edits a note; a change of text records `editedAt` so the report can show the note was revised.
 * With a guard (what the editor opened), a note changed meanwhile in another tab or window is not
 * overwritten: the save throws EditConflictError with the stored note (see decideEdit).
 */
export function updateNote(db: RelatorDb, id: Id, changes: NoteChanges, guard?: EditGuard<Note>): Promise<Note> {
  return editRecord<Note>(db, db.notes, id, 'Note', changes, guard, (note, allowed, now) => {
    const edited = allowed.text !== undefined && allowed.text !== note.text;
    return touch(note, edited ? { ...allowed, editedAt: toIso(now) } : allowed, now);
  });
}

export function setStarred(db: RelatorDb, id: Id, starred: boolean, guard?: EditGuard<Note>): Promise<Note> {
  return editRecord<Note>(db, db.notes, id, 'Note', { starred }, guard, (note, _, now) =>
    note.starred === starred ? note : touch(note, { starred }, now),
  );
}

/**
 * Deleting or restoring: a note already in the asked state is left as it is (another tab did the
 * same); otherwise the guard decides, as for any edit.
 */
function setDeleted(db: RelatorDb, id: Id, deleted: boolean, guard: EditGuard<Note> | undefined): Promise<Note> {
  return write(db, [db.notes], async () => {
    const current = await mustGet(db.notes, id, 'Note');
    if ((current.deletedAt !== null) === deleted) return current;
    const changes: Partial<Note> = { deletedAt: deleted ? toIso(db.ctx.nowMs()) : null };
    const decision = decideEdit(current, changes, guard);
    if (decision.kind === 'conflict') throw new EditConflictError(current, decision.fields, `Note ${id}`);
    const next = deleted ? softDelete(current, db.ctx.nowMs()) : restore(current, db.ctx.nowMs());
    await db.notes.put(next);
    return next;
  });
}

export function softDeleteNote(db: RelatorDb, id: Id, guard?: EditGuard<Note>): Promise<Note> {
  return setDeleted(db, id, true, guard);
}

export function restoreNote(db: RelatorDb, id: Id, guard?: EditGuard<Note>): Promise<Note> {
  return setDeleted(db, id, false, guard);
}

/**
 * Moves notes under another question (or to the general notes with null), all or none. `guards`
 * (by note id) refuse the whole move with EditConflictError if a guarded note changed elsewhere.
 */
export async function moveNotes(
  db: RelatorDb,
  ids: readonly Id[],
  questionId: Id | null,
  guards?: Readonly<Record<Id, EditGuard<Note>>>,
): Promise<Note[]> {
  return write(db, [db.notes, db.questions], async () => {
    const notes = await db.notes.bulkGet([...ids]);
    const missing = ids.find((_, i) => notes[i] === undefined);
    if (missing !== undefined) throw new StoreError('not-found', `Note ${missing} not found`);
    if (questionId !== null) {
      const question = await mustGet(db.questions, questionId, 'Question');
      const foreign = notes.find((n) => n!.eventId !== question.eventId);
      if (foreign) throw new StoreError('invalid', `Note ${foreign.id} belongs to another event`);
    }
    for (const n of notes) {
      const decision = decideEdit(n!, { questionId }, guards?.[n!.id]);
      if (decision.kind === 'conflict') throw new EditConflictError(n!, decision.fields, `Note ${n!.id}`);
    }
    const now = db.ctx.nowMs();
    const moved = notes.map((n) => (n!.questionId === questionId ? n! : touch(n!, { questionId }, now)));
    await db.notes.bulkPut(moved.filter((n, i) => n !== notes[i]));
    return moved;
  });
}
