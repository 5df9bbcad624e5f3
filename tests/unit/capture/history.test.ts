import { describe, expect, it } from 'vitest';
import {
  emptyHistory,
  forgetNotes,
  nextRedo,
  nextUndo,
  planRedo,
  planUndo,
  recordAction,
  recordAdd,
  settlePlan,
  type NoteHistory,
  type Plan,
  type Written,
} from '../../../src/core/capture/history';
import {
  applyPatch,
  classifyPatch,
  decidePatch,
  diffNotes,
  isTombstone,
  tombstone,
  type NotePatch,
} from '../../../src/core/capture/note-patch';
import { createNote } from '../../../src/core/model/factories';
import type { Note } from '../../../src/core/model/types';

let clock = Date.parse('2026-11-26T16:00:00.000Z');
let seq = 0;
const ctx = { newId: () => `00000000-0000-4000-8000-${String(++seq).padStart(12, '0')}`, nowMs: () => clock };
const tick = () => (clock += 1000);
const note = (text: string, fields: Partial<Note> = {}): Note => createNote('e1', { text, questionId: 'q1', ...fields }, ctx);

/** A tiny in-memory "store": applies a plan's writes with the same rules as the real one. */
function applyAll(db: Map<string, Note>, writes: { id: string; patch: NotePatch; guard?: Parameters<typeof decidePatch>[2] }[]) {
  tick();
  return writes.map((w) => {
    const before = db.get(w.id)!;
    const d = decidePatch(before, w.patch, w.guard);
    if (d.kind === 'conflict') throw Object.assign(new Error('conflict'), { fields: d.fields, current: before });
    const after = d.kind === 'apply' ? applyPatch(before, d.patch, clock) : before;
    db.set(after.id, after);
    return { before, after } satisfies Written;
  });
}

function act(h: NoteHistory, db: Map<string, Note>, kind: Parameters<typeof recordAction>[1], writes: { id: string; patch: NotePatch }[]) {
  return recordAction(h, kind, applyAll(db, writes)).history;
}

function run(h: NoteHistory, db: Map<string, Note>, plan: Plan): NoteHistory {
  const written = applyAll(db, plan.writes);
  return settlePlan(
    h,
    plan,
    written.map((w) => w.after),
  );
}

const undo = (h: NoteHistory, db: Map<string, Note>, at?: number) => {
  const p = planUndo(h, at);
  if (!p.ok) throw new Error(p.reason);
  return run(h, db, p.plan);
};
const redo = (h: NoteHistory, db: Map<string, Note>) => {
  const p = planRedo(h);
  if (!p.ok) throw new Error(p.reason);
  return run(h, db, p.plan);
};

describe('a note patch', () => {
  it('changes only what differs, stamps the note, and marks a new text as edited', () => {
    const n = note('Más carriles bici', { tags: ['movilidad'] });
    tick();
    const same = applyPatch(n, { text: 'Más carriles bici', tags: ['movilidad'] }, clock);
    expect(same).toBe(n);
    const edited = applyPatch(n, { text: 'Más carriles bici seguros' }, clock);
    expect(edited.text).toBe('Más carriles bici seguros');
    expect(edited.editedAt).toBe(new Date(clock).toISOString());
    expect(edited.updatedAt > n.updatedAt).toBe(true);
    // An undo says what editedAt must be: the note is no longer shown as edited.
    expect(applyPatch(edited, { text: n.text, editedAt: null }, clock + 1).editedAt).toBeNull();
  });

  it('moves a note into the bin and out of it, deletedAt agreeing with updatedAt', () => {
    const n = note('Presupuesto participativo');
    tick();
    const binned = applyPatch(n, { deleted: true }, clock);
    expect(binned.deletedAt).toBe(binned.updatedAt);
    expect(applyPatch(binned, { deleted: true }, clock + 5)).toBe(binned);
    expect(applyPatch(binned, { deleted: false }, clock + 5).deletedAt).toBeNull();
  });

  it('tells apart two versions field by field, and names the change in words', () => {
    const n = note('Idea');
    const moved = { ...n, questionId: 'q2' };
    expect(diffNotes(n, moved)).toEqual({ undo: { questionId: 'q1' }, redo: { questionId: 'q2' } });
    expect(diffNotes(n, { ...n, updatedAt: 'later' })).toBeNull();
    expect(classifyPatch({ questionId: 'q2' })).toBe('move');
    expect(classifyPatch({ kind: 'action', action: { who: 'Ana', when: 'marzo' } })).toBe('kind');
    expect(classifyPatch({ kind: 'quote' })).toBe('kind');
    expect(classifyPatch({ action: { who: 'Ana', when: 'abril' } })).toBe('edit');
    expect(classifyPatch({ speakerId: 'p1' })).toBe('speaker');
    expect(classifyPatch({ starred: true })).toBe('star');
    expect(classifyPatch({ starred: false })).toBe('unstar');
    expect(classifyPatch({ tags: ['agua'] })).toBe('tag');
    expect(classifyPatch({ deleted: true })).toBe('delete');
    expect(classifyPatch({ deleted: false })).toBe('restore');
    expect(classifyPatch({ text: 'x', editedAt: 'y', kind: 'idea' })).toBe('edit');
  });

  it('is refused, guarded, only when someone else changed the same fields', () => {
    const n = note('Original');
    const elsewhere = { ...n, starred: true, updatedAt: '2026-11-26T17:00:00.000Z' };
    const guard = { expectedUpdatedAt: n.updatedAt, base: { text: 'Original' } };
    // Another window starred it: my text change still applies and keeps their star.
    expect(decidePatch(elsewhere, { text: 'Mío' }, guard)).toEqual({ kind: 'apply', patch: { text: 'Mío' } });
    // Another window changed the text too: a conflict, never an overwrite.
    expect(decidePatch({ ...elsewhere, text: 'Suyo' }, { text: 'Mío' }, guard)).toMatchObject({ kind: 'conflict', fields: ['text'] });
    // Deleted elsewhere while I edit: the user must see it.
    expect(decidePatch({ ...elsewhere, deletedAt: elsewhere.updatedAt }, { text: 'Mío' }, guard)).toMatchObject({ kind: 'conflict' });
    // Out of the bin when it is already out: nothing to write, not a conflict.
    expect(decidePatch(n, { deleted: false }, { expectedUpdatedAt: 'other', base: { deleted: true } })).toEqual({ kind: 'unchanged' });
  });

  it('leaves a tombstone that keeps nothing the user wrote and can never be written again', () => {
    const n = { ...note('Dato sensible #privado', { speakerId: 'p1', tags: ['privado'], starred: true }), deletedAt: 'x' };
    tick();
    const dead = tombstone(n, clock);
    expect(isTombstone(dead)).toBe(true);
    expect(JSON.stringify(dead)).not.toContain('sensible');
    expect(dead).toMatchObject({ id: n.id, eventId: 'e1', questionId: null, speakerId: null, tags: [], starred: false, action: null });
    expect(dead.updatedAt > n.updatedAt).toBe(true);
    expect(decidePatch(dead, { deleted: false })).toMatchObject({ kind: 'conflict' });
    expect(isTombstone(n)).toBe(false);
  });
});

describe('the capture history', () => {
  it('undoes and redoes several kinds of action in order, restoring each previous state exactly', () => {
    const db = new Map<string, Note>();
    const a = note('Primera idea');
    const b = note('Segunda idea');
    db.set(a.id, a).set(b.id, b);
    let h = recordAdd(recordAdd(emptyHistory(), a).history, b).history;
    h = act(h, db, null, [{ id: a.id, patch: { text: 'Primera idea, corregida' } }]);
    h = act(h, db, 'star', [{ id: b.id, patch: { starred: true } }]);
    h = act(h, db, 'move', [
      { id: a.id, patch: { questionId: 'q2' } },
      { id: b.id, patch: { questionId: 'q2' } },
    ]);
    h = act(h, db, 'delete', [{ id: b.id, patch: { deleted: true } }]);
    expect(h.past.map((e) => e.kind)).toEqual(['add', 'add', 'edit', 'star', 'move', 'delete']);
    const snapshot = () => [...db.values()].map(({ updatedAt: _u, deletedAt, ...rest }) => ({ ...rest, deleted: deletedAt !== null }));
    const states = [snapshot()];

    for (let i = 0; i < 4; i++) {
      h = undo(h, db);
      states.push(snapshot());
    }
    expect(db.get(b.id)).toMatchObject({ deletedAt: null, questionId: 'q1', starred: false });
    expect(db.get(a.id)).toMatchObject({ text: 'Primera idea', editedAt: null, questionId: 'q1' });
    h = undo(h, db);
    expect(db.get(b.id)!.deletedAt).not.toBeNull(); // undoing an add puts the note in the bin
    h = redo(h, db);
    for (let i = 0; i < 4; i++) h = redo(h, db);
    expect(snapshot()).toEqual(states[0]);
    expect(planRedo(h)).toEqual({ ok: false, reason: 'empty' });
  });

  it('drops what could be redone once a new action is taken', () => {
    const db = new Map<string, Note>();
    const a = note('A');
    db.set(a.id, a);
    let h = act(emptyHistory(), db, 'star', [{ id: a.id, patch: { starred: true } }]);
    h = undo(h, db);
    expect(nextRedo(h)?.kind).toBe('star');
    h = act(h, db, 'tag', [{ id: a.id, patch: { tags: ['agua'] } }]);
    expect(nextRedo(h)).toBeUndefined();
    expect(nextUndo(h)?.kind).toBe('tag');
  });

  it('records nothing for an action that changed nothing', () => {
    const a = note('A');
    const { history, entry } = recordAction(emptyHistory(), 'star', [{ before: a, after: a }]);
    expect(entry).toBeNull();
    expect(history.past).toEqual([]);
  });

  it("undoes one older action out of turn (a notice's Undo) only if nothing later touched its notes", () => {
    const db = new Map<string, Note>();
    const a = note('A');
    const b = note('B');
    db.set(a.id, a).set(b.id, b);
    let h = act(emptyHistory(), db, 'delete', [{ id: a.id, patch: { deleted: true } }]);
    const deletion = h.past[0]!.seq;
    h = act(h, db, 'star', [{ id: b.id, patch: { starred: true } }]);
    h = undo(h, db, deletion);
    expect(db.get(a.id)!.deletedAt).toBeNull();
    expect(db.get(b.id)!.starred).toBe(true);
    expect(h.past.map((e) => e.kind)).toEqual(['star']);
    expect(planUndo(h, deletion)).toEqual({ ok: false, reason: 'gone' });

    h = act(h, db, 'delete', [{ id: b.id, patch: { deleted: true } }]);
    const star = h.past.find((e) => e.kind === 'star')!.seq;
    expect(planUndo(h, star)).toEqual({ ok: false, reason: 'later-changes' });
  });

  it('guards every write with what this window left in the note, so a change made elsewhere is never overwritten', () => {
    const db = new Map<string, Note>();
    const a = note('Texto mío');
    db.set(a.id, a);
    let h = act(emptyHistory(), db, null, [{ id: a.id, patch: { text: 'Texto mío, editado' } }]);
    // Another tab edits the same text afterwards.
    db.set(a.id, { ...db.get(a.id)!, text: 'Texto de la otra pestaña', updatedAt: '2030-01-01T00:00:00.000Z' });
    const plan = planUndo(h);
    if (!plan.ok) throw new Error('expected a plan');
    expect(() => applyAll(db, plan.plan.writes)).toThrow('conflict');
    expect(db.get(a.id)!.text).toBe('Texto de la otra pestaña');
    const forgotten = forgetNotes(h, [a.id]);
    expect(forgotten.dropped).toBe(1);
    h = forgotten.history;
    expect(h.past).toEqual([]);
    expect(h.stamps.size).toBe(0);
  });

  it('keeps a change another window made to other fields of the note', () => {
    const db = new Map<string, Note>();
    const a = note('Texto');
    db.set(a.id, a);
    let h = act(emptyHistory(), db, 'move', [{ id: a.id, patch: { questionId: 'q2' } }]);
    db.set(a.id, { ...db.get(a.id)!, starred: true, updatedAt: '2030-01-01T00:00:00.000Z' });
    h = undo(h, db);
    expect(db.get(a.id)).toMatchObject({ questionId: 'q1', starred: true });
    expect(nextRedo(h)?.kind).toBe('move');
  });

  it('keeps at most the last actions it was given room for, and only their stamps', () => {
    const db = new Map<string, Note>();
    let h = emptyHistory();
    const notes = Array.from({ length: 5 }, (_, i) => note(`N${i}`));
    for (const n of notes) db.set(n.id, n);
    for (const n of notes) h = recordAction(h, 'star', applyAll(db, [{ id: n.id, patch: { starred: true } }]), 3).history;
    expect(h.past).toHaveLength(3);
    expect([...h.stamps.keys()].sort()).toEqual(
      notes
        .slice(2)
        .map((n) => n.id)
        .sort(),
    );
  });
});
