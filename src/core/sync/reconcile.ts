import type * as Y from 'yjs';
import type { EventBundle, Stamped } from '../model/types';
import { putRecord, readEvent, readRecord, RECORD_TABLES, type RecordTable, type SyncRecord } from './doc';
import { sameValue } from './same';

/** Records the store must write so that it holds what the document holds. */
export interface StoreWrites {
  event: EventBundle['event'] | null;
  records: { table: RecordTable; record: SyncRecord }[];
}

/**
 * Brings a copy's own records and a document it has not been following together, record by record,
 * as "Combinar con…" does: the version with the later `updatedAt` wins (the document's on a tie, so
 * every copy that joins agrees). The local winners go into the document (in one transaction, with
 * `origin`); the document's winners are returned for the store to write. Used when a copy joins
 * an event it already holds, and when sync resumes after the app was closed.
 */
export function reconcile(doc: Y.Doc, local: EventBundle | null, origin: unknown = null): StoreWrites {
  const writes: StoreWrites = { event: null, records: [] };
  doc.transact(() => {
    const docEvent = readEvent(doc);
    if (local && (!docEvent || newer(local.event, docEvent))) putRecord(doc, 'events', local.event);
    else if (docEvent && !sameValue(docEvent, local?.event)) writes.event = docEvent;
    const seen = new Set<string>();
    for (const table of RECORD_TABLES) {
      for (const record of local?.[table] ?? []) {
        seen.add(`${table}/${record.id}`);
        const held = readRecord(doc, table, record.id);
        if (!held || newer(record, held)) putRecord(doc, table, record);
        else if (!sameValue(held, record)) writes.records.push({ table, record: held });
      }
      for (const id of doc.getMap(table).keys()) {
        if (!seen.has(`${table}/${id}`)) writes.records.push({ table, record: readRecord(doc, table, id)! });
      }
    }
  }, origin);
  return writes;
}

const newer = (a: Stamped, b: Stamped) => a.updatedAt > b.updatedAt;
