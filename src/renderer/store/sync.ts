import type { Table } from 'dexie';
import type { EventBundle, Id } from '../../core/model/types';
import type { SyncRecord, SyncTable } from '../../core/sync';
// Not through core/sync's index: that one brings yjs, which the store must not load at start-up.
import { sameValue } from '../../core/sync/same';
import { readBundle } from './bundle';
import type { RelatorDb } from './db';
import { read, write } from './tx';

/**
 * The store's side of live sync (src/renderer/sync): Dexie stays the materialised view of each
 * synced event's Y document, so the rest of the app reads it as always. The sync engine reads the
 * records a local write touched, and writes what arrived from others here, one transaction per batch.
 */

type Tables = Record<SyncTable, Table<SyncRecord, string>>;
const tablesOf = (db: RelatorDb) => db as unknown as Tables;

/** The event with all its records, or null when this copy does not have it (yet). */
export async function findBundle(db: RelatorDb, eventId: Id): Promise<EventBundle | null> {
  return read(db, db.eventTables, async () => ((await db.events.get(eventId)) ? readBundle(db, eventId) : null));
}

/** The stored versions of `ids` in `table` (undefined: none), in one snapshot. */
export async function readSyncRecords(db: RelatorDb, table: SyncTable, ids: readonly Id[]): Promise<(SyncRecord | undefined)[]> {
  return read(db, db.eventTables, () => tablesOf(db)[table].bulkGet([...ids]));
}

/** One record to bring the store to: `record` null removes it (deleted for good on another copy). */
export interface SyncWrite {
  table: SyncTable;
  id: Id;
  record: SyncRecord | null;
  /**
   * The version the engine last saw here (null: none). A record that is neither that nor `record`
   * was written here meanwhile: it is left alone, and goes to the document as a local change.
   */
  expected: SyncRecord | null;
}

/** Applies `writes` in one transaction; returns the ids left alone because they changed here meanwhile. */
export async function applySyncWrites(db: RelatorDb, writes: readonly SyncWrite[]): Promise<Set<string>> {
  const skipped = new Set<string>();
  if (writes.length === 0) return skipped;
  const byTable = new Map<SyncTable, SyncWrite[]>();
  for (const w of writes) byTable.set(w.table, [...(byTable.get(w.table) ?? []), w]);
  await write(db, db.eventTables, async () => {
    for (const [table, list] of byTable) {
      const store = tablesOf(db)[table];
      const current = await store.bulkGet(list.map((w) => w.id));
      const puts: SyncRecord[] = [];
      const deletes: Id[] = [];
      list.forEach((w, i) => {
        const now = current[i];
        if (sameValue(now ?? null, w.record)) return;
        if (!sameValue(now ?? null, w.expected)) {
          skipped.add(w.id);
          return;
        }
        if (w.record === null) deletes.push(w.id);
        else puts.push(w.record);
      });
      if (puts.length > 0) await store.bulkPut(puts);
      if (deletes.length > 0) await store.bulkDelete(deletes);
    }
  });
  return skipped;
}
