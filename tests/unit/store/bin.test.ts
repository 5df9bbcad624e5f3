import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseEventFile, serializeEventFile } from '../../../src/core/file-format';
import { buildReport } from '../../../src/core/report/build-report';
import { renderMarkdown } from '../../../src/core/report/markdown-writer';
import { emptyBin, listBin, restoreFromBin } from '../../../src/renderer/store/bin';
import { getBundle, importBundle } from '../../../src/renderer/store/bundle';
import type { RelatorDb } from '../../../src/renderer/store/db';
import { createEvent, countNotes } from '../../../src/renderer/store/events';
import { applyNotePatches } from '../../../src/renderer/store/note-patches';
import { addNote, listNotes, softDeleteNote } from '../../../src/renderer/store/notes';
import { addQuestion, deleteQuestion } from '../../../src/renderer/store/questions';
import { dropDb, freshDb, type testContext } from './helpers';

const META = { appVersion: '0.1.0', exportedAt: '2026-11-26T20:00:00.000Z' };

describe('note patches and the bin', () => {
  let db: RelatorDb;
  let ctx: ReturnType<typeof testContext>;
  let eventId: string;
  let q1: string;
  let q2: string;
  beforeEach(async () => {
    ({ db, ctx } = await freshDb());
    eventId = (await createEvent(db, { title: 'Foro' })).id;
    q1 = (await addQuestion(db, eventId, '¿Qué movilidad queremos?')).id;
    q2 = (await addQuestion(db, eventId, '¿Cómo se financia?')).id;
  });
  afterEach(() => dropDb(db));

  const add = (text: string, questionId: string | null = q1) => {
    ctx.advance(1); // notes are listed by creation time
    return addNote(db, eventId, { text, questionId });
  };

  describe('applyNotePatches', () => {
    it('writes several notes in one go and reports each before and after', async () => {
      const a = await add('A');
      const b = await add('B');
      ctx.advance(1000);
      const written = await applyNotePatches(db, [
        { id: a.id, patch: { questionId: q2 } },
        { id: b.id, patch: { questionId: q2, starred: true } },
      ]);
      expect(written.map((w) => w.before.questionId)).toEqual([q1, q1]);
      expect((await listNotes(db, eventId, q2)).map((n) => [n.text, n.starred])).toEqual([
        ['A', false],
        ['B', true],
      ]);
    });

    it('writes nothing at all when one note of the batch cannot take its change', async () => {
      const a = await add('A');
      const b = await add('B');
      const other = await createEvent(db, { title: 'Otro' });
      const foreign = await addQuestion(db, other.id, '¿Ajena?');
      await expect(
        applyNotePatches(db, [
          { id: a.id, patch: { starred: true } },
          { id: b.id, patch: { questionId: foreign.id } },
        ]),
      ).rejects.toMatchObject({ code: 'invalid' });
      await expect(
        applyNotePatches(db, [
          { id: a.id, patch: { starred: true } },
          { id: 'nope', patch: {} },
        ]),
      ).rejects.toMatchObject({
        code: 'not-found',
      });
      expect((await listNotes(db, eventId, q1)).map((n) => n.starred)).toEqual([false, false]);
    });

    it('refuses a guarded write over a change made elsewhere, carrying the stored note', async () => {
      const a = await add('Mi texto');
      const guard = { expectedUpdatedAt: a.updatedAt, base: { text: 'Mi texto' } };
      ctx.advance(1000);
      await applyNotePatches(db, [{ id: a.id, patch: { text: 'Texto de otra pestaña' } }]);
      ctx.advance(1000);
      const error = await applyNotePatches(db, [{ id: a.id, patch: { text: 'Mi texto, corregido' }, guard }]).catch((e) => e);
      expect(error).toMatchObject({ code: 'conflict', current: { text: 'Texto de otra pestaña' } });
      expect((await listNotes(db, eventId, q1))[0]!.text).toBe('Texto de otra pestaña');
    });
  });

  describe('the bin', () => {
    it('lists deleted notes, most recently deleted first, and counts only live notes elsewhere', async () => {
      const a = await add('Primera');
      const b = await add('Segunda');
      await add('Se queda');
      ctx.advance(1000);
      await softDeleteNote(db, a.id);
      ctx.advance(1000);
      await softDeleteNote(db, b.id);
      expect((await listBin(db, eventId)).map((n) => n.text)).toEqual(['Segunda', 'Primera']);
      expect(await countNotes(db, eventId)).toBe(1);
    });

    it('restores a note to the question it was taken under', async () => {
      const a = await add('Vuelve a su pregunta', q2);
      await softDeleteNote(db, a.id);
      const [w] = await restoreFromBin(db, [a.id]);
      expect(w!.after).toMatchObject({ deletedAt: null, questionId: q2 });
      expect((await listNotes(db, eventId, q2)).map((n) => n.text)).toEqual(['Vuelve a su pregunta']);
      expect(await listBin(db, eventId)).toEqual([]);
    });

    it('restores to the general notes a note whose question was deleted meanwhile', async () => {
      const a = await add('Sin pregunta', q2);
      await softDeleteNote(db, a.id);
      await deleteQuestion(db, q2);
      const [w] = await restoreFromBin(db, [a.id]);
      expect(w!.after).toMatchObject({ deletedAt: null, questionId: null });
      expect((await listNotes(db, eventId, null)).map((n) => n.text)).toEqual(['Sin pregunta']);
    });

    it('leaves alone a note already restored elsewhere', async () => {
      const a = await add('Ya restaurada');
      const [w] = await restoreFromBin(db, [a.id]);
      expect(w!.after).toBe(w!.before);
    });

    it('empties for good: the text is gone from the database, the report and the exported file, which stays valid', async () => {
      const keep = await add('Nota que se queda');
      const a = await add('Dato confidencial que se borró por error');
      const b = await add('Otra nota borrada', null);
      await softDeleteNote(db, a.id);
      await softDeleteNote(db, b.id);
      ctx.advance(60_000);
      const purged = await emptyBin(db, eventId, [a.id, b.id]);
      expect(purged.sort()).toEqual([a.id, b.id].sort());
      expect(await listBin(db, eventId)).toEqual([]);

      const bundle = await getBundle(db, eventId);
      const text = serializeEventFile(bundle, META);
      expect(text).not.toContain('confidencial');
      expect(text).not.toContain('Otra nota borrada');
      expect(renderMarkdown(buildReport(bundle))).not.toContain('confidencial');
      const parsed = parseEventFile(text);
      expect(parsed.ok).toBe(true);
      // Tombstones, not gaps: a merge with an older copy still sees both notes deleted, after the deletion.
      const dead = bundle.notes.filter((n) => n.id !== keep.id);
      expect(dead).toHaveLength(2);
      for (const n of dead) {
        expect(n).toMatchObject({ text: '', questionId: null, speakerId: null, tags: [] });
        expect(n.deletedAt).not.toBeNull();
        expect(n.updatedAt).toBe(new Date(ctx.nowMs()).toISOString());
      }
      // An imported copy of the file keeps the bin empty.
      if (!parsed.ok) return;
      const copy = await importBundle(db, parsed.bundle, { onConflict: 'copy', copySuffix: ' (copia)' });
      if (copy.status !== 'imported') throw new Error('expected an import');
      expect(await listBin(db, copy.eventId)).toEqual([]);
      expect(await countNotes(db, copy.eventId)).toBe(1);
    });

    it('empties only what the user saw: a note restored meanwhile, or of another event, is kept', async () => {
      const a = await add('Restaurada en otra pestaña');
      const b = await add('Vista en la papelera');
      await softDeleteNote(db, a.id);
      await softDeleteNote(db, b.id);
      const seen = (await listBin(db, eventId)).map((n) => n.id);
      await restoreFromBin(db, [a.id]);
      const late = await add('Borrada después de abrir la papelera');
      await softDeleteNote(db, late.id);
      expect(await emptyBin(db, eventId, seen)).toEqual([b.id]);
      expect((await listNotes(db, eventId, q1)).map((n) => n.text)).toEqual(['Restaurada en otra pestaña']);
      expect((await listBin(db, eventId)).map((n) => n.text)).toEqual(['Borrada después de abrir la papelera']);
      const other = await createEvent(db, { title: 'Otro' });
      expect(await emptyBin(db, other.id, [late.id])).toEqual([]);
    });
  });
});
