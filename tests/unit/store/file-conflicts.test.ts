import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseEventFile, serializeEventFile } from '../../../src/core/file-format';
import type { EventBundle } from '../../../src/core/model/types';
import { startImport } from '../../../src/renderer/app/import/client';
import type { ImportOutcome } from '../../../src/renderer/app/import/protocol';
import { buildSnapshots } from '../../../src/renderer/backup/snapshot';
import { emptyChanges, setDb } from '../../../src/renderer/store';
import { getBundle, getEventFileContent, importBundle } from '../../../src/renderer/store/bundle';
import type { RelatorDb } from '../../../src/renderer/store/db';
import { mergeIntoEvent, resolveMergeConflict } from '../../../src/renderer/store/merge';
import { listMergeConflicts } from '../../../src/renderer/store/merge-conflicts';
import { dropDb, freshDb, makeBundle, type testContext } from './helpers';

const later = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * 60_000).toISOString();
const META = { appVersion: '0.1.0', exportedAt: '2026-11-26T20:00:00.000Z' };

/** Imports a file's bytes through the app's import (the worker's pipeline, run on the page here). */
function importBytes(data: Uint8Array, answer: 'replace' | 'copy' | null = null): Promise<ImportOutcome> {
  return new Promise((resolve) => {
    const job = startImport(
      { name: 'copia.relator.json', data, language: 'es', copySuffix: ' (copia)' },
      { progress: () => undefined, question: () => job.answer(answer), done: resolve },
    );
  });
}

/**
 * The texts a merge set aside wait with their event for the user's review; a rapporteur who moves
 * the event to another computer (a backup restored there, or the event's file opened there) finds
 * them waiting there too.
 */
describe('texts set aside by a merge travel with the event', () => {
  let here: { db: RelatorDb; ctx: ReturnType<typeof testContext> };
  let there: { db: RelatorDb; ctx: ReturnType<typeof testContext> };
  let stored: EventBundle;
  beforeEach(async () => {
    here = await freshDb();
    there = await freshDb();
    stored = makeBundle(here.ctx);
    await importBundle(here.db, stored);
    // Another rapporteur's copy changed the first note and a question later: their texts win, ours wait for review.
    const theirs = structuredClone(stored);
    theirs.notes[0] = { ...theirs.notes[0]!, text: 'Más carriles bici y aceras anchas', updatedAt: later(stored.notes[0]!.updatedAt, 60) };
    theirs.questions[0] = { ...theirs.questions[0]!, text: '¿Otra redacción?', updatedAt: later(stored.questions[0]!.updatedAt, 30) };
    const merged = await mergeIntoEvent(here.db, stored.event.id, [{ bundle: theirs, exportedAt: stored.event.updatedAt }]);
    expect(merged).toMatchObject({ status: 'merged' });
  });
  afterEach(async () => {
    await dropDb(here.db);
    await dropDb(there.db);
  });

  const waitingIn = async (db: RelatorDb, eventId = stored.event.id) =>
    (await listMergeConflicts(db, eventId)).map((w) => [w.mergedAt, w.conflict.kind, w.conflict.lost.value]);

  it('a backup restored on another computer brings them back, and they can be resolved there', async () => {
    const before = await waitingIn(here.db);
    expect(before).toEqual([
      [expect.any(String), 'questions', '¿Qué movilidad queremos?'],
      [expect.any(String), 'notes', 'Más carriles bici'],
    ]);
    setDb(here.db);
    const [backup] = await buildSnapshots({ changes: emptyChanges(), force: [stored.event.id], known: {}, exportedAt: META.exportedAt });

    setDb(there.db);
    expect(await importBytes(backup!.data)).toMatchObject({ status: 'imported', mode: 'new' });
    expect(await waitingIn(there.db)).toEqual(before);
    const [question, note] = await listMergeConflicts(there.db, stored.event.id);
    await resolveMergeConflict(there.db, note!.id, 'Más carriles bici');
    expect((await getBundle(there.db, stored.event.id)).notes.find((n) => n.id === note!.conflict.id)?.text).toBe('Más carriles bici');
    expect((await listMergeConflicts(there.db, stored.event.id)).map((w) => w.id)).toEqual([question!.id]);
  });

  it('the event’s file carries them; replacing the event with it replaces them, a copy starts without them', async () => {
    const { bundle, mergeConflicts } = await getEventFileContent(here.db, stored.event.id);
    const file = new TextEncoder().encode(serializeEventFile(bundle, META, mergeConflicts));
    setDb(there.db);
    await importBundle(there.db, stored);
    expect(await waitingIn(there.db)).toEqual([]);
    expect(await importBytes(file, 'replace')).toMatchObject({ status: 'imported', mode: 'replaced' });
    expect(await waitingIn(there.db)).toEqual(await waitingIn(here.db));

    // Replaced again by a file from before the merge: what that merge set aside is gone with it.
    const older = new TextEncoder().encode(serializeEventFile(stored, META));
    expect(await importBytes(older, 'replace')).toMatchObject({ status: 'imported', mode: 'replaced' });
    expect(await waitingIn(there.db)).toEqual([]);

    // A copy's records are new ones: nothing of the original's review is attached to them.
    const copy = await importBytes(file, 'copy');
    if (copy.status !== 'imported') throw new Error(copy.status);
    expect(await waitingIn(there.db, copy.eventId)).toEqual([]);
  });

  it('a conflict whose record was erased for good is not written, so the file still opens', async () => {
    const [, note] = await listMergeConflicts(here.db, stored.event.id);
    await here.db.notes.delete(note!.conflict.id);
    const { bundle, mergeConflicts } = await getEventFileContent(here.db, stored.event.id);
    expect(mergeConflicts.map((c) => c.conflict.kind)).toEqual(['questions']);
    expect(parseEventFile(serializeEventFile(bundle, META, mergeConflicts)).ok).toBe(true);
  });
});
