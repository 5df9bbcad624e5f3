import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RelatorDb } from '../../../src/renderer/store/db';
import { adoptDraft, clearDraft, discardDraft, listDrafts, saveDraft } from '../../../src/renderer/store/drafts';
import { draftId, noteSlot } from '../../../src/renderer/store/types';
import { createEvent, startSession, pauseSession, getEvent } from '../../../src/renderer/store/events';
import {
  addNote,
  listEventNotes,
  listNotes,
  moveNotes,
  restoreNote,
  setStarred,
  softDeleteNote,
  updateNote,
} from '../../../src/renderer/store/notes';
import {
  addParticipant,
  deleteParticipant,
  listParticipants,
  restoreParticipant,
  updateParticipant,
} from '../../../src/renderer/store/participants';
import {
  addQuestion,
  deleteQuestion,
  listQuestions,
  reorderQuestions,
  restoreQuestion,
  updateQuestion,
} from '../../../src/renderer/store/questions';
import { getSynthesis, saveSynthesis } from '../../../src/renderer/store/syntheses';
import { dropDb, freshDb, T0, type testContext } from './helpers';

const iso = (ms: number) => new Date(ms).toISOString();

describe('records of an event', () => {
  let db: RelatorDb;
  let ctx: ReturnType<typeof testContext>;
  let eventId: string;
  beforeEach(async () => {
    ({ db, ctx } = await freshDb());
    eventId = (await createEvent(db, { title: 'Foro' })).id;
  });
  afterEach(() => dropDb(db));

  describe('questions', () => {
    it('are appended in order, edited, reordered and kept in that order', async () => {
      const a = await addQuestion(db, eventId, 'A');
      const b = await addQuestion(db, eventId, { text: 'B', block: 'Mesa 1' });
      const c = await addQuestion(db, eventId, 'C');
      expect([a.order, b.order, c.order]).toEqual([0, 1, 2]);

      ctx.advance(1000);
      await updateQuestion(db, b.id, { text: 'B bis' });
      await reorderQuestions(db, eventId, [c.id, a.id, b.id]);
      const list = await listQuestions(db, eventId);
      expect(list.map((q) => q.text)).toEqual(['C', 'A', 'B bis']);
      // B changed twice within the same millisecond: its second version is still later than the first.
      expect(list.map((q) => q.updatedAt)).toEqual([iso(T0 + 1000), iso(T0 + 1000), iso(T0 + 1001)]);
    });

    it('refuses an order that leaves out or repeats a question, changing nothing', async () => {
      const a = await addQuestion(db, eventId, 'A');
      const b = await addQuestion(db, eventId, 'B');
      await expect(reorderQuestions(db, eventId, [b.id])).rejects.toMatchObject({ code: 'invalid' });
      await expect(reorderQuestions(db, eventId, [b.id, b.id])).rejects.toMatchObject({ code: 'invalid' });
      expect((await listQuestions(db, eventId)).map((q) => q.id)).toEqual([a.id, b.id]);
    });

    it('come back to their old place when a deletion is undone', async () => {
      const a = await addQuestion(db, eventId, 'A');
      const b = await addQuestion(db, eventId, 'B');
      const c = await addQuestion(db, eventId, 'C');
      await deleteQuestion(db, b.id);
      expect((await listQuestions(db, eventId)).map((q) => q.text)).toEqual(['A', 'C']);
      expect((await listQuestions(db, eventId, true)).map((q) => q.text)).toEqual(['A', 'B', 'C']);
      await restoreQuestion(db, b.id);
      expect((await listQuestions(db, eventId)).map((q) => q.id)).toEqual([a.id, b.id, c.id]);
    });

    it('cannot be added to an event that does not exist', async () => {
      await expect(addQuestion(db, 'missing', 'A')).rejects.toMatchObject({ code: 'not-found' });
    });
  });

  describe('participants', () => {
    it('are added, edited, soft-deleted and restored', async () => {
      const p = await addParticipant(db, eventId, { name: 'Zoe', role: 'moderator' });
      await addParticipant(db, eventId, { name: 'Álvaro' });
      await updateParticipant(db, p.id, { affiliation: 'UNAM' });
      expect((await listParticipants(db, eventId)).map((x) => x.name)).toEqual(['Álvaro', 'Zoe']);
      ctx.advance(5);
      await deleteParticipant(db, p.id);
      expect((await listParticipants(db, eventId)).map((x) => x.name)).toEqual(['Álvaro']);
      expect(await db.participants.get(p.id)).toMatchObject({ deletedAt: iso(T0 + 5), updatedAt: iso(T0 + 5), affiliation: 'UNAM' });
      await restoreParticipant(db, p.id);
      expect((await listParticipants(db, eventId)).map((x) => x.name)).toEqual(['Álvaro', 'Zoe']);
    });
  });

  describe('notes', () => {
    it('are stamped with the running session time, and null before the session starts', async () => {
      const before = await addNote(db, eventId, { text: 'antes' });
      expect(before.elapsedMs).toBeNull();
      await startSession(db, eventId);
      ctx.advance(90_000);
      await pauseSession(db, eventId);
      ctx.advance(30_000);
      expect((await addNote(db, eventId, { text: 'pausa' })).elapsedMs).toBe(90_000);
      await startSession(db, eventId);
      ctx.advance(10_000);
      expect((await addNote(db, eventId, { text: 'durante' })).elapsedMs).toBe(100_000);
      expect((await getEvent(db, eventId))!.session.startedAt).toBe(iso(T0));
    });

    it('are listed per question and for the general composer, oldest first', async () => {
      const q = await addQuestion(db, eventId, 'Q');
      await addNote(db, eventId, { text: 'g1' });
      ctx.advance(1);
      await addNote(db, eventId, { text: 'q1', questionId: q.id });
      ctx.advance(1);
      await addNote(db, eventId, { text: 'g2', questionId: null });
      const otherEvent = (await createEvent(db, { title: 'Otro' })).id;
      await addNote(db, otherEvent, { text: 'ajena' });

      expect((await listNotes(db, eventId, null)).map((n) => n.text)).toEqual(['g1', 'g2']);
      expect((await listNotes(db, eventId, q.id)).map((n) => n.text)).toEqual(['q1']);
      expect((await listEventNotes(db, eventId)).map((n) => n.text)).toEqual(['g1', 'q1', 'g2']);
    });

    it('record editedAt only when the text changes', async () => {
      const n = await addNote(db, eventId, { text: 'uno' });
      ctx.advance(1000);
      const tagged = await updateNote(db, n.id, { tags: ['movilidad'] });
      expect(tagged.editedAt).toBeNull();
      expect(tagged.updatedAt).toBe(iso(T0 + 1000));
      ctx.advance(1000);
      const edited = await updateNote(db, n.id, { text: 'dos' });
      expect(edited).toMatchObject({ text: 'dos', editedAt: iso(T0 + 2000), updatedAt: iso(T0 + 2000), tags: ['movilidad'] });
      ctx.advance(1000);
      expect((await updateNote(db, n.id, { text: 'dos', kind: 'quote' })).editedAt).toBe(iso(T0 + 2000));
    });

    it('are starred, soft-deleted and restored', async () => {
      const n = await addNote(db, eventId, { text: 'x' });
      expect((await setStarred(db, n.id, true)).starred).toBe(true);
      await softDeleteNote(db, n.id);
      expect(await listNotes(db, eventId, null)).toEqual([]);
      expect((await listNotes(db, eventId, null, true))[0]).toMatchObject({ id: n.id, starred: true });
      await restoreNote(db, n.id);
      expect((await listNotes(db, eventId, null)).map((x) => x.id)).toEqual([n.id]);
    });

    it('move between questions all together, or not at all', async () => {
      const q = await addQuestion(db, eventId, 'Q');
      const n1 = await addNote(db, eventId, { text: '1' });
      const n2 = await addNote(db, eventId, { text: '2' });
      await moveNotes(db, [n1.id, n2.id], q.id);
      expect((await listNotes(db, eventId, q.id)).map((n) => n.text).sort()).toEqual(['1', '2']);
      await expect(moveNotes(db, [n1.id, 'missing'], null)).rejects.toMatchObject({ code: 'not-found' });
      expect(await listNotes(db, eventId, null)).toEqual([]);
      await moveNotes(db, [n1.id], null);
      expect((await listNotes(db, eventId, null)).map((n) => n.text)).toEqual(['1']);
    });

    it('clear this tab’s composer draft when saved with clearDraft, and no other tab’s', async () => {
      const key = (tabId: string) => ({ eventId, slot: noteSlot(null), questionId: null, tabId });
      await saveDraft(db, key('A'), 'medio escrito');
      await saveDraft(db, key('B'), 'lo de la otra pestaña');
      await addNote(db, eventId, { text: 'medio escrito' }, { clearDraft: { tabId: 'A' } });
      expect((await listDrafts(db, eventId, noteSlot(null))).map((d) => d.text)).toEqual(['lo de la otra pestaña']);
    });

    it('cannot be updated when missing', async () => {
      await expect(updateNote(db, 'missing', { text: 'x' })).rejects.toMatchObject({ code: 'not-found' });
    });
  });

  describe('syntheses', () => {
    it('keep one record per question, updated in place', async () => {
      const q = await addQuestion(db, eventId, 'Q');
      const first = await saveSynthesis(db, eventId, q.id, 'Borrador');
      ctx.advance(10);
      const second = await saveSynthesis(db, eventId, q.id, 'Final');
      expect(second.id).toBe(first.id);
      expect(second.updatedAt).toBe(iso(T0 + 10));
      expect(await getSynthesis(db, eventId, q.id)).toMatchObject({ text: 'Final' });
      expect(await db.syntheses.count()).toBe(1);
    });
  });

  describe('drafts', () => {
    const texts = async (slot: string) => (await listDrafts(db, eventId, slot)).map((d) => `${d.tabId}:${d.text}`).sort();

    it('are kept per question and per tab, and cleared', async () => {
      const q = await addQuestion(db, eventId, 'Q');
      const key = (questionId: string | null, tabId: string) => ({ eventId, slot: noteSlot(questionId), questionId, tabId });
      await saveDraft(db, key(q.id, 'A'), 'pregunta A');
      await saveDraft(db, key(q.id, 'B'), 'pregunta B');
      await saveDraft(db, key(null, 'A'), 'general');
      // Another tab's save never touches this tab's slot.
      await saveDraft(db, key(q.id, 'B'), 'pregunta B bis');
      expect(await texts(noteSlot(q.id))).toEqual(['A:pregunta A', 'B:pregunta B bis']);
      expect(await texts(noteSlot(null))).toEqual(['A:general']);
      await clearDraft(db, key(q.id, 'A'));
      expect(await texts(noteSlot(q.id))).toEqual(['B:pregunta B bis']);
      await saveDraft(db, key(null, 'A'), '');
      expect(await db.drafts.count()).toBe(1);
    });

    it('say whether their page was left normally or died', async () => {
      const key = { eventId, slot: noteSlot(null), questionId: null, tabId: 'A' };
      await saveDraft(db, key, 'escribiendo');
      expect((await listDrafts(db, eventId, noteSlot(null)))[0]).toMatchObject({ closed: false, updatedAt: iso(T0) });
      ctx.advance(500);
      await saveDraft(db, key, 'escribiendo', { closed: true });
      expect((await listDrafts(db, eventId, noteSlot(null)))[0]).toMatchObject({ closed: true, updatedAt: iso(T0 + 500) });
    });

    it('offered from a closed tab are taken into this tab’s slot in one step, or discarded', async () => {
      const key = (tabId: string) => ({ eventId, slot: noteSlot(null), questionId: null, tabId });
      await saveDraft(db, key('gone'), 'de la ventana cerrada');
      await saveDraft(db, key('gone2'), 'otra');
      const [offered] = await listDrafts(db, eventId, noteSlot(null));
      await adoptDraft(db, offered!.id, key('me'), `mío\n${offered!.text}`);
      expect(await texts(noteSlot(null))).toEqual([`gone2:otra`, `me:mío\n${offered!.text}`]);
      await discardDraft(db, draftId(key('gone2')));
      expect(await texts(noteSlot(null))).toEqual([`me:mío\n${offered!.text}`]);
    });

    it('on a full disk fail with the quota code, writing nothing, and keep the offered draft', async () => {
      const key = (tabId: string) => ({ eventId, slot: noteSlot(null), questionId: null, tabId });
      await saveDraft(db, key('gone'), 'de la ventana cerrada');
      await saveDraft(db, key('me'), 'ya guardado');
      const full = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      });
      try {
        await expect(saveDraft(db, key('me'), 'más texto')).rejects.toMatchObject({ name: 'StoreError', code: 'quota' });
        await expect(adoptDraft(db, draftId(key('gone')), key('me'), 'ya guardado\nde la ventana cerrada')).rejects.toMatchObject({
          code: 'quota',
        });
      } finally {
        full.mockRestore();
      }
      // The adoption's delete was rolled back with its failed put: both drafts are as they were.
      expect(await texts(noteSlot(null))).toEqual(['gone:de la ventana cerrada', 'me:ya guardado']);
      await saveDraft(db, key('me'), 'más texto');
      expect(await texts(noteSlot(null))).toEqual(['gone:de la ventana cerrada', 'me:más texto']);
    });

    it('kept before tabs had their own slots are read as the composer’s, from an unknown tab', async () => {
      await db.drafts.put({ id: `${eventId}|`, eventId, questionId: null, text: 'viejo', updatedAt: iso(T0) } as never);
      expect(await listDrafts(db, eventId, noteSlot(null))).toEqual([
        { id: `${eventId}|`, eventId, slot: noteSlot(null), questionId: null, tabId: '', text: 'viejo', updatedAt: iso(T0), closed: false },
      ]);
    });
  });
});
