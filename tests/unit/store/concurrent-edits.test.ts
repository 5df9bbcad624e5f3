import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RelatorDb } from '../../../src/renderer/store/db';
import { openRelatorDb } from '../../../src/renderer/store/db';
import { EditConflictError, isEditConflict } from '../../../src/renderer/store/errors';
import { createEvent, getEvent, startSession, updateEvent } from '../../../src/renderer/store/events';
import { addNote, moveNotes, restoreNote, setStarred, softDeleteNote, updateNote } from '../../../src/renderer/store/notes';
import { addParticipant, updateParticipant } from '../../../src/renderer/store/participants';
import { addQuestion, updateQuestion } from '../../../src/renderer/store/questions';
import { getSynthesis, saveSynthesis } from '../../../src/renderer/store/syntheses';
import { dropDb, freshDb, type testContext } from './helpers';

/** The refusal a guarded save throws, for assertions on what it carries. */
async function conflictOf(p: Promise<unknown>): Promise<EditConflictError<any>> {
  const error = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(isEditConflict(error)).toBe(true);
  return error as EditConflictError<any>;
}

describe('two tabs editing the same records', () => {
  let tabA: RelatorDb;
  let tabB: RelatorDb;
  let ctx: ReturnType<typeof testContext>;
  let eventId: string;
  beforeEach(async () => {
    ({ db: tabA, ctx } = await freshDb());
    // A second connection to the same database, as a second tab or window has.
    tabB = await openRelatorDb(tabA.name, ctx);
    eventId = (await createEvent(tabA, { title: 'Foro' })).id;
  });
  afterEach(async () => {
    tabB.close();
    await dropDb(tabA);
  });

  describe('a note', () => {
    it('edited in both: the second save is refused with the stored note, and the first edit stays', async () => {
      const opened = await addNote(tabA, eventId, { text: 'Más carriles bici' });
      ctx.advance(1000);
      await updateNote(tabA, opened.id, { text: 'Más carriles bici (A)' }, { expectedUpdatedAt: opened.updatedAt, base: opened });
      const refused = await conflictOf(
        updateNote(tabB, opened.id, { text: 'Más carriles bici (B)' }, { expectedUpdatedAt: opened.updatedAt, base: opened }),
      );
      expect(refused.code).toBe('conflict');
      expect(refused.fields).toEqual(['text']);
      expect(refused.current.text).toBe('Más carriles bici (A)');
      expect((await tabA.notes.get(opened.id))!.text).toBe('Más carriles bici (A)');

      // "Keep mine": the user saw the other version and saves over it on purpose.
      const kept = await updateNote(tabB, opened.id, { text: 'Más carriles bici (B)' }, { expectedUpdatedAt: refused.current.updatedAt });
      expect(kept.text).toBe('Más carriles bici (B)');
      expect(kept.editedAt).not.toBeNull();
    });

    it('starred in one tab while its text is edited in the other: both changes are kept', async () => {
      const opened = await addNote(tabA, eventId, { text: 'Dato', kind: 'data' });
      await setStarred(tabA, opened.id, true);
      const saved = await updateNote(
        tabB,
        opened.id,
        { text: 'Dato corregido', kind: 'data', tags: [] },
        { expectedUpdatedAt: opened.updatedAt, base: opened },
      );
      expect(saved).toMatchObject({ text: 'Dato corregido', starred: true, kind: 'data' });
    });

    it('an unguarded save still writes (older callers are unchanged)', async () => {
      const n = await addNote(tabA, eventId, { text: 'x' });
      await updateNote(tabA, n.id, { text: 'y' });
      expect((await updateNote(tabB, n.id, { text: 'z' })).text).toBe('z');
    });

    it('deleted in another tab: an edit is refused rather than written into the bin unseen', async () => {
      const opened = await addNote(tabA, eventId, { text: 'x' });
      await softDeleteNote(tabA, opened.id);
      const refused = await conflictOf(updateNote(tabB, opened.id, { text: 'y' }, { expectedUpdatedAt: opened.updatedAt, base: opened }));
      expect(refused.fields).toEqual(['deletedAt']);
      expect(refused.current.deletedAt).not.toBeNull();
    });

    it('an undo that finds the note changed elsewhere is refused too (star, delete, restore, move)', async () => {
      const q = await addQuestion(tabA, eventId, 'Q');
      const n = await addNote(tabA, eventId, { text: 'x' });
      const starred = await setStarred(tabA, n.id, true);
      await updateNote(tabB, n.id, { starred: false, text: 'otra' });
      const guard = { expectedUpdatedAt: starred.updatedAt, base: { starred: true } };
      // Undoing the star when the other tab already unstarred it: nothing left to do.
      expect((await setStarred(tabA, n.id, false, guard)).text).toBe('otra');
      const deleted = await softDeleteNote(tabA, n.id);
      await updateNote(tabB, n.id, { text: 'editada en B' });
      // Guarded by updatedAt alone, any change elsewhere stops the undo…
      const refused = await conflictOf(restoreNote(tabA, n.id, { expectedUpdatedAt: deleted.updatedAt }));
      expect(refused.current.text).toBe('editada en B');
      // …with the undone field's value, a change to another field does not: the restore keeps B's text.
      const restored = await restoreNote(tabA, n.id, { expectedUpdatedAt: deleted.updatedAt, base: { deletedAt: deleted.deletedAt } });
      expect(restored).toMatchObject({ deletedAt: null, text: 'editada en B' });
      await expect(moveNotes(tabA, [n.id], q.id, { [n.id]: { expectedUpdatedAt: n.updatedAt } })).rejects.toBeInstanceOf(EditConflictError);
      expect((await tabA.notes.get(n.id))!.questionId).toBeNull();
    });

    it('a deletion already done in another tab is not a conflict', async () => {
      const n = await addNote(tabA, eventId, { text: 'x' });
      await softDeleteNote(tabB, n.id);
      expect((await softDeleteNote(tabA, n.id, { expectedUpdatedAt: n.updatedAt })).deletedAt).not.toBeNull();
    });
  });

  describe('a synthesis', () => {
    it('first written in two tabs at once: the second is refused and sees the first', async () => {
      const q = await addQuestion(tabA, eventId, 'Q');
      await saveSynthesis(tabA, eventId, q.id, 'Consenso (A)', { expectedUpdatedAt: null, base: { text: '' } });
      const refused = await conflictOf(saveSynthesis(tabB, eventId, q.id, 'Consenso (B)', { expectedUpdatedAt: null, base: { text: '' } }));
      expect(refused.current.text).toBe('Consenso (A)');
      expect((await getSynthesis(tabA, eventId, q.id))!.text).toBe('Consenso (A)');
    });

    it('saved again and again from one editor: each save follows the last one it made', async () => {
      const q = await addQuestion(tabA, eventId, 'Q');
      let last = await saveSynthesis(tabA, eventId, q.id, 'a', { expectedUpdatedAt: null });
      for (const text of ['ab', 'abc', 'abcd'])
        last = await saveSynthesis(tabA, eventId, q.id, text, { expectedUpdatedAt: last.updatedAt });
      expect(last.text).toBe('abcd');
      await expect(saveSynthesis(tabB, eventId, q.id, 'x', { expectedUpdatedAt: null })).rejects.toMatchObject({ code: 'conflict' });
    });
  });

  describe('the event', () => {
    it('conclusions and agreements edited in two tabs do not collide; the same field does', async () => {
      const opened = (await getEvent(tabA, eventId))!;
      await updateEvent(tabA, eventId, { conclusions: 'C (A)' }, { expectedUpdatedAt: opened.updatedAt, base: { conclusions: '' } });
      await startSession(tabA, eventId);
      const agreed = await updateEvent(
        tabB,
        eventId,
        { agreements: 'Acuerdo (B)' },
        { expectedUpdatedAt: opened.updatedAt, base: { agreements: '' } },
      );
      expect(agreed).toMatchObject({ conclusions: 'C (A)', agreements: 'Acuerdo (B)' });
      expect(agreed.session.startedAt).not.toBeNull();
      const refused = await conflictOf(
        updateEvent(tabB, eventId, { conclusions: 'C (B)' }, { expectedUpdatedAt: opened.updatedAt, base: { conclusions: '' } }),
      );
      expect(refused.current.conclusions).toBe('C (A)');
    });
  });
});

describe('questions and participants edited in two tabs', () => {
  let tabA: RelatorDb;
  let tabB: RelatorDb;
  let eventId: string;
  beforeEach(async () => {
    ({ db: tabA } = await freshDb());
    tabB = await openRelatorDb(tabA.name, tabA.ctx);
    eventId = (await createEvent(tabA, { title: 'Foro' })).id;
  });
  afterEach(async () => {
    tabB.close();
    await dropDb(tabA);
  });

  it('a question’s text is not overwritten unseen', async () => {
    const opened = await addQuestion(tabA, eventId, '¿Qué movilidad queremos?');
    await updateQuestion(tabA, opened.id, { text: '¿Qué movilidad queremos en 2030?' });
    const refused = await conflictOf(
      updateQuestion(tabB, opened.id, { text: '¿Qué ciudad queremos?' }, { expectedUpdatedAt: opened.updatedAt, base: opened }),
    );
    expect(refused.current.text).toBe('¿Qué movilidad queremos en 2030?');
  });

  it('a participant’s role changed elsewhere is kept when only the name is edited here; the same field is refused', async () => {
    const opened = await addParticipant(tabA, eventId, { name: 'Ana Ruiz' });
    await updateParticipant(tabA, opened.id, { role: 'moderator' });
    const fields = { name: 'Ana María Ruiz', affiliation: '', role: opened.role, gender: opened.gender };
    const saved = await updateParticipant(tabB, opened.id, fields, { expectedUpdatedAt: opened.updatedAt, base: opened });
    expect(saved).toMatchObject({ name: 'Ana María Ruiz', role: 'moderator' });
    const refused = await conflictOf(
      updateParticipant(tabA, opened.id, { ...fields, name: 'Ana R.' }, { expectedUpdatedAt: opened.updatedAt, base: opened }),
    );
    expect(refused.fields).toEqual(['name']);
  });
});

describe('guarded saves in one tab', () => {
  let db: RelatorDb;
  afterEach(() => dropDb(db));
  it('report a missing record as not-found, not as a conflict', async () => {
    ({ db } = await freshDb());
    await expect(updateNote(db, 'nope', { text: 'x' }, { expectedUpdatedAt: '2026-01-01T00:00:00.000Z' })).rejects.toMatchObject({
      code: 'not-found',
    });
  });
});
