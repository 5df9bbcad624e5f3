import { describe, expect, it } from 'vitest';
import { mentionAtCaret, rangeBetween, settlePending, stepSlot, withPending, withTag } from '../../../src/core/capture/note-list';
import { createNote } from '../../../src/core/model/factories';
import type { Note } from '../../../src/core/model/types';

let clock = Date.parse('2026-11-26T16:00:00Z');
let seq = 0;
const ctx = { newId: () => `n${++seq}`, nowMs: () => (clock += 1000) };
const note = (text: string, questionId: string | null = 'q1'): Note => createNote('e1', { text, questionId }, ctx);

describe('notes saved here but not yet delivered by the live query', () => {
  it('show at the end of the timeline of their question only', () => {
    const a = note('a');
    const b = note('b');
    const saved = note('just saved');
    const elsewhere = note('other question', 'q2');
    expect(withPending([a, b], [saved, elsewhere], 'q1').map((n) => n.text)).toEqual(['a', 'b', 'just saved']);
    expect(withPending([a, b], [saved, elsewhere], 'all').map((n) => n.text)).toEqual(['a', 'b', 'just saved', 'other question']);
  });

  it('are not shown twice once the live query has them, and the live list is reused untouched', () => {
    const a = note('a');
    const live = [a];
    expect(withPending(live, [a], 'q1')).toBe(live);
    expect(settlePending([a], live)).toEqual([]);
  });

  it('are recognised in a long list among notes saved in the same instant', () => {
    const sameInstant = Array.from({ length: 5 }, (_, i) => ({ ...note(`at once ${i}`), createdAt: '2026-11-26T17:00:00.000Z' }));
    const live = [...Array.from({ length: 1000 }, (_, i) => note(`old ${i}`)), ...sameInstant];
    expect(withPending(live, [sameInstant[2]!], 'q1')).toBe(live);
    expect(settlePending([sameInstant[4]!], live)).toEqual([]);
    const unsaved = { ...note('not listed yet'), createdAt: sameInstant[0]!.createdAt };
    expect(withPending(live, [unsaved], 'q1').at(-1)).toBe(unsaved);
    expect(settlePending([unsaved], live)).toEqual([unsaved]);
  });

  it('keep the time order even if one is older than the last listed note', () => {
    const early = note('early');
    const late = note('late');
    expect(withPending([late], [early], 'q1').map((n) => n.text)).toEqual(['early', 'late']);
  });
});

describe('selection and navigation helpers', () => {
  it('shift-click selects the whole range in either direction', () => {
    const ids = ['a', 'b', 'c', 'd', 'e'];
    expect(rangeBetween(ids, 'b', 'd')).toEqual(['b', 'c', 'd']);
    expect(rangeBetween(ids, 'e', 'c')).toEqual(['c', 'd', 'e']);
    expect(rangeBetween(ids, 'gone', 'c')).toEqual(['c']);
  });

  it('a typed tag is normalised and never duplicated', () => {
    expect(withTag(['agua'], ' #Movilidad Urbana ')).toEqual(['agua', 'movilidad-urbana']);
    const tags = ['agua'];
    expect(withTag(tags, '#agua')).toBe(tags);
    expect(withTag(tags, '  ')).toBe(tags);
  });

  it('Alt+arrows stop at the first and last question', () => {
    const slots = ['q1', 'q2', 'general', 'all'];
    expect(stepSlot(slots, 'q2', 1)).toBe('general');
    expect(stepSlot(slots, 'q1', -1)).toBe('q1');
    expect(stepSlot(slots, 'all', 1)).toBe('all');
  });

  it('finds the @mention being typed at the caret, accents included', () => {
    expect(mentionAtCaret('dice @Mar', 9)).toEqual({ start: 5, query: 'Mar' });
    expect(mentionAtCaret('@Íñigo', 6)).toEqual({ start: 0, query: 'Íñigo' });
    expect(mentionAtCaret('correo a@b.mx', 13)).toBeNull();
    expect(mentionAtCaret('@Ana dijo', 9)).toBeNull();
  });
});
