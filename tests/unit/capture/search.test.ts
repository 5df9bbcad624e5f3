import { describe, expect, it } from 'vitest';
import { NoteSearchIndex } from '../../../src/core/capture/search';
import { createNote, softDelete, touch } from '../../../src/core/model/factories';
import type { Note } from '../../../src/core/model/types';
import { fold } from '../../../src/core/text/fold';

const eventId = '00000000-0000-4000-8000-000000000000';
const q1 = '11111111-1111-4111-8111-111111111111';
const q2 = '22222222-2222-4222-8222-222222222222';
const notes = [
  createNote(eventId, { text: 'La Gobernanza metropolitana en México', questionId: q1, tags: ['gobernanza'] }),
  createNote(eventId, { text: 'Movilidad y transporte público', questionId: q2, kind: 'proposal', starred: true }),
  createNote(eventId, { text: 'Seguridad alimentaria en los municipios', questionId: q2, tags: ['alimentación'] }),
];

describe('note search', () => {
  const index = new NoteSearchIndex();
  index.update(notes);

  it('ignores case and accents, in the query and in the notes', () => {
    expect(index.search(notes, 'gobernanza').map((n) => n.text)).toEqual(['La Gobernanza metropolitana en México']);
    expect(index.search(notes, 'mexico')).toHaveLength(1);
    expect(index.search(notes, 'MÉXICO')).toHaveLength(1);
    expect(index.search(notes, 'me\u0301xico')).toHaveLength(1); // NFD query
  });

  it('needs every word, in any order', () => {
    expect(index.search(notes, 'municipios seguridad')).toHaveLength(1);
    expect(index.search(notes, 'municipios transporte')).toHaveLength(0);
  });

  it('filters by question, kind, tag and star', () => {
    expect(index.search(notes, '', { questionId: q2 })).toHaveLength(2);
    expect(index.search(notes, '', { kind: 'proposal' })).toHaveLength(1);
    expect(index.search(notes, '', { tag: 'Alimentacion' })).toHaveLength(1);
    expect(index.search(notes, '', { starredOnly: true }).map((n) => n.kind)).toEqual(['proposal']);
  });

  it('sees edits and never returns deleted notes', () => {
    const edited = notes.map((n, i) => (i === 0 ? touch(n, { text: 'Participación ciudadana', tags: [] }, Date.now() + 1000) : n));
    const withDeleted = edited.map((n, i) => (i === 1 ? softDelete(n, Date.now() + 1000) : n));
    index.update(withDeleted);
    expect(index.search(withDeleted, 'gobernanza')).toHaveLength(0);
    expect(index.search(withDeleted, 'participacion')).toHaveLength(1);
    expect(index.search(withDeleted, 'movilidad')).toHaveLength(0);
  });
});

/** What a search must return, computed the slow way from the notes themselves. */
const expected = (list: readonly Note[], query: string) => {
  const words = fold(query).split(/\s+/).filter(Boolean);
  return list.filter(
    (n) => n.deletedAt === null && words.every((w) => fold(`${n.text} ${n.tags.map((t) => `#${t}`).join(' ')}`).includes(w)),
  );
};

describe('note search as the list changes under it', () => {
  const texts = ['Vivienda asequible', 'Coordinación METROPOLITANA', 'Niñas y niños', 'Transporte público', 'Presupuesto participativo'];
  const queries = ['vivienda', 'metropolitana', 'ninas', 'publico transporte', '#agua', 'o', 'participativo presupuesto', 'zzz'];
  let clock = Date.parse('2026-12-02T10:00:00Z');

  it('finds exactly what a fresh index finds after additions, edits, deletions and a list read again', () => {
    const index = new NoteSearchIndex();
    let list: Note[] = texts.map((text, i) => createNote(eventId, { text, tags: i === 0 ? ['agua'] : [] }));
    const check = (step: string) => {
      index.update(list);
      const fresh = new NoteSearchIndex();
      fresh.update(list);
      for (const q of queries) {
        expect(index.search(list, q, {}, 1000), `${step}: "${q}"`).toEqual(expected(list, q));
        expect(fresh.search(list, q, {}, 1000)).toEqual(expected(list, q));
      }
    };
    check('first');
    list = [...list, createNote(eventId, { text: 'Agua potable en las periferias', tags: ['agua'] })];
    check('a note added at the end');
    list = list.map((n, i) => (i === 1 ? touch(n, { text: 'Coordinación entre municipios' }, (clock += 1000)) : n));
    check('a note edited');
    list = list.map((n, i) => (i === 2 ? touch(n, { tags: ['agua'] }, (clock += 1000)) : n));
    check('a tag added');
    list = list.filter((_, i) => i !== 3);
    check('a note left the list');
    list = [list[4]!, ...list.slice(0, 4).map((n) => ({ ...n })), createNote(eventId, { text: 'Vivienda y transporte' })];
    check('the list read again (new objects, another order) with a new note');
    list = list.map((n, i) => (i === 0 ? softDelete(n, (clock += 1000)) : n));
    check('a note deleted');
  });

  it('searches notes it was not given, folding them as it goes', () => {
    const index = new NoteSearchIndex();
    index.update(notes);
    const other = [createNote(eventId, { text: 'Gobernanza local', tags: ['Participación'] })];
    expect(index.search(other, 'gobernanza')).toEqual(other);
    expect(index.search(other, '#participacion')).toEqual(other);
    expect(index.search(other, 'mexico')).toEqual([]);
  });
});
