import { describe, expect, it } from 'vitest';
import { decideEdit, nextUpdatedAt, sameValue } from '../../../src/core/model/edit-guard';
import { createNote, softDelete, touch } from '../../../src/core/model/factories';
import type { Note } from '../../../src/core/model/types';

const T0 = Date.parse('2026-11-26T16:00:00.000Z');
const ctx = { newId: () => 'n1', nowMs: () => T0 };
const opened = createNote('e1', { text: 'Más carriles bici', tags: ['movilidad'] }, ctx);

describe('decideEdit: may a save go over the record as stored now?', () => {
  it('applies an unguarded change, and a guarded one when nobody else saved meanwhile', () => {
    expect(decideEdit(opened, { text: 'x' })).toEqual({ kind: 'apply', changes: { text: 'x' } });
    expect(decideEdit(opened, { text: 'x' }, { expectedUpdatedAt: opened.updatedAt })).toEqual({ kind: 'apply', changes: { text: 'x' } });
  });

  it('refuses a save over text another tab changed since the editor opened it', () => {
    const theirs = touch(opened, { text: 'Más carriles bici y banquetas' }, T0 + 5000);
    expect(decideEdit(theirs, { text: 'Más ciclovías' }, { expectedUpdatedAt: opened.updatedAt })).toEqual({
      kind: 'conflict',
      fields: ['text'],
    });
    // The same with the opened values: both sides changed the text, differently.
    expect(decideEdit(theirs, { text: 'Más ciclovías' }, { expectedUpdatedAt: opened.updatedAt, base: opened })).toEqual({
      kind: 'conflict',
      fields: ['text'],
    });
  });

  it('writes nothing when the other side already saved exactly what I want', () => {
    const theirs = touch(opened, { text: 'Más ciclovías' }, T0 + 5000);
    expect(decideEdit(theirs, { text: 'Más ciclovías' }, { expectedUpdatedAt: opened.updatedAt })).toEqual({ kind: 'unchanged' });
  });

  it('keeps another tab’s change to other fields, and applies only the fields I changed', () => {
    const theirs = touch(opened, { starred: true, kind: 'proposal' }, T0 + 5000);
    // The editor sends every field it shows; only the text differs from what it opened.
    const mine = { text: 'Más ciclovías', kind: 'idea' as const, tags: ['movilidad'] };
    expect(decideEdit(theirs, mine, { expectedUpdatedAt: opened.updatedAt, base: opened })).toEqual({
      kind: 'apply',
      changes: { text: 'Más ciclovías' },
    });
  });

  it('without the opened values, any changed field given counts as mine', () => {
    const theirs = touch(opened, { kind: 'proposal' }, T0 + 5000);
    expect(decideEdit(theirs, { text: 'y', kind: 'idea' }, { expectedUpdatedAt: opened.updatedAt })).toEqual({
      kind: 'conflict',
      fields: ['text', 'kind'],
    });
  });

  it('compares lists and objects by value', () => {
    const theirs = touch(opened, { tags: ['movilidad', 'agua'] }, T0 + 5000);
    const base = { tags: ['movilidad'] };
    expect(decideEdit(theirs, { tags: ['movilidad', 'agua'] }, { expectedUpdatedAt: opened.updatedAt, base })).toEqual({
      kind: 'unchanged',
    });
    expect(decideEdit(theirs, { tags: ['calles'] }, { expectedUpdatedAt: opened.updatedAt, base })).toEqual({
      kind: 'conflict',
      fields: ['tags'],
    });
    expect(decideEdit(theirs, { tags: ['movilidad'] }, { expectedUpdatedAt: opened.updatedAt, base })).toEqual({ kind: 'unchanged' });
  });

  it('tells the user when the record was deleted elsewhere while they edited it', () => {
    const theirs = softDelete(opened, T0 + 5000);
    expect(decideEdit(theirs, { text: 'Más ciclovías' }, { expectedUpdatedAt: opened.updatedAt, base: opened })).toEqual({
      kind: 'conflict',
      fields: ['deletedAt'],
    });
  });

  it('a record created meanwhile by someone else is a conflict for an editor that saw none', () => {
    const theirs = createNote('e1', { text: 'Síntesis de otra ventana' }, ctx);
    expect(decideEdit<Note>(undefined, { text: 'mía' }, { expectedUpdatedAt: null })).toEqual({ kind: 'apply', changes: { text: 'mía' } });
    expect(decideEdit(theirs, { text: 'mía' }, { expectedUpdatedAt: null, base: { text: '' } })).toEqual({
      kind: 'conflict',
      fields: ['text'],
    });
  });

  it('reports a record that is gone', () => {
    expect(decideEdit<Note>(undefined, { text: 'x' }, { expectedUpdatedAt: opened.updatedAt })).toEqual({ kind: 'missing' });
    expect(decideEdit<Note>(undefined, { text: 'x' })).toEqual({ kind: 'missing' });
  });
});

describe('updatedAt always moves forward', () => {
  it('is now, or one millisecond after the replaced version when the clock has not moved or went back', () => {
    expect(nextUpdatedAt('2026-11-26T16:00:00.000Z', T0 + 20)).toBe('2026-11-26T16:00:00.020Z');
    expect(nextUpdatedAt('2026-11-26T16:00:00.000Z', T0)).toBe('2026-11-26T16:00:00.001Z');
    expect(nextUpdatedAt('2026-11-26T16:00:00.000Z', T0 - 60_000)).toBe('2026-11-26T16:00:00.001Z');
  });

  it('so two edits in one millisecond give two versions an editor can tell apart', () => {
    const a = touch(opened, { text: 'a' }, T0);
    const b = touch(a, { text: 'b' }, T0);
    expect(new Set([opened.updatedAt, a.updatedAt, b.updatedAt]).size).toBe(3);
    expect(decideEdit(b, { text: 'c' }, { expectedUpdatedAt: a.updatedAt })).toEqual({ kind: 'conflict', fields: ['text'] });
  });
});

describe('sameValue', () => {
  it('is structural for plain data', () => {
    expect(sameValue({ who: 'Ana', when: 'marzo' }, { when: 'marzo', who: 'Ana' })).toBe(true);
    expect(sameValue({ who: 'Ana' }, { who: 'Ana', when: '' })).toBe(false);
    expect(sameValue(['a'], { 0: 'a' })).toBe(false);
    expect(sameValue(null, {})).toBe(false);
    expect(sameValue(null, null)).toBe(true);
  });
});
