import { duplicateBundle } from '../../core/model/factories';
import type { EventBundle, Id, RelatorEvent } from '../../core/model/types';
import type { Table } from 'dexie';
import type { PendingConflict } from '../../core/file-format/schema';
import type { RelatorDb } from './db';
import { StoreError } from './errors';
import { removeEventRecords } from './events';
import { byMerge, putFileConflicts } from './merge-conflicts';
import { read, write } from './tx';

const byOrder = (a: { order: number }, b: { order: number }) => a.order - b.order;
const byCreated = (a: { createdAt: string }, b: { createdAt: string }) =>
  a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0;

/** Every record of the event, soft-deleted ones included (what an export writes), in one snapshot. */
export async function getBundle(db: RelatorDb, eventId: Id): Promise<EventBundle> {
  return read(db, db.eventTables, () => readBundle(db, eventId));
}

/**
 * The event with the texts its merges set aside, in one snapshot: what an event file or a backup
 * carries, so the review is not lost when the event moves to another computer. A conflict whose
 * record is gone for good (an emptied bin) has nothing left to review and is not written.
 */
export async function getEventFileContent(db: RelatorDb, eventId: Id): Promise<{ bundle: EventBundle; mergeConflicts: PendingConflict[] }> {
  return read(db, [...db.eventTables, db.mergeConflicts], async () => {
    const bundle = await readBundle(db, eventId);
    const waiting = (await db.mergeConflicts.where('eventId').equals(eventId).toArray()).sort(byMerge);
    const present = (c: PendingConflict['conflict']) =>
      c.kind === 'event' ? c.id === bundle.event.id : bundle[c.kind].some((r) => r.id === c.id);
    return { bundle, mergeConflicts: waiting.filter((w) => present(w.conflict)).map(({ mergedAt, conflict }) => ({ mergedAt, conflict })) };
  });
}

export async function readBundle(db: RelatorDb, eventId: Id): Promise<EventBundle> {
  const event = await db.events.get(eventId);
  if (!event) throw new StoreError('not-found', `Event ${eventId} not found`);
  const [mesas, questions, participants, notes, turns, syntheses, photos] = await Promise.all([
    db.mesas.where('eventId').equals(eventId).toArray(),
    db.questions.where('eventId').equals(eventId).toArray(),
    db.participants.where('eventId').equals(eventId).toArray(),
    db.notes.where('eventId').equals(eventId).toArray(),
    db.turns.where('eventId').equals(eventId).toArray(),
    db.syntheses.where('eventId').equals(eventId).toArray(),
    db.photos.where('eventId').equals(eventId).toArray(),
  ]);
  return {
    event,
    mesas: mesas.sort(byOrder),
    questions: questions.sort(byOrder),
    participants: participants.sort(byCreated),
    notes: notes.sort(byCreated),
    turns: turns.sort(byOrder),
    syntheses: syntheses.sort(byCreated),
    photos: photos.sort(byOrder),
  };
}

/** What to do when the bundle's event is already in the database. */
export type ConflictChoice = 'fail' | 'replace' | 'copy';

export interface ImportOptions {
  /** 'fail' (default) writes nothing and reports the conflict so the UI can offer the other two. */
  onConflict?: ConflictChoice;
  /** Appended to the title of an imported copy, e.g. " (copia)"; from the UI's catalogue. */
  copySuffix?: string;
  /** Told how many records are written so far, between chunks of a large import. */
  onProgress?: (written: number, total: number) => void;
  /** Asked between chunks; true rolls the whole import back (a 'cancelled' StoreError). */
  stop?: () => boolean;
  /** Records per chunk (default 5,000). */
  chunkRecords?: number;
  /**
   * The texts the file carried for review (earlier merges'), stored with the event; they replace the
   * event's own on a replace. A copy starts without them: its records are new ones.
   */
  mergeConflicts?: readonly PendingConflict[];
}

export type ImportResult =
  | { status: 'imported'; eventId: Id; mode: 'new' | 'replaced' | 'copied' }
  /** The event exists (maybe in the bin); nothing was written. */
  | { status: 'conflict'; existing: RelatorEvent };

/**
 * Writes a whole bundle in one transaction over all tables: either every record lands or none
 * does. Record ids that already belong to another event fail the import as a 'conflict'
 * StoreError (import as a copy avoids it, since a copy gets fresh ids).
 */
export async function importBundle(db: RelatorDb, bundle: EventBundle, options: ImportOptions = {}): Promise<ImportResult> {
  assertConsistent(bundle);
  const choice = options.onConflict ?? 'fail';
  return write(db, [...db.eventTables, db.drafts, db.mergeConflicts], async () => {
    const existing = await db.events.get(bundle.event.id);
    if (!existing) {
      await addBundle(db, bundle, options);
      await putFileConflicts(db, bundle.event.id, options.mergeConflicts ?? []);
      return { status: 'imported', eventId: bundle.event.id, mode: 'new' };
    }
    if (choice === 'fail') return { status: 'conflict', existing };
    if (choice === 'replace') {
      // Unsaved composer text is the user's, not the file's: it survives a replace.
      await removeEventRecords(db, existing.id, true);
      await db.mergeConflicts.where('eventId').equals(existing.id).delete();
      await addBundle(db, bundle, options);
      await putFileConflicts(db, bundle.event.id, options.mergeConflicts ?? []);
      return { status: 'imported', eventId: bundle.event.id, mode: 'replaced' };
    }
    const copy = duplicateBundle(bundle, options.copySuffix ?? '', db.ctx);
    await addBundle(db, copy, options);
    return { status: 'imported', eventId: copy.event.id, mode: 'copied' };
  });
}

/** A full copy of a stored event under fresh ids; returns the new event. */
export async function duplicateEvent(db: RelatorDb, id: Id, titleSuffix: string): Promise<RelatorEvent> {
  return write(db, db.eventTables, async () => {
    const copy = duplicateBundle(await readBundle(db, id), titleSuffix, db.ctx);
    await addBundle(db, copy);
    return copy.event;
  });
}

/** Records per bulkAdd: progress and a cancel are noticed this often in a 500,000-note import. */
const WRITE_CHUNK = 5000;

/**
 * Adds (never overwrites) every record; call inside a transaction over the event tables. Large
 * lists go in chunks, so a caller can follow progress and stop: a stop throws, and the
 * transaction it runs in is rolled back whole.
 */
export async function addBundle(
  db: RelatorDb,
  bundle: EventBundle,
  progress: Pick<ImportOptions, 'onProgress' | 'stop' | 'chunkRecords'> = {},
): Promise<void> {
  const lists = [
    [db.mesas, bundle.mesas],
    [db.questions, bundle.questions],
    [db.participants, bundle.participants],
    [db.notes, bundle.notes],
    [db.turns, bundle.turns],
    [db.syntheses, bundle.syntheses],
    [db.photos, bundle.photos],
  ] as const;
  const total = 1 + lists.reduce((n, [, records]) => n + records.length, 0);
  await db.events.add(bundle.event);
  let written = 1;
  const chunkRecords = progress.chunkRecords ?? WRITE_CHUNK;
  for (const [table, records] of lists) {
    for (let start = 0; start < records.length; start += chunkRecords) {
      if (progress.stop?.()) throw new StoreError('cancelled', 'The import was cancelled; nothing was written');
      const chunk = records.slice(start, start + chunkRecords);
      await (table as Table<(typeof chunk)[number], string>).bulkAdd(chunk);
      written += chunk.length;
      progress.onProgress?.(written, total);
    }
  }
}

function assertConsistent(bundle: EventBundle): void {
  const eventId = bundle.event.id;
  const lists = [bundle.mesas, bundle.questions, bundle.participants, bundle.notes, bundle.turns, bundle.syntheses, bundle.photos];
  for (const list of lists) {
    const stray = list.find((r) => r.eventId !== eventId);
    if (stray) throw new StoreError('invalid', `Record ${stray.id} belongs to event ${stray.eventId}, not ${eventId}`);
  }
}
