import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { EventBundle } from '../../../src/core/model/types';
import { openRelatorDb, type RelatorDb } from '../../../src/renderer/store/db';
import { getBundle } from '../../../src/renderer/store/bundle';
import { listNotes } from '../../../src/renderer/store/notes';
import { listQuestions } from '../../../src/renderer/store/questions';
import { listDrafts, saveDraft } from '../../../src/renderer/store/drafts';
import { noteSlot } from '../../../src/renderer/store/types';
import { CURRENT_VERSION, declareSchema } from '../../../src/renderer/store/schema';
import { dropDb, makeBundle, testContext, uniqueName } from './helpers';

const byId = (list: readonly { id: string }[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));

/** Writes a database exactly as the v1 release did: v1 stores only, records as given. */
async function writeV1(name: string, bundle: EventBundle, extra: { table: string; record: object }[]): Promise<void> {
  const old = new Dexie(name);
  declareSchema(old, 1);
  await old.open();
  expect(old.verno).toBe(1);
  await old.table('events').add(bundle.event);
  await old.table('questions').bulkAdd(bundle.questions);
  await old.table('participants').bulkAdd(bundle.participants);
  await old.table('notes').bulkAdd(bundle.notes);
  await old.table('turns').bulkAdd(bundle.turns);
  await old.table('syntheses').bulkAdd(bundle.syntheses);
  await old.table('settings').put({ key: 'uiLanguage', value: 'en' });
  for (const { table, record } of extra) await old.table(table).add(record);
  old.close();
}

describe('schema migration v1 → v2', () => {
  let db: RelatorDb | undefined;
  afterEach(async () => {
    if (db) await dropDb(db);
    db = undefined;
  });

  it('keeps every record of every kind intact, and the new indexes and drafts work', async () => {
    const ctx = testContext();
    const bundle = makeBundle(ctx);
    const name = uniqueName();
    await writeV1(name, bundle, []);

    db = await openRelatorDb(name, ctx);
    expect(db.verno).toBe(CURRENT_VERSION);

    const stored = await getBundle(db, bundle.event.id);
    expect(stored.event).toEqual(bundle.event);
    for (const key of ['questions', 'participants', 'notes', 'turns', 'syntheses'] as const) {
      expect(byId(stored[key])).toEqual(byId(bundle[key]));
    }
    expect(await db.settings.get('uiLanguage')).toEqual({ key: 'uiLanguage', value: 'en' });

    // v2's compound indexes answer per-question reads over the migrated notes.
    const q1 = bundle.questions[0]!;
    expect((await listNotes(db, bundle.event.id, q1.id)).map((n) => n.text)).toEqual(['Más carriles bici']);
    expect((await listNotes(db, bundle.event.id, null)).map((n) => n.text)).toEqual(['Nota general']);
    expect((await listQuestions(db, bundle.event.id)).map((q) => q.id)).toEqual(bundle.questions.map((q) => q.id));

    const key = { eventId: bundle.event.id, slot: noteSlot(q1.id), questionId: q1.id, tabId: 'tab-1' };
    await saveDraft(db, key, 'a medio escribir');
    expect((await listDrafts(db, bundle.event.id, noteSlot(q1.id))).map((d) => d.text)).toEqual(['a medio escribir']);
  });

  it('backfills fields that early v1 records lacked, without touching the ones they had', async () => {
    const ctx = testContext();
    const bundle = makeBundle(ctx);
    const name = uniqueName();
    const eventId = bundle.event.id;
    const at = new Date(ctx.nowMs()).toISOString();
    const stamp = { createdAt: at, updatedAt: at };
    await writeV1(name, bundle, [
      { table: 'notes', record: { id: 'old-note', eventId, questionId: null, text: 'nota antigua', ...stamp } },
      { table: 'questions', record: { id: 'old-q', eventId, order: 2, text: 'pregunta antigua', ...stamp } },
    ]);

    db = await openRelatorDb(name, ctx);
    const note = await db.notes.get('old-note');
    expect(note).toEqual({
      id: 'old-note',
      eventId,
      questionId: null,
      text: 'nota antigua',
      ...stamp,
      deletedAt: null,
      elapsedMs: null,
      speakerId: null,
      kind: 'idea',
      tags: [],
      starred: false,
      editedAt: null,
      action: null,
    });
    expect(await db.questions.get('old-q')).toMatchObject({ block: '', deletedAt: null, order: 2, text: 'pregunta antigua' });
    // A backfilled array is the record's own, not one shared by every migrated record.
    note!.tags.push('x');
    expect((await db.notes.get('old-note'))!.tags).toEqual([]);
  });
});

describe('schema migration v2 → v3', () => {
  let db: RelatorDb | undefined;
  afterEach(async () => {
    if (db) await dropDb(db);
    db = undefined;
  });

  it('gives participants stored before cargo and sector were fields an empty cargo and sector, keeping the rest', async () => {
    const ctx = testContext();
    const bundle = makeBundle(ctx);
    const name = uniqueName();
    const old = new Dexie(name);
    declareSchema(old, 2);
    await old.open();
    await old.table('events').add(bundle.event);
    // As a v2 build wrote them: "cargo, institución" together in the affiliation, no cargo or sector.
    const stored = bundle.participants.map(({ position: _p, sector: _s, ...rest }) => ({ ...rest, affiliation: 'Directora, SEDATU' }));
    await old.table('participants').bulkAdd(stored);
    old.close();

    db = await openRelatorDb(name, ctx);
    expect(db.verno).toBe(CURRENT_VERSION);
    const migrated = await getBundle(db, bundle.event.id);
    expect(byId(migrated.participants)).toEqual(byId(stored.map((p) => ({ ...p, position: '', sector: '' }))));
  });
});

describe('schema migration v3 → v4', () => {
  let db: RelatorDb | undefined;
  afterEach(async () => {
    if (db) await dropDb(db);
    db = undefined;
  });

  it("gives events stored before the relatoría's texts existed an empty text for each, keeping the rest", async () => {
    const ctx = testContext();
    const bundle = makeBundle(ctx);
    const name = uniqueName();
    const old = new Dexie(name);
    declareSchema(old, 3);
    await old.open();
    const {
      executiveSummary: _a,
      introduction: _b,
      methodology: _c,
      consensus: _d,
      recommendations: _e,
      nextSteps: _f,
      preparedBy: _g,
      reviewedBy: _h,
      ...stored
    } = bundle.event;
    await old.table('events').add(stored);
    old.close();

    db = await openRelatorDb(name, ctx);
    expect(await db.events.get(bundle.event.id)).toEqual(bundle.event);
  });
});

describe('schema migration v4 → v5', () => {
  let db: RelatorDb | undefined;
  afterEach(async () => {
    if (db) await dropDb(db);
    db = undefined;
  });

  it('keeps every record and adds an empty store for the texts merges keep aside for review', async () => {
    const ctx = testContext();
    const bundle = makeBundle(ctx);
    const name = uniqueName();
    const old = new Dexie(name);
    declareSchema(old, 4);
    await old.open();
    await old.table('events').add(bundle.event);
    await old.table('notes').bulkAdd(bundle.notes);
    old.close();

    db = await openRelatorDb(name, ctx);
    expect(db.verno).toBe(CURRENT_VERSION);
    expect(await db.events.get(bundle.event.id)).toEqual(bundle.event);
    expect(byId(await db.notes.toArray())).toEqual(byId(bundle.notes));
    expect(await db.mergeConflicts.where('eventId').equals(bundle.event.id).count()).toBe(0);
  });
});

describe('schema migration v5 → v6', () => {
  let db: RelatorDb | undefined;
  afterEach(async () => {
    if (db) await dropDb(db);
    db = undefined;
  });

  it('gives events stored before attendance existed an empty list and no counts, keeping the rest', async () => {
    const ctx = testContext();
    const bundle = makeBundle(ctx);
    const name = uniqueName();
    const old = new Dexie(name);
    declareSchema(old, 5);
    await old.open();
    const { attendance: _a, ...stored } = bundle.event;
    await old.table('events').add(stored);
    old.close();

    db = await openRelatorDb(name, ctx);
    expect(db.verno).toBe(CURRENT_VERSION);
    expect(await db.events.get(bundle.event.id)).toEqual({ ...bundle.event, attendance: { list: [], counts: [] } });
  });
});

describe('schema migration v6 → v7', () => {
  let db: RelatorDb | undefined;
  afterEach(async () => {
    if (db) await dropDb(db);
    db = undefined;
  });

  it('keeps every record and adds an empty photos store, read by the bundle as no photos', async () => {
    const ctx = testContext();
    const bundle = makeBundle(ctx);
    const name = uniqueName();
    const old = new Dexie(name);
    declareSchema(old, 6);
    await old.open();
    await old.table('events').add(bundle.event);
    await old.table('notes').bulkAdd(bundle.notes);
    old.close();

    db = await openRelatorDb(name, ctx);
    expect(db.verno).toBe(CURRENT_VERSION);
    expect(await db.events.get(bundle.event.id)).toEqual(bundle.event);
    expect(byId(await db.notes.toArray())).toEqual(byId(bundle.notes));
    expect((await getBundle(db, bundle.event.id)).photos).toEqual([]);
  });
});
