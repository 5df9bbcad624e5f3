import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RelatorDb } from '../../../src/renderer/store/db';
import { importBundle } from '../../../src/renderer/store/bundle';
import {
  countNotes,
  createEvent,
  deleteEvent,
  getEvent,
  listDeletedEvents,
  listEvents,
  purgeEvent,
  restoreEvent,
  updateEvent,
} from '../../../src/renderer/store/events';
import { saveDraft } from '../../../src/renderer/store/drafts';
import { noteSlot } from '../../../src/renderer/store/types';
import { getEventOverview, listEventSummaries } from '../../../src/renderer/store/queries';
import { dropDb, freshDb, makeBundle, T0, type testContext } from './helpers';

const iso = (ms: number) => new Date(ms).toISOString();

describe('events', () => {
  let db: RelatorDb;
  let ctx: ReturnType<typeof testContext>;
  beforeEach(async () => ({ db, ctx } = await freshDb()));
  afterEach(() => dropDb(db));

  it('are created, updated with a new updatedAt, and listed most recent first', async () => {
    const a = await createEvent(db, { title: 'A', language: 'en' });
    ctx.advance(1000);
    const b = await createEvent(db, { title: 'B' });
    expect((await listEvents(db)).map((e) => e.title)).toEqual(['B', 'A']);

    ctx.advance(1000);
    const updated = await updateEvent(db, a.id, { place: 'Sala 2', objectives: ['Escuchar'] });
    expect(updated).toMatchObject({ title: 'A', language: 'en', place: 'Sala 2', createdAt: iso(T0), updatedAt: iso(T0 + 2000) });
    expect(await getEvent(db, a.id)).toEqual(updated);
    expect((await listEvents(db)).map((e) => e.id)).toEqual([a.id, b.id]);
  });

  it('fail to update as not-found when missing', async () => {
    await expect(updateEvent(db, 'missing', { title: 'x' })).rejects.toMatchObject({ name: 'StoreError', code: 'not-found' });
  });

  it('takes a time zone only from the IANA list, never free text', async () => {
    const a = await createEvent(db, { title: 'A', timeZone: 'America/Mexico_City' });
    await expect(updateEvent(db, a.id, { timeZone: 'Hora de México' })).rejects.toMatchObject({ name: 'StoreError', code: 'invalid' });
    expect((await getEvent(db, a.id))?.timeZone).toBe('America/Mexico_City');
    expect((await updateEvent(db, a.id, { timeZone: 'America/Tijuana' })).timeZone).toBe('America/Tijuana');
  });

  it('go to the bin and come back with everything they held', async () => {
    const bundle = makeBundle(ctx);
    await importBundle(db, bundle);
    ctx.advance(1000);
    await deleteEvent(db, bundle.event.id);
    expect(await listEvents(db)).toEqual([]);
    expect((await listDeletedEvents(db)).map((e) => e.deletedAt)).toEqual([iso(T0 + 1000)]);
    expect(await db.notes.count()).toBe(bundle.notes.length);

    await restoreEvent(db, bundle.event.id);
    expect((await listEvents(db)).map((e) => e.id)).toEqual([bundle.event.id]);
    expect((await getEventOverview(db, bundle.event.id))!.questions).toHaveLength(2);
  });

  it('are purged with every record and draft of theirs, leaving other events alone', async () => {
    const doomed = makeBundle(ctx, 'Borrar');
    const kept = makeBundle(ctx, 'Conservar');
    await importBundle(db, doomed);
    await importBundle(db, kept);
    await saveDraft(db, { eventId: doomed.event.id, slot: noteSlot(null), questionId: null, tabId: 't' }, 'texto');
    await purgeEvent(db, doomed.event.id);
    expect(await getEvent(db, doomed.event.id)).toBeUndefined();
    for (const table of [db.questions, db.participants, db.notes, db.turns, db.syntheses]) {
      expect(await table.where('eventId').equals(doomed.event.id).count()).toBe(0);
    }
    expect(await db.drafts.count()).toBe(0);
    expect(await db.notes.count()).toBe(kept.notes.length);
  });

  it('summaries count live questions and notes only', async () => {
    const bundle = makeBundle(ctx);
    await importBundle(db, bundle);
    await createEvent(db, { title: 'Vacío' });
    const summaries = await listEventSummaries(db);
    const full = summaries.find((s) => s.event.id === bundle.event.id)!;
    // makeBundle holds 4 notes, one of them soft-deleted.
    expect(full).toMatchObject({ questionCount: 2, noteCount: 3 });
    expect(summaries.find((s) => s.event.title === 'Vacío')).toMatchObject({ questionCount: 0, noteCount: 0 });
    expect(await countNotes(db, bundle.event.id)).toBe(3);
  });

  it('overview is null for an event that does not exist', async () => {
    expect(await getEventOverview(db, 'missing')).toBeNull();
  });
});
