import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Note } from '../../../src/core/model/types';
import {
  addNote,
  addQuestion,
  createEvent,
  importBundle,
  setDb,
  subscribeNotes,
  updateNote,
  type NoteListScope,
} from '../../../src/renderer/store';
import type { RelatorDb } from '../../../src/renderer/store/db';
import { moveNotes, restoreNote, softDeleteNote } from '../../../src/renderer/store/notes';
import { dropDb, freshDb, makeBundle, type testContext } from './helpers';

/** Follows a note list; `next()` resolves with the next emission not yet taken (texts only). */
function follow(eventId: string, scope: NoteListScope) {
  const seen: (readonly Note[])[] = [];
  const waiters: (() => void)[] = [];
  let taken = 0;
  const stop = subscribeNotes(eventId, scope, (notes) => {
    seen.push(notes);
    waiters.shift()?.();
  });
  const next = async () => {
    if (taken >= seen.length) {
      await new Promise<void>((resolve, reject) => {
        waiters.push(resolve);
        setTimeout(() => reject(new Error('no emission within 2 s')), 2000);
      });
    }
    return seen[taken++]!;
  };
  const texts = async () => (await next()).map((n) => n.text);
  return { next, texts, stop, seen };
}

describe('note lists that follow the database', () => {
  let db: RelatorDb;
  let ctx: ReturnType<typeof testContext>;
  beforeEach(async () => {
    ({ db, ctx } = await freshDb());
    setDb(db);
  });
  afterEach(() => dropDb(db));

  it('list one question, the general notes or all of them, oldest first and without deleted notes', async () => {
    const bundle = makeBundle(ctx);
    await importBundle(bundle);
    const [q1, q2] = bundle.questions;
    const lists = [
      follow(bundle.event.id, q1!.id),
      follow(bundle.event.id, q2!.id),
      follow(bundle.event.id, null),
      follow(bundle.event.id, 'all'),
    ];
    expect(await lists[0]!.texts()).toEqual(['Más carriles bici']);
    expect(await lists[1]!.texts()).toEqual(['Presupuesto participativo']);
    expect(await lists[2]!.texts()).toEqual(['Nota general']);
    // makeBundle's notes share one instant, so their order among themselves is not defined.
    expect((await lists[3]!.texts()).sort()).toEqual(['Más carriles bici', 'Nota general', 'Presupuesto participativo']);
    for (const l of lists) l.stop();
  });

  it('show a save, an edit, a move, a deletion and a restore, reading only the note each write names', async () => {
    const event = await createEvent({ title: 'Foro' });
    const q1 = await addQuestion(event.id, 'Uno');
    const q2 = await addQuestion(event.id, 'Dos');
    const first = follow(event.id, q1.id);
    const second = follow(event.id, q2.id);
    expect(await first.texts()).toEqual([]);
    expect(await second.texts()).toEqual([]);

    const reads = vi.spyOn(db.notes, 'bulkGet');
    const a = await addNote(event.id, { text: 'a', questionId: q1.id });
    expect(await first.texts()).toEqual(['a']);
    ctx.advance(1000);
    const b = await addNote(event.id, { text: 'b', questionId: q1.id });
    expect(await first.texts()).toEqual(['a', 'b']);
    // Each list read the saved note alone (one read per list following the event), never the whole list.
    expect(reads.mock.calls.map(([ids]) => ids).sort()).toEqual([[a.id], [a.id], [b.id], [b.id]].sort());

    await updateNote(a.id, { text: 'a corregida' });
    expect(await first.texts()).toEqual(['a corregida', 'b']);
    await moveNotes(db, [a.id], q2.id);
    expect(await first.texts()).toEqual(['b']);
    expect(await second.texts()).toEqual(['a corregida']);
    await softDeleteNote(db, b.id);
    expect(await first.texts()).toEqual([]);
    await restoreNote(db, b.id);
    expect(await first.texts()).toEqual(['b']);
    first.stop();
    second.stop();
  });

  it('keep a note saved out of order (a clock moved back) in time order', async () => {
    const event = await createEvent({ title: 'Foro' });
    const all = follow(event.id, 'all');
    expect(await all.texts()).toEqual([]);
    ctx.advance(60_000);
    await addNote(event.id, { text: 'después' });
    expect(await all.texts()).toEqual(['después']);
    ctx.advance(-30_000);
    await addNote(event.id, { text: 'antes' });
    expect(await all.texts()).toEqual(['antes', 'después']);
    all.stop();
  });

  it('read the whole list again after a bulk write, and never list another event’s notes', async () => {
    const event = await createEvent({ title: 'Foro' });
    const all = follow(event.id, 'all');
    expect(await all.texts()).toEqual([]);
    const other = makeBundle(ctx, 'Otro');
    other.notes = Array.from({ length: 60 }, (_, i) => ({ ...other.notes[0]!, id: globalThis.crypto.randomUUID(), text: `otra ${i}` }));
    await importBundle(other);
    await addNote(event.id, { text: 'mía' });
    // The import of 60 notes (a range, not ids) made the list be read again: still empty, then the save.
    const emitted = [await all.texts()];
    if (emitted[0]!.length === 0) emitted.push(await all.texts());
    expect(emitted.at(-1)).toEqual(['mía']);
    all.stop();
  });

  it('hold each note as it is stored, tags, author and mesa included, saved one by one or read in bulk', async () => {
    const event = await createEvent({ title: 'Foro' });
    const q1 = await addQuestion(event.id, 'Uno');
    const all = follow(event.id, 'all');
    expect(await all.texts()).toEqual([]);
    await addNote(event.id, { text: 'a', questionId: q1.id, tags: ['agua', 'vivienda'], authorId: 'autora-1', authorName: 'Ana' });
    await all.next();
    ctx.advance(1000);
    await addNote(event.id, { text: 'b', tags: ['agua', 'Agua', 'agua'], authorId: 'autora-1', authorName: 'Ana' });
    ctx.advance(1000);
    await addNote(event.id, { text: 'c', questionId: q1.id, tags: [], authorId: null, authorName: '' });
    const stored = async () =>
      (await db.notes.where('eventId').equals(event.id).toArray()).sort((x, y) => (x.createdAt < y.createdAt ? -1 : 1));
    let listed = await all.next();
    while (listed.length < 3) listed = await all.next();
    expect(listed).toEqual(await stored());
    all.stop();
    // A list opened now reads them all at once.
    const again = follow(event.id, 'all');
    expect(await again.next()).toEqual(await stored());
    again.stop();
  });

  it('give every view of the same list one shared copy, and stop following once nobody does', async () => {
    const bundle = makeBundle(ctx);
    await importBundle(bundle);
    const a = follow(bundle.event.id, 'all');
    const first = await a.next();
    const b = follow(bundle.event.id, 'all');
    expect(await b.next()).toBe(first);
    a.stop();
    b.stop();
    const reads = vi.spyOn(db.notes, 'bulkGet');
    await addNote(bundle.event.id, { text: 'nadie mira' });
    await new Promise((r) => setTimeout(r, 50));
    expect(reads).not.toHaveBeenCalled();
    expect(a.seen).toHaveLength(1);
  });
});
