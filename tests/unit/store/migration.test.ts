import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { promoteMesaBlocks } from '../../../src/core/file-format';
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

/** Writes a database exactly as a build at `version` did: that version's stores only, records as given. */
async function writeAt(version: number, name: string, fill: (old: Dexie) => Promise<unknown>): Promise<void> {
  const old = new Dexie(name);
  declareSchema(old, version);
  await old.open();
  expect(old.verno).toBe(version);
  await fill(old);
  old.close();
}

/** The v1 release's database: every store filled from the bundle, plus `extra` records as they were. */
function writeV1(name: string, bundle: EventBundle, extra: { table: string; record: object }[]): Promise<void> {
  return writeAt(1, name, async (old) => {
    await old.table('events').add(bundle.event);
    await old.table('questions').bulkAdd(bundle.questions);
    await old.table('participants').bulkAdd(bundle.participants);
    await old.table('notes').bulkAdd(bundle.notes);
    await old.table('turns').bulkAdd(bundle.turns);
    await old.table('syntheses').bulkAdd(bundle.syntheses);
    await old.table('settings').put({ key: 'uiLanguage', value: 'en' });
    for (const { table, record } of extra) await old.table(table).add(record);
  });
}

let db: RelatorDb | undefined;
afterEach(async () => {
  if (db) await dropDb(db);
  db = undefined;
});

/** Opens `name` with the current schema, so every upgrade from its version runs. */
async function openCurrent(name: string, ctx: ReturnType<typeof testContext>): Promise<RelatorDb> {
  db = await openRelatorDb(name, ctx);
  expect(db.verno).toBe(CURRENT_VERSION);
  return db;
}

describe('schema migration v1 → v2', () => {
  it('keeps every record of every kind intact, and the new indexes and drafts work', async () => {
    const ctx = testContext();
    const bundle = makeBundle(ctx);
    const name = uniqueName();
    await writeV1(name, bundle, []);

    db = await openCurrent(name, ctx);

    const stored = await getBundle(db, bundle.event.id);
    expect(stored.event).toEqual(bundle.event);
    for (const key of ['participants', 'notes', 'turns', 'syntheses'] as const) {
      expect(byId(stored[key])).toEqual(byId(bundle[key]));
    }
    // v5 reads the block "Mesa 2" as a mesa, exactly as reading a v1 file does.
    const promoted = promoteMesaBlocks(bundle.event, bundle.questions);
    expect(byId(stored.questions)).toEqual(byId(promoted.questions));
    expect(stored.mesas).toEqual(promoted.mesas);
    expect(stored.mesas.map((m) => m.name)).toEqual(['Mesa 2']);
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

    db = await openCurrent(name, ctx);
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
      mesaId: null,
      authorId: null,
      authorName: '',
    });
    expect(await db.questions.get('old-q')).toMatchObject({ block: '', mesaIds: [], deletedAt: null, order: 2, text: 'pregunta antigua' });
    // A backfilled array is the record's own, not one shared by every migrated record.
    note!.tags.push('x');
    expect((await db.notes.get('old-note'))!.tags).toEqual([]);
  });
});

describe('schema migration v2 → v3', () => {
  it('gives participants stored before cargo and sector were fields an empty cargo and sector, keeping the rest', async () => {
    const ctx = testContext();
    const bundle = makeBundle(ctx);
    const name = uniqueName();
    // As a v2 build wrote them: "cargo, institución" together in the affiliation, no cargo or sector.
    const stored = bundle.participants.map(({ position: _p, sector: _s, ...rest }) => ({ ...rest, affiliation: 'Directora, SEDATU' }));
    await writeAt(2, name, async (old) => {
      await old.table('events').add(bundle.event);
      await old.table('participants').bulkAdd(stored);
    });

    db = await openCurrent(name, ctx);
    const migrated = await getBundle(db, bundle.event.id);
    expect(byId(migrated.participants)).toEqual(byId(stored.map((p) => ({ ...p, position: '', sector: '' }))));
  });
});

describe('schema migration v3 → v4', () => {
  it("gives events stored before the relatoría's texts existed an empty text for each, keeping the rest", async () => {
    const ctx = testContext();
    const bundle = makeBundle(ctx);
    const name = uniqueName();
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
    await writeAt(3, name, async (old) => {
      await old.table('events').add(stored);
    });

    db = await openCurrent(name, ctx);
    expect(await db.events.get(bundle.event.id)).toEqual(bundle.event);
  });
});

describe('schema migration v4 → v5', () => {
  it('keeps every record and adds an empty store for the texts merges keep aside for review', async () => {
    const ctx = testContext();
    const bundle = makeBundle(ctx);
    const name = uniqueName();
    await writeAt(4, name, async (old) => {
      await old.table('events').add(bundle.event);
      await old.table('notes').bulkAdd(bundle.notes);
    });

    db = await openCurrent(name, ctx);
    expect(await db.events.get(bundle.event.id)).toEqual(bundle.event);
    expect(byId(await db.notes.toArray())).toEqual(byId(bundle.notes));
    expect(await db.mergeConflicts.where('eventId').equals(bundle.event.id).count()).toBe(0);
  });
});

describe('schema migration v5 → v6', () => {
  it('gives events stored before attendance existed an empty list and no counts, keeping the rest', async () => {
    const ctx = testContext();
    const bundle = makeBundle(ctx);
    const name = uniqueName();
    const { attendance: _a, ...stored } = bundle.event;
    await writeAt(5, name, async (old) => {
      await old.table('events').add(stored);
    });

    db = await openCurrent(name, ctx);
    expect(await db.events.get(bundle.event.id)).toEqual({ ...bundle.event, attendance: { list: [], counts: [] } });
  });
});

describe('schema migration v6 → v7', () => {
  it('keeps every record and adds an empty photos store, read by the bundle as no photos', async () => {
    const ctx = testContext();
    const bundle = makeBundle(ctx);
    const name = uniqueName();
    await writeAt(6, name, async (old) => {
      await old.table('events').add(bundle.event);
      await old.table('notes').bulkAdd(bundle.notes);
    });

    db = await openCurrent(name, ctx);
    expect(await db.events.get(bundle.event.id)).toEqual(bundle.event);
    expect(byId(await db.notes.toArray())).toEqual(byId(bundle.notes));
    expect((await getBundle(db, bundle.event.id)).photos).toEqual([]);
  });
});

describe('schema migration v7 → v8 (mesas and note authors)', () => {
  it('turns blocks named like mesas into mesas, leaves other blocks as headings, and gives every record the plenary and no author', async () => {
    const ctx = testContext();
    const bundle = makeBundle(ctx);
    const name = uniqueName();
    // As a v7 build wrote them: no mesas table, no mesa or author fields.
    const questions = bundle.questions.map(({ mesaIds: _m, ...q }, i) => ({ ...q, block: ['Eje 1', 'Mesa 2: Financiamiento'][i]! }));
    const notes = bundle.notes.map(({ mesaId: _m, authorId: _a, authorName: _n, ...n }) => n);
    await writeAt(7, name, async (old) => {
      await old.table('events').add(bundle.event);
      await old.table('questions').bulkAdd(questions);
      await old.table('notes').bulkAdd(notes);
      await old.table('turns').bulkAdd(bundle.turns.map(({ mesaId: _m, ...t }) => t));
      await old.table('syntheses').bulkAdd(bundle.syntheses.map(({ mesaId: _m, ...s }) => s));
    });

    db = await openCurrent(name, ctx);
    const migrated = await getBundle(db, bundle.event.id);
    expect(migrated.mesas).toMatchObject([{ name: 'Mesa 2: Financiamiento', order: 0, room: '', rapporteurs: [], deletedAt: null }]);
    const [q1, q2] = migrated.questions;
    expect(q1).toMatchObject({ block: 'Eje 1', mesaIds: [] });
    expect(q2).toMatchObject({ block: '', mesaIds: [migrated.mesas[0]!.id] });
    // Nothing else moved: same times, so a copy converted elsewhere merges with this one record by record.
    expect(q2!.updatedAt).toBe(bundle.questions[1]!.updatedAt);
    expect(migrated.notes.every((n) => n.mesaId === null && n.authorId === null && n.authorName === '')).toBe(true);
    expect(migrated.turns.every((t) => t.mesaId === null)).toBe(true);
    expect(migrated.syntheses.every((s) => s.mesaId === null)).toBe(true);
    // The same event read from its v1 file gets the same mesa, id included.
    const fromFile = promoteMesaBlocks(bundle.event, questions);
    expect(fromFile.mesas).toEqual(migrated.mesas);
  });
});

describe('schema migration v8 → v9', () => {
  it('reads the images stored before logos existed as photos', async () => {
    const ctx = testContext();
    const bundle = makeBundle(ctx);
    const name = uniqueName();
    const at = bundle.event.createdAt;
    const image = { id: ctx.newId(), createdAt: at, updatedAt: at, deletedAt: null, eventId: bundle.event.id, order: 0, caption: 'Foto' };
    await writeAt(8, name, async (old) => {
      await old.table('events').add(bundle.event);
      await old.table('photos').add({ ...image, mediaType: 'image/png', width: 1, height: 1, data: new Uint8Array([1]) });
    });

    db = await openCurrent(name, ctx);
    expect((await getBundle(db, bundle.event.id)).photos).toMatchObject([{ ...image, kind: 'photo' }]);
  });
});
