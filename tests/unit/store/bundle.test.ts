import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EventBundle } from '../../../src/core/model/types';
import type { RelatorDb } from '../../../src/renderer/store/db';
import { duplicateEvent, getBundle, importBundle } from '../../../src/renderer/store/bundle';
import { StoreError } from '../../../src/renderer/store/errors';
import { createEvent, listEvents } from '../../../src/renderer/store/events';
import { dropDb, freshDb, makeBundle, type testContext } from './helpers';

const byId = (list: readonly { id: string }[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));

function expectSameRecords(actual: EventBundle, expected: EventBundle): void {
  expect(actual.event).toEqual(expected.event);
  for (const key of ['questions', 'participants', 'notes', 'turns', 'syntheses'] as const) {
    expect(byId(actual[key])).toEqual(byId(expected[key]));
  }
}

async function tableSizes(db: RelatorDb): Promise<number[]> {
  return Promise.all(db.eventTables.map((t) => t.count()));
}

describe('event bundles', () => {
  let db: RelatorDb;
  let ctx: ReturnType<typeof testContext>;
  beforeEach(async () => ({ db, ctx } = await freshDb()));
  afterEach(() => dropDb(db));

  it('imports a new event and gives it back whole, soft-deleted records included', async () => {
    const bundle = makeBundle(ctx);
    expect(await importBundle(db, bundle)).toEqual({ status: 'imported', eventId: bundle.event.id, mode: 'new' });
    const stored = await getBundle(db, bundle.event.id);
    expectSameRecords(stored, bundle);
    expect(stored.notes.filter((n) => n.deletedAt !== null)).toHaveLength(1);
  });

  it('reports progress in chunks and, when stopped midway, rolls the whole import back', async () => {
    await importBundle(db, makeBundle(ctx, 'Existente'));
    const before = await tableSizes(db);
    const big = makeBundle(ctx, 'Grande');
    const template = big.notes[0]!;
    big.notes = Array.from({ length: 60 }, (_, i) => ({ ...template, id: globalThis.crypto.randomUUID(), text: `Nota ${i}` }));

    const seen: number[] = [];
    const stopped = importBundle(db, big, {
      onProgress: (written, total) => seen.push(written / total),
      // Stop once half the notes are in: the event, questions and those notes must all go.
      stop: () => seen.length > 0 && seen.at(-1)! > 0.5,
      chunkRecords: 10,
    });
    await expect(stopped).rejects.toMatchObject({ name: 'StoreError', code: 'cancelled' });
    expect(seen.some((f) => f > 0.5)).toBe(true);
    expect(await tableSizes(db)).toEqual(before);
    expect(await db.events.get(big.event.id)).toBeUndefined();

    const progress: number[] = [];
    await importBundle(db, big, { onProgress: (written, total) => progress.push(written / total), chunkRecords: 10 });
    expect(progress.length).toBeGreaterThan(6);
    expect(progress.at(-1)).toBe(1);
    expect(await db.notes.where('eventId').equals(big.event.id).count()).toBe(60);
  });

  it('reports a missing event as not-found', async () => {
    await expect(getBundle(db, 'nope')).rejects.toMatchObject({ code: 'not-found' });
  });

  it('writes nothing when a record fails mid-way (duplicate note id)', async () => {
    await importBundle(db, makeBundle(ctx, 'Existente'));
    const before = await tableSizes(db);
    const bad = makeBundle(ctx, 'Rota');
    bad.notes.push({ ...bad.notes[0]!, text: 'same id twice' });

    const error = await importBundle(db, bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('conflict');
    expect(await tableSizes(db)).toEqual(before);
    expect(await db.events.get(bad.event.id)).toBeUndefined();
  });

  it('surfaces a full disk as a quota error and leaves no half-written event', async () => {
    const bundle = makeBundle(ctx);
    // The event and questions are written before notes, so a failure there must roll them back.
    vi.spyOn(db.notes, 'bulkAdd').mockRejectedValueOnce(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    await expect(importBundle(db, bundle)).rejects.toMatchObject({ name: 'StoreError', code: 'quota' });
    expect(await tableSizes(db)).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('refuses a record of another event inside the bundle before writing anything', async () => {
    const bundle = makeBundle(ctx);
    bundle.notes[0] = { ...bundle.notes[0]!, eventId: 'other' };
    await expect(importBundle(db, bundle)).rejects.toMatchObject({ code: 'invalid' });
    expect(await tableSizes(db)).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });

  describe('when the event is already here', () => {
    let original: EventBundle;
    let incoming: EventBundle;
    beforeEach(async () => {
      original = makeBundle(ctx, 'Original');
      await importBundle(db, original);
      ctx.advance(60_000);
      // The same event edited elsewhere: new title, one question fewer, one more note.
      incoming = structuredClone(original);
      incoming.event = { ...incoming.event, title: 'Editado', updatedAt: new Date(ctx.nowMs()).toISOString() };
      incoming.questions = incoming.questions.slice(0, 1);
      incoming.syntheses = [];
      incoming.notes = incoming.notes.filter((n) => n.questionId !== original.questions[1]!.id);
    });

    it('by default reports the conflict and writes nothing', async () => {
      const result = await importBundle(db, incoming);
      expect(result).toEqual({ status: 'conflict', existing: original.event });
      expectSameRecords(await getBundle(db, original.event.id), original);
    });

    it("replaces it: afterwards the event holds exactly the file's records", async () => {
      const result = await importBundle(db, incoming, { onConflict: 'replace' });
      expect(result).toEqual({ status: 'imported', eventId: original.event.id, mode: 'replaced' });
      expectSameRecords(await getBundle(db, original.event.id), incoming);
    });

    it('imports it as a copy under fresh ids, leaving the original alone', async () => {
      const result = await importBundle(db, incoming, { onConflict: 'copy', copySuffix: ' (copia)' });
      if (result.status !== 'imported') throw new Error('expected an import');
      expect(result.mode).toBe('copied');
      expect(result.eventId).not.toBe(original.event.id);
      expectSameRecords(await getBundle(db, original.event.id), original);
      const copy = await getBundle(db, result.eventId);
      expect(copy.event.title).toBe('Editado (copia)');
      expect(copy.notes.map((n) => n.text).sort()).toEqual(incoming.notes.map((n) => n.text).sort());
    });
  });

  it('duplicates an event with every id remapped and references kept consistent', async () => {
    const bundle = makeBundle(ctx);
    await importBundle(db, bundle);
    const copyEvent = await duplicateEvent(db, bundle.event.id, ' (copia)');
    const copy = await getBundle(db, copyEvent.id);

    expect(copy.event.title).toBe(`${bundle.event.title} (copia)`);
    const originalIds = new Set(
      [bundle.event, ...bundle.questions, ...bundle.participants, ...bundle.notes, ...bundle.turns, ...bundle.syntheses].map((r) => r.id),
    );
    const copyRecords = [copy.event, ...copy.questions, ...copy.participants, ...copy.notes, ...copy.turns, ...copy.syntheses];
    expect(copyRecords.some((r) => originalIds.has(r.id))).toBe(false);
    expect(copyRecords).toHaveLength(originalIds.size);

    const questionIds = new Set(copy.questions.map((q) => q.id));
    const speakerIds = new Set(copy.participants.map((p) => p.id));
    // The fixture has notes with a question and a speaker, so the checks below are not vacuous.
    expect(copy.notes.filter((n) => n.questionId !== null && n.speakerId !== null).length).toBeGreaterThan(0);
    for (const n of copy.notes) {
      expect(n.eventId).toBe(copy.event.id);
      if (n.questionId !== null) expect(questionIds.has(n.questionId)).toBe(true);
      if (n.speakerId !== null) expect(speakerIds.has(n.speakerId)).toBe(true);
    }
    expect(questionIds.has(copy.syntheses[0]!.questionId)).toBe(true);
    expect((await listEvents(db)).map((e) => e.id).sort()).toEqual([bundle.event.id, copyEvent.id].sort());
  });

  it('duplicating an event that does not exist fails as not-found and adds nothing', async () => {
    await createEvent(db, { title: 'Solo' });
    await expect(duplicateEvent(db, 'missing', ' (copia)')).rejects.toMatchObject({ code: 'not-found' });
    expect(await db.events.count()).toBe(1);
  });
});
