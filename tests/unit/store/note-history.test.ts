import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NoteHistoryController } from '../../../src/renderer/capture/note-history';
import { addNote, addQuestion, applyNotePatches, createEvent, listBin, listEventNotes, setDb } from '../../../src/renderer/store';
import type { RelatorDb } from '../../../src/renderer/store/db';
import { dropDb, freshDb, type testContext } from './helpers';

/**
 * The capture history against a real (fake-indexeddb) database: what Ctrl+Z and Ctrl+Shift+Z
 * write, and what they refuse to write when another window changed a note.
 */
describe('the capture history on the store', () => {
  let db: RelatorDb;
  let ctx: ReturnType<typeof testContext>;
  let eventId: string;
  let q1: string;
  let q2: string;
  let history: NoteHistoryController;
  beforeEach(async () => {
    ({ db, ctx } = await freshDb());
    setDb(db);
    eventId = (await createEvent({ title: 'Foro' })).id;
    q1 = (await addQuestion(eventId, '¿Qué?')).id;
    q2 = (await addQuestion(eventId, '¿Cómo?')).id;
    history = new NoteHistoryController();
  });
  afterEach(() => dropDb(db));

  const add = async (text: string) => {
    ctx.advance(1000);
    const note = await addNote(eventId, { text, questionId: q1 });
    history.recordAdded(note);
    return note;
  };
  const state = async () =>
    (await listEventNotes(eventId, true)).map((n) => ({
      text: n.text,
      q: n.questionId === q1 ? 1 : n.questionId === q2 ? 2 : 0,
      starred: n.starred,
      kind: n.kind,
      speakerId: n.speakerId,
      edited: n.editedAt !== null,
      deleted: n.deletedAt !== null,
    }));

  it('walks back and forth through add, edit, kind, speaker, star, move and delete', async () => {
    const a = await add('Primera');
    const b = await add('Segunda');
    const steps: Array<() => Promise<unknown>> = [
      () => history.perform(null, [{ id: a.id, patch: { text: 'Primera, corregida' } }]),
      () => history.perform(null, [{ id: a.id, patch: { kind: 'proposal' } }]),
      () => history.perform(null, [{ id: b.id, patch: { speakerId: '00000000-0000-4000-8000-000000000001' } }]),
      () => history.perform('star', [{ id: b.id, patch: { starred: true } }]),
      () =>
        history.perform('move', [
          { id: a.id, patch: { questionId: q2 } },
          { id: b.id, patch: { questionId: q2 } },
        ]),
      () => history.perform('delete', [{ id: a.id, patch: { deleted: true } }]),
    ];
    const states = [await state()];
    for (const step of steps) {
      ctx.advance(1000);
      await step();
      states.push(await state());
    }
    expect(history.history.past.map((e) => e.kind)).toEqual(['add', 'add', 'edit', 'kind', 'speaker', 'star', 'move', 'delete']);

    for (let i = steps.length - 1; i >= 0; i--) {
      ctx.advance(1000);
      const outcome = await history.undo();
      expect(outcome.status).toBe('done');
      expect(await state()).toEqual(states[i]);
    }
    for (let i = 1; i <= steps.length; i++) {
      ctx.advance(1000);
      expect((await history.redo()).status).toBe('done');
      expect(await state()).toEqual(states[i]);
    }
  });

  it('undoes an add by putting the note in the bin, and redoes it by taking it out', async () => {
    const a = await add('Nota de prueba');
    expect((await history.undo()).status).toBe('done');
    expect((await listBin(eventId)).map((n) => n.id)).toEqual([a.id]);
    await history.redo();
    expect(await listBin(eventId)).toEqual([]);
  });

  it('runs quick undos one after another, each seeing what the previous one wrote', async () => {
    const a = await add('A');
    for (const tag of ['uno', 'dos', 'tres']) {
      ctx.advance(1000);
      const tags = (await listEventNotes(eventId)).find((n) => n.id === a.id)!.tags;
      await history.perform('tag', [{ id: a.id, patch: { tags: [...tags, tag] } }]);
    }
    const outcomes = await Promise.all([history.undo(), history.undo(), history.undo()]);
    expect(outcomes.map((o) => o.status)).toEqual(['done', 'done', 'done']);
    expect((await listEventNotes(eventId))[0]!.tags).toEqual([]);
  });

  it('does not overwrite a change another window made to the same note: it reports it and forgets that step', async () => {
    const a = await add('Mi versión');
    ctx.advance(1000);
    await history.perform(null, [{ id: a.id, patch: { text: 'Mi versión, editada' } }]);
    ctx.advance(1000);
    // Another tab (not this history) edits the text.
    await applyNotePatches([{ id: a.id, patch: { text: 'La versión de la otra pestaña' } }]);
    const outcome = await history.undo();
    expect(outcome).toMatchObject({ status: 'conflict', direction: 'undo', current: { text: 'La versión de la otra pestaña' } });
    expect((await listEventNotes(eventId))[0]!.text).toBe('La versión de la otra pestaña');
    // The add of that note is about the same note: it goes too, so nothing older can write over it.
    expect(history.history.past).toEqual([]);
    expect((await history.undo()).status).toBe('empty');
  });

  it('forgets the notes it purged from the bin', async () => {
    const a = await add('Se irá para siempre');
    ctx.advance(1000);
    await history.perform('delete', [{ id: a.id, patch: { deleted: true } }]);
    expect(await history.empty(eventId, [a.id])).toEqual([a.id]);
    expect(history.history.past).toEqual([]);
  });

  it('restores from the bin as an action Ctrl+Z can take back', async () => {
    const a = await add('En la papelera');
    ctx.advance(1000);
    await history.perform('delete', [{ id: a.id, patch: { deleted: true } }]);
    ctx.advance(1000);
    const { entry } = await history.restore([a.id]);
    expect(entry?.kind).toBe('restore');
    expect(await listBin(eventId)).toEqual([]);
    ctx.advance(1000);
    await history.undo();
    expect((await listBin(eventId)).map((n) => n.id)).toEqual([a.id]);
  });
});
