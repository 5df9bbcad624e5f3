import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importBundle } from '../../../src/renderer/store/bundle';
import type { RelatorDb } from '../../../src/renderer/store/db';
import { applySyncWrites, findBundle, readSyncRecords } from '../../../src/renderer/store/sync';
import { dropDb, freshDb, makeBundle, type testContext } from './helpers';

describe('the store side of live sync', () => {
  let db: RelatorDb;
  let ctx: ReturnType<typeof testContext>;
  beforeEach(async () => ({ db, ctx } = await freshDb()));
  afterEach(() => dropDb(db));

  it('writes what arrived from others in one go, and leaves alone a record changed here meanwhile', async () => {
    const bundle = makeBundle(ctx);
    await importBundle(db, bundle);
    const [seen, changedHere] = bundle.notes;
    const mineNow = { ...changedHere!, text: 'Cambiada aquí', updatedAt: '2030-01-01T00:00:00.000Z' };
    await db.notes.put(mineNow);
    const arrived = { ...seen!, id: 'from-another-copy', text: 'Nueva de otra copia' };
    const skipped = await applySyncWrites(db, [
      { table: 'notes', id: seen!.id, record: { ...seen!, text: 'Editada allá' }, expected: seen! },
      { table: 'notes', id: changedHere!.id, record: { ...changedHere!, text: 'Editada allá también' }, expected: changedHere! },
      { table: 'notes', id: arrived.id, record: arrived, expected: null },
    ]);
    expect([...skipped]).toEqual([changedHere!.id]);
    const [a, b, c] = await readSyncRecords(db, 'notes', [seen!.id, changedHere!.id, arrived.id]);
    expect((a as { text: string }).text).toBe('Editada allá');
    expect(b).toEqual(mineNow);
    expect(c).toEqual(arrived);
  });

  it('removes a record deleted for good on another copy, and finds no bundle for an event it does not have', async () => {
    const bundle = makeBundle(ctx);
    await importBundle(db, bundle);
    const note = bundle.notes[0]!;
    await applySyncWrites(db, [{ table: 'notes', id: note.id, record: null, expected: note }]);
    expect(await db.notes.get(note.id)).toBeUndefined();
    expect((await findBundle(db, bundle.event.id))!.notes.map((n) => n.id)).not.toContain(note.id);
    expect(await findBundle(db, 'not-here')).toBeNull();
  });
});
