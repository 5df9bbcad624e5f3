import type { Table } from 'dexie';
import { applyPatch } from '../../core/capture/note-patch';
import type { FileError } from '../../core/file-format';
import { bundleAsMesa, mergeEventFiles, type MergeInput, type MesaTarget, type RecordKind } from '../../core/merge';
import { conflictEdit } from '../../core/merge/resolve';
import { decideEdit } from '../../core/model/edit-guard';
import { touch } from '../../core/model/factories';
import type { EventBundle, Id, Note, Stamped } from '../../core/model/types';
import { readBundle } from './bundle';
import type { RelatorDb } from './db';
import { EditConflictError, StoreError } from './errors';
import { keepConflicts } from './merge-conflicts';
import { write } from './tx';
import type { PendingMergeConflict } from './types';

export type MergeIntoResult =
  /** `conflicts` are kept with the event (listMergeConflicts) until each is resolved or dismissed. */
  | { status: 'merged'; title: string; conflicts: PendingMergeConflict[]; written: number }
  | { status: 'different-events'; events: Array<{ id: Id; title: string }> }
  | { status: 'invalid'; errors: FileError[] };

export interface MergeIntoOptions {
  /** Asked before the write; true rolls everything back (a 'cancelled' StoreError). */
  stop?: () => boolean;
  /**
   * By file: a file of another event is imported as a mesa of this one (core/merge/as-mesa.ts) where
   * this names the mesa; without it such a file is refused, as always.
   */
  asMesa?: ReadonlyArray<MesaTarget | null>;
}

const COLLECTIONS = ['mesas', 'questions', 'participants', 'notes', 'turns', 'syntheses', 'photos'] as const;

function tableOf(db: RelatorDb, kind: RecordKind): Table<Stamped, string> {
  return (kind === 'event' ? db.events : db[kind]) as unknown as Table<Stamped, string>;
}

/**
 * Merges event files into a stored event (src/core/merge), all or nothing: the stored event is read,
 * merged and written back in one transaction, so an edit saved meanwhile in another window is
 * either merged too or waits; only the records the merge changed are written. The texts that lost
 * are stored in the same transaction, so they wait for the user's review even if the library is
 * left or the app closed before it.
 */
export async function mergeIntoEvent(db: RelatorDb, eventId: Id, files: readonly MergeInput[], options: MergeIntoOptions = {}) {
  return write(db, [...db.eventTables, db.mergeConflicts], async (): Promise<MergeIntoResult> => {
    const stored = await readBundle(db, eventId);
    const inputs = files.map((file, i) => {
      const as = options.asMesa?.[i];
      return file.bundle.event.id !== eventId && as ? { ...file, bundle: bundleAsMesa(stored, file.bundle, as) } : file;
    });
    const result = mergeEventFiles([{ bundle: stored, exportedAt: stored.event.updatedAt }, ...inputs]);
    if (!result.ok)
      return result.code === 'different-events'
        ? { status: 'different-events', events: result.events }
        : { status: 'invalid', errors: result.errors };
    if (options.stop?.()) throw new StoreError('cancelled', 'The merge was cancelled; nothing was written');
    let written = 0;
    if (result.bundle.event !== stored.event) {
      await db.events.put(result.bundle.event);
      written++;
    }
    for (const name of COLLECTIONS) {
      const before = new Set<object>(stored[name]);
      const changed = (result.bundle[name] as EventBundle[typeof name]).filter((r) => !before.has(r));
      if (changed.length > 0) await tableOf(db, name).bulkPut(changed as Stamped[]);
      written += changed.length;
    }
    const conflicts = await keepConflicts(db, eventId, result.conflicts);
    return { status: 'merged', title: result.bundle.event.title, conflicts, written };
  });
}

/**
 * Puts `value` (either version, or a text combined by hand) into a kept conflict's field, as a
 * guarded edit, and lets the conflict go in the same transaction: if the record changed that field
 * since the merge, EditConflictError carries it and nothing is written (the conflict stays).
 */
export async function resolveMergeConflict(db: RelatorDb, pendingId: Id, value: string): Promise<Stamped> {
  const pending = await db.mergeConflicts.get(pendingId);
  if (!pending) throw new StoreError('not-found', `Merge conflict ${pendingId} not found`);
  const { conflict } = pending;
  const table = tableOf(db, conflict.kind);
  return write(db, [table, db.mergeConflicts], async () => {
    if (!(await db.mergeConflicts.get(pendingId))) throw new StoreError('not-found', `Merge conflict ${pendingId} not found`);
    await db.mergeConflicts.delete(pendingId);
    const current = await table.get(conflict.id);
    if (!current) throw new StoreError('not-found', `${conflict.kind} ${conflict.id} not found`);
    const edit = conflictEdit(current, conflict, value);
    if (!edit) throw new StoreError('invalid', `${conflict.kind} ${conflict.id} has no ${conflict.field} to set`);
    const decision = decideEdit(current, edit.changes, { expectedUpdatedAt: conflict.kept.updatedAt, base: edit.base });
    if (decision.kind === 'conflict') throw new EditConflictError(current, decision.fields, `${conflict.kind} ${conflict.id}`);
    if (decision.kind !== 'apply') return current;
    const now = db.ctx.nowMs();
    const next =
      conflict.kind === 'notes'
        ? applyPatch(current as Note, decision.changes as Partial<Note>, now)
        : touch(current, decision.changes, now);
    if (next !== current) await table.put(next);
    return next;
  });
}
