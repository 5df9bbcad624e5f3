import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  addNote,
  addQuestion,
  createEvent,
  getDb,
  importBundle,
  listEventSummaries,
  liveEventOverview,
  liveNotes,
  setDb,
  subscribeLive,
  updateNote,
} from '../../../src/renderer/store';
import type { RelatorDb } from '../../../src/renderer/store/db';
import { dropDb, freshDb, makeBundle, type testContext } from './helpers';

/** Collects a live query's emissions; `next()` resolves with the next one not yet taken. */
function watch<T>(querier: () => Promise<T>) {
  const seen: T[] = [];
  const waiters: ((v: T) => void)[] = [];
  let taken = 0;
  const stop = subscribeLive(querier, (value) => {
    seen.push(value);
    const waiter = waiters.shift();
    if (waiter) waiter(seen[taken++]!);
  });
  const next = () =>
    new Promise<T>((resolve, reject) => {
      if (taken < seen.length) return resolve(seen[taken++]!);
      waiters.push(resolve);
      setTimeout(() => reject(new Error('no emission within 2 s')), 2000);
    });
  return { next, stop };
}

describe('live queries through the public store API', () => {
  let db: RelatorDb;
  let ctx: ReturnType<typeof testContext>;
  beforeEach(async () => {
    ({ db, ctx } = await freshDb());
    setDb(db);
  });
  afterEach(() => dropDb(db));

  it('uses the database it was pointed at', () => {
    expect(getDb()).toBe(db);
  });

  it('show a saved note under its question, and its edit, without reloading', async () => {
    const event = await createEvent({ title: 'Foro' });
    const q = await addQuestion(event.id, 'Q');
    const notes = watch(() => liveNotes(event.id, q.id));
    expect(await notes.next()).toEqual([]);

    const note = await addNote(event.id, { text: 'primera', questionId: q.id });
    expect((await notes.next()).map((n) => n.text)).toEqual(['primera']);
    await updateNote(note.id, { text: 'corregida' });
    expect((await notes.next()).map((n) => n.text)).toEqual(['corregida']);
    notes.stop();
  });

  it('update the events list and the event screen after an import', async () => {
    const bundle = makeBundle(ctx, 'Importado');
    const list = watch(() => listEventSummaries());
    const overview = watch(() => liveEventOverview(bundle.event.id));
    expect(await list.next()).toEqual([]);
    expect(await overview.next()).toBeNull();

    await importBundle(bundle);
    expect((await list.next()).map((s) => [s.event.title, s.questionCount, s.noteCount])).toEqual([['Importado', 2, 3]]);
    const shown = await overview.next();
    expect(shown?.questions.map((q) => q.text)).toEqual(bundle.questions.map((q) => q.text));
    list.stop();
    overview.stop();
  });
});
