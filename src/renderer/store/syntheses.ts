import { decideEdit, type EditGuard } from '../../core/model/edit-guard';
import { createSynthesis, restore, touch } from '../../core/model/factories';
import type { Id, Synthesis } from '../../core/model/types';
import type { RelatorDb } from './db';
import { EditConflictError } from './errors';
import { mustGet, write } from './tx';

/** The live synthesis of one question by one mesa (null: the plenary's), if written. */
export async function getSynthesis(db: RelatorDb, eventId: Id, questionId: Id, mesaId: Id | null = null): Promise<Synthesis | undefined> {
  const all = await db.syntheses.where('[eventId+questionId]').equals([eventId, questionId]).toArray();
  return all.find((s) => s.deletedAt === null && s.mesaId === mesaId);
}

export async function listSyntheses(db: RelatorDb, eventId: Id): Promise<Synthesis[]> {
  const all = await db.syntheses.where('eventId').equals(eventId).toArray();
  return all.filter((s) => s.deletedAt === null);
}

/**
 * One synthesis per question and mesa (`mesaId` null: the plenary's): updates the existing record (reviving a deleted one rather than
 * adding a second, so merges see a single record) or creates it. With a guard (the `updatedAt` of
 * the synthesis the editor opened, null if there was none), a synthesis written meanwhile in
 * another tab or window is not overwritten: EditConflictError carries it.
 */
export async function saveSynthesis(
  db: RelatorDb,
  eventId: Id,
  questionId: Id,
  text: string,
  guard?: EditGuard<Synthesis>,
  mesaId: Id | null = null,
): Promise<Synthesis> {
  return write(db, [db.questions, db.syntheses], async () => {
    const all = (await db.syntheses.where('[eventId+questionId]').equals([eventId, questionId]).toArray()).filter(
      (s) => s.mesaId === mesaId,
    );
    const current = all.find((s) => s.deletedAt === null) ?? all[0];
    // A deleted synthesis counts as none: the editor that saw none may revive it.
    const visible = current?.deletedAt === null ? current : undefined;
    if (guard && (visible !== undefined || guard.expectedUpdatedAt !== null)) {
      const decision = visible ? decideEdit(visible, { text }, guard) : ({ kind: 'conflict', fields: ['deletedAt'] } as const);
      if (decision.kind === 'conflict') throw new EditConflictError(visible, decision.fields, `Synthesis of ${questionId}`);
      if (decision.kind === 'unchanged') return visible!;
    }
    const now = db.ctx.nowMs();
    if (!current) {
      const question = await mustGet(db.questions, questionId, 'Question');
      const created = createSynthesis(question.eventId, questionId, text, db.ctx, mesaId);
      await db.syntheses.add(created);
      return created;
    }
    if (current.deletedAt === null && current.text === text) return current;
    const next = touch(current.deletedAt === null ? current : restore(current, now), { text }, now);
    await db.syntheses.put(next);
    return next;
  });
}
