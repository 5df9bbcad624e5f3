import { describe, expect, it } from 'vitest';
import { NoteSearchIndex } from '../../../src/core/capture/search';
import { createNote, softDelete, touch } from '../../../src/core/model/factories';

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
