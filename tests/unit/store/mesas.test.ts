import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RelatorDb } from '../../../src/renderer/store/db';
import { getAuthor, setAuthorName } from '../../../src/renderer/store/author';
import { getCaptureMesa, getModeratorMesa, setCaptureMesa, setModeratorMesa } from '../../../src/renderer/store/mesa-choice';
import { getBundle } from '../../../src/renderer/store/bundle';
import { createEvent, updateEvent } from '../../../src/renderer/store/events';
import { addMesa, deleteMesa, listMesas, restoreMesa, updateMesa } from '../../../src/renderer/store/mesas';
import { addNote } from '../../../src/renderer/store/notes';
import { addQuestion, updateQuestion } from '../../../src/renderer/store/questions';
import { getSynthesis, saveSynthesis } from '../../../src/renderer/store/syntheses';
import { dropDb, freshDb, type testContext } from './helpers';

describe('mesas, authors and the mesa a rapporteur writes in', () => {
  let db: RelatorDb;
  let ctx: ReturnType<typeof testContext>;
  let eventId: string;
  beforeEach(async () => {
    ({ db, ctx } = await freshDb());
    eventId = (await createEvent(db, { title: 'Foro' })).id;
  });
  afterEach(() => dropDb(db));

  it('adds mesas in order, edits them, and keeps a deleted one out of the list until restored', async () => {
    const a = await addMesa(db, eventId, { name: 'Mesa 1', room: 'Sala A', moderator: 'Ana', rapporteurs: ['Luis'] });
    const b = await addMesa(db, eventId, { name: 'Mesa 2' });
    expect([a.order, b.order]).toEqual([0, 1]);
    ctx.advance(1000);
    await updateMesa(db, b.id, { room: 'Sala B', rapporteurs: ['Rosa', 'Iván'] });
    expect(await listMesas(db, eventId)).toMatchObject([
      { name: 'Mesa 1', room: 'Sala A', moderator: 'Ana', rapporteurs: ['Luis'] },
      { name: 'Mesa 2', room: 'Sala B', rapporteurs: ['Rosa', 'Iván'] },
    ]);
    await deleteMesa(db, a.id);
    expect((await listMesas(db, eventId)).map((m) => m.name)).toEqual(['Mesa 2']);
    await restoreMesa(db, a.id);
    expect((await listMesas(db, eventId)).map((m) => m.name)).toEqual(['Mesa 1', 'Mesa 2']);
  });

  it('signs every note with this installation’s author: one id for good, the name set once, the event’s rapporteur until then', async () => {
    await updateEvent(db, eventId, { rapporteur: 'Rosa Relatora' });
    const mesa = await addMesa(db, eventId, { name: 'Mesa 1' });
    const first = await addNote(db, eventId, { text: 'Primera', mesaId: mesa.id });
    const author = await getAuthor(db);
    expect(first).toMatchObject({ mesaId: mesa.id, authorId: author.id, authorName: 'Rosa Relatora' });
    await setAuthorName(db, '  Iván   Pérez ');
    const second = await addNote(db, eventId, { text: 'Segunda' });
    expect(second).toMatchObject({ mesaId: null, authorId: author.id, authorName: 'Iván Pérez' });
    expect((await getAuthor(db)).id).toBe(author.id);
  });

  it('keeps one synthesis per question and mesa, the plenary’s apart from each mesa’s', async () => {
    const mesa = await addMesa(db, eventId, { name: 'Mesa 1' });
    const q = await addQuestion(db, eventId, { text: '¿Qué?', mesaIds: [mesa.id] });
    await saveSynthesis(db, eventId, q.id, 'General');
    await saveSynthesis(db, eventId, q.id, 'De la mesa', undefined, mesa.id);
    await saveSynthesis(db, eventId, q.id, 'De la mesa, corregida', undefined, mesa.id);
    expect((await getSynthesis(db, eventId, q.id))?.text).toBe('General');
    expect((await getSynthesis(db, eventId, q.id, mesa.id))?.text).toBe('De la mesa, corregida');
    const bundle = await getBundle(db, eventId);
    expect(bundle.syntheses).toHaveLength(2);
    expect(bundle.mesas.map((m) => m.id)).toEqual([mesa.id]);
    await updateQuestion(db, q.id, { mesaIds: [] });
    expect((await getBundle(db, eventId)).questions[0]!.mesaIds).toEqual([]);
  });

  it('remembers the mesa chosen per event', async () => {
    const other = (await createEvent(db, { title: 'Otro' })).id;
    const mesa = await addMesa(db, eventId, { name: 'Mesa 1' });
    expect(await getCaptureMesa(db, eventId)).toBeNull();
    await setCaptureMesa(db, eventId, mesa.id);
    await setCaptureMesa(db, other, null);
    expect(await getCaptureMesa(db, eventId)).toBe(mesa.id);
    expect(await getCaptureMesa(db, other)).toBeNull();
  });

  it('remembers the moderated mesa per event, apart from the one written in', async () => {
    const other = (await createEvent(db, { title: 'Otro' })).id;
    const [m1, m2] = [await addMesa(db, eventId, { name: 'Mesa 1' }), await addMesa(db, eventId, { name: 'Mesa 2' })];
    expect(await getModeratorMesa(db, eventId)).toBeNull();
    await setCaptureMesa(db, eventId, m1.id);
    await setModeratorMesa(db, eventId, m2.id);
    await setModeratorMesa(db, other, null);
    expect(await getModeratorMesa(db, eventId)).toBe(m2.id);
    expect(await getCaptureMesa(db, eventId)).toBe(m1.id);
    expect(await getModeratorMesa(db, other)).toBeNull();
    await setModeratorMesa(db, eventId, null);
    expect(await getModeratorMesa(db, eventId)).toBeNull();
    expect(await getCaptureMesa(db, eventId)).toBe(m1.id);
  });
});
