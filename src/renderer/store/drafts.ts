import { toIso } from '../../core/model/ids';
import type { Id } from '../../core/model/types';
import type { RelatorDb } from './db';
import { write } from './tx';
import { draftId, type Draft } from './types';

/** The composer's unsaved text for a question ('' when none), so a crash or reload loses nothing typed. */
export async function getDraft(db: RelatorDb, eventId: Id, questionId: Id | null): Promise<string> {
  return (await db.drafts.get(draftId(eventId, questionId)))?.text ?? '';
}

/** Keeps the composer's text; an empty text clears the draft. */
export async function saveDraft(db: RelatorDb, eventId: Id, questionId: Id | null, text: string): Promise<void> {
  if (text === '') return clearDraft(db, eventId, questionId);
  const draft: Draft = { id: draftId(eventId, questionId), eventId, questionId, text, updatedAt: toIso(db.ctx.nowMs()) };
  await write(db, [db.drafts], () => db.drafts.put(draft));
}

export async function clearDraft(db: RelatorDb, eventId: Id, questionId: Id | null): Promise<void> {
  await write(db, [db.drafts], () => db.drafts.delete(draftId(eventId, questionId)));
}
