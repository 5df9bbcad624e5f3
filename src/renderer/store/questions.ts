import type { EditGuard } from '../../core/model/edit-guard';
import { createQuestion, restore, softDelete, touch } from '../../core/model/factories';
import type { GuidingQuestion, Id } from '../../core/model/types';
import type { RelatorDb } from './db';
import { StoreError } from './errors';
import { changeRecord, editRecord, mustGet, write } from './tx';

export type QuestionFields = Pick<GuidingQuestion, 'text'> & Partial<Pick<GuidingQuestion, 'block' | 'mesaIds'>>;
export type QuestionChanges = Partial<Pick<GuidingQuestion, 'text' | 'block' | 'mesaIds'>>;

/** The event's questions in forum order; deleted ones only when asked (for the bin / undo). */
export async function listQuestions(db: RelatorDb, eventId: Id, includeDeleted = false): Promise<GuidingQuestion[]> {
  const all = await db.questions.where('[eventId+order]').between([eventId, -Infinity], [eventId, Infinity]).toArray();
  return includeDeleted ? all : all.filter((q) => q.deletedAt === null);
}

/** Appends a question after the event's last one; `fields` may be just the text. */
export async function addQuestion(db: RelatorDb, eventId: Id, fields: QuestionFields | string): Promise<GuidingQuestion> {
  if (typeof fields === 'string') fields = { text: fields };
  return write(db, [db.events, db.questions], async () => {
    await mustGet(db.events, eventId, 'Event');
    const last = await db.questions.where('[eventId+order]').between([eventId, -Infinity], [eventId, Infinity]).last();
    const question = createQuestion(eventId, { ...fields, order: last ? last.order + 1 : 0 }, db.ctx);
    await db.questions.add(question);
    return question;
  });
}

/** Edits a question; with a guard, a change made meanwhile in another tab throws EditConflictError instead of being overwritten. */
export function updateQuestion(
  db: RelatorDb,
  id: Id,
  changes: QuestionChanges,
  guard?: EditGuard<GuidingQuestion>,
): Promise<GuidingQuestion> {
  return editRecord<GuidingQuestion>(db, db.questions, id, 'Question', changes, guard, (q, allowed, now) => touch(q, allowed, now));
}

/** Soft delete: the question's notes keep pointing at it, so a restore brings the section back whole. */
export function deleteQuestion(db: RelatorDb, id: Id): Promise<GuidingQuestion> {
  return changeRecord(db, db.questions, id, 'Question', (q, now) => (q.deletedAt === null ? softDelete(q, now) : q));
}

/** Brings a question back at its old position, moving the live questions from there down one place. */
export async function restoreQuestion(db: RelatorDb, id: Id): Promise<GuidingQuestion> {
  return write(db, [db.questions], async () => {
    const question = await mustGet(db.questions, id, 'Question');
    if (question.deletedAt === null) return question;
    const now = db.ctx.nowMs();
    const after = (await listQuestions(db, question.eventId)).filter((q) => q.order >= question.order);
    const restored = restore(question, now);
    await db.questions.bulkPut([...after.map((q) => touch(q, { order: q.order + 1 }, now)), restored]);
    return restored;
  });
}

/**
 * Puts the event's live questions in the given order (0-based). `orderedIds` must list each live
 * question exactly once; only questions whose position changes get a new `updatedAt`.
 */
export async function reorderQuestions(db: RelatorDb, eventId: Id, orderedIds: readonly Id[]): Promise<GuidingQuestion[]> {
  return write(db, [db.questions], async () => {
    const current = await listQuestions(db, eventId);
    const wanted = new Set(orderedIds);
    if (wanted.size !== orderedIds.length || wanted.size !== current.length || current.some((q) => !wanted.has(q.id))) {
      throw new StoreError('invalid', `The new order must list each of the event's ${current.length} questions once`);
    }
    const byId = new Map(current.map((q) => [q.id, q]));
    const now = db.ctx.nowMs();
    const result = orderedIds.map((id, order) => {
      const q = byId.get(id)!;
      return q.order === order ? q : touch(q, { order }, now);
    });
    const changed = result.filter((q, i) => q !== byId.get(orderedIds[i]!));
    await db.questions.bulkPut(changed);
    return result;
  });
}
