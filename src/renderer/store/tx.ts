import type { Table } from 'dexie';
import type { RelatorDb } from './db';
import { StoreError, toStoreError } from './errors';

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
