import Dexie, { type Table } from 'dexie';
import { decideEdit, type EditGuard } from '../../core/model/edit-guard';
import type { Stamped } from '../../core/model/types';
import type { RelatorDb } from './db';
import { EditConflictError, StoreError, toStoreError } from './errors';

/** One read-write transaction: all of `fn`'s writes land, or none do; failures become StoreErrors. */
export async function write<T>(db: RelatorDb, tables: readonly Table[], fn: () => Promise<T>): Promise<T> {
  try {
    return await db.transaction('rw', tables as Table[], fn);
  } catch (error) {
    throw toStoreError(error);
  }
}

/** Reads that must not be half-consistent (e.g. a whole bundle) run in one read-only transaction. */
export async function read<T>(db: RelatorDb, tables: readonly Table[], fn: () => Promise<T>): Promise<T> {
  try {
    return await db.transaction('r', tables as Table[], fn);
  } catch (error) {
    throw toStoreError(error);
  }
}

/**
 * Asks IndexedDB to commit the current transaction now, right after its last request was issued,
 * instead of once the page's event loop has seen that request succeed: a write made while the
 * page is being left (pagehide) then lands even though the page is gone before that.
 */
export function commitNow(): void {
  try {
    Dexie.currentTransaction?.idbtrans?.commit?.();
  } catch {
    // Already committing, or an engine without commit(): it auto-commits as usual.
  }
}

export async function mustGet<T, K>(table: Table<T, K>, id: K, what: string): Promise<T> {
  const record = await table.get(id);
  if (record === undefined) throw new StoreError('not-found', `${what} ${String(id)} not found`);
  return record;
}

/** Reads one record, applies `change`, and writes it back only if `change` returned a new object. */
export async function changeRecord<T>(
  db: RelatorDb,
  table: Table<T, string>,
  id: string,
  what: string,
  change: (record: T, nowMs: number) => T,
): Promise<T> {
  return write(db, [table], async () => {
    const current = await mustGet(table, id, what);
    const next = change(current, db.ctx.nowMs());
    if (next !== current) await table.put(next);
    return next;
  });
}

/**
 * A guarded change inside the caller's transaction: `decideEdit` (the domain) says whether the
 * record may take `changes`; a conflict throws EditConflictError carrying the stored record, a
 * missing record throws 'not-found', and `apply` builds the new version from the changes allowed.
 */
async function editInTx<T extends Stamped>(
  db: RelatorDb,
  table: Table<T, string>,
  id: string,
  what: string,
  changes: Partial<T>,
  guard: EditGuard<T> | undefined,
  apply: (record: T, changes: Partial<T>, nowMs: number) => T,
): Promise<T> {
  const current = await table.get(id);
  const decision = decideEdit(current, changes, guard);
  if (decision.kind === 'missing') throw new StoreError('not-found', `${what} ${id} not found`);
  if (decision.kind === 'conflict') throw new EditConflictError(current, decision.fields, `${what} ${id}`);
  if (decision.kind === 'unchanged') return current!;
  const next = apply(current!, decision.changes, db.ctx.nowMs());
  if (next !== current) await table.put(next);
  return next;
}

/** editInTx in a transaction of its own. */
export function editRecord<T extends Stamped>(
  db: RelatorDb,
  table: Table<T, string>,
  id: string,
  what: string,
  changes: Partial<T>,
  guard: EditGuard<T> | undefined,
  apply: (record: T, changes: Partial<T>, nowMs: number) => T,
): Promise<T> {
  return write(db, [table], () => editInTx(db, table, id, what, changes, guard, apply));
}
