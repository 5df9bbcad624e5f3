import type { Written } from '../../core/capture/history';
import { applyPatch, decidePatch, type NotePatch, type PatchGuard } from '../../core/capture/note-patch';
import type { Id } from '../../core/model/types';
import type { RelatorDb } from './db';
import { EditConflictError, StoreError } from './errors';
import { write } from './tx';

/** One note to change: the patch, and with a guard what the writer last knew of it. */
export interface NoteWrite {
  id: Id;
  patch: NotePatch;
  guard?: PatchGuard;
}

/**
 * Applies patches to notes of one event in one transaction: all land or none does. A guarded
 * write whose note was changed elsewhere in the fields it touches throws EditConflictError with
 * the stored note, and nothing is written. Returns each note before and after, in `writes` order.
 */
export async function applyNotePatches(db: RelatorDb, writes: readonly NoteWrite[]): Promise<Written[]> {
  if (writes.length === 0) return [];
  return write(db, [db.notes, db.questions], async () => {
    const notes = await db.notes.bulkGet(writes.map((w) => w.id));
    const eventId = notes[0]?.eventId;
    const now = db.ctx.nowMs();
    const out: Written[] = [];
    const targets = new Set<Id>();
    for (const [i, w] of writes.entries()) {
      const note = notes[i];
      if (!note) throw new StoreError('not-found', `Note ${w.id} not found`);
      if (note.eventId !== eventId) throw new StoreError('invalid', `Note ${note.id} belongs to another event`);
      const decision = decidePatch(note, w.patch, w.guard);
      if (decision.kind === 'conflict') throw new EditConflictError(note, decision.fields, `Note ${note.id}`);
      const after = decision.kind === 'apply' ? applyPatch(note, decision.patch, now) : note;
      if (after.questionId !== null && after.questionId !== note.questionId) targets.add(after.questionId);
      out.push({ before: note, after });
    }
    for (const questionId of targets) {
      const question = await db.questions.get(questionId);
      if (!question) throw new StoreError('not-found', `Question ${questionId} not found`);
      if (question.eventId !== eventId) throw new StoreError('invalid', `Question ${questionId} belongs to another event`);
    }
    const changed = out.filter((w) => w.after !== w.before).map((w) => w.after);
    if (changed.length > 0) await db.notes.bulkPut(changed);
    return out;
  });
}
