import type { PendingConflict } from '../../core/file-format/schema';
import type { MergeConflict } from '../../core/merge';
import { toIso } from '../../core/model/ids';
import type { Id } from '../../core/model/types';
import type { RelatorDb } from './db';
import { read, write } from './tx';
import type { PendingMergeConflict } from './types';

/**
 * The texts a merge ("Combinar con…") kept aside, stored with their event until the user resolves
 * (store/merge.ts) or dismisses each: leaving the library or closing the app does not lose them.
 * Apart from merge.ts so the library can list them without loading the merge's code.
 */

/** In the order the merges listed them, earliest merge first. */
export const byMerge = (a: PendingMergeConflict, b: PendingMergeConflict) =>
  a.mergedAt < b.mergedAt ? -1 : a.mergedAt > b.mergedAt ? 1 : a.order - b.order;

const sameText = (a: MergeConflict, b: MergeConflict) =>
  a.kind === b.kind && a.id === b.id && a.field === b.field && a.lost.value === b.lost.value;

/** Stores a merge's conflicts (inside its transaction, which must include `mergeConflicts`) with the event; one the user has not reviewed yet from an earlier merge is replaced, not doubled. */
export async function keepConflicts(db: RelatorDb, eventId: Id, conflicts: readonly MergeConflict[]): Promise<PendingMergeConflict[]> {
  if (conflicts.length === 0) return [];
  const waiting = await db.mergeConflicts.where('eventId').equals(eventId).toArray();
  const mergedAt = toIso(db.ctx.nowMs());
  const kept = conflicts.map((conflict, order): PendingMergeConflict => ({
    id: waiting.find((w) => sameText(w.conflict, conflict))?.id ?? db.ctx.newId(),
    eventId,
    mergedAt,
    order,
    conflict,
  }));
  await db.mergeConflicts.bulkPut(kept);
  return kept;
}

/** The texts earlier merges kept aside for review in this event, in the order the merges listed them. */
export async function listMergeConflicts(db: RelatorDb, eventId: Id): Promise<PendingMergeConflict[]> {
  return read(db, [db.mergeConflicts], async () => (await db.mergeConflicts.where('eventId').equals(eventId).toArray()).sort(byMerge));
}

/** Leaves a conflict's field as the merge left it: the text that lost is let go. */
export async function dismissMergeConflict(db: RelatorDb, pendingId: Id): Promise<void> {
  await write(db, [db.mergeConflicts], () => db.mergeConflicts.delete(pendingId));
}

/** Stores the texts an event file carried for review with its event (inside a transaction that includes `mergeConflicts`). */
export async function putFileConflicts(db: RelatorDb, eventId: Id, pending: readonly PendingConflict[]): Promise<void> {
  if (pending.length === 0) return;
  await db.mergeConflicts.bulkAdd(
    pending.map(({ mergedAt, conflict }, order): PendingMergeConflict => ({ id: db.ctx.newId(), eventId, mergedAt, order, conflict })),
  );
}
