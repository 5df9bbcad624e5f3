import { describe, expect, it } from 'vitest';
import { TEXT_FIELDS } from '../../../src/core/merge/text-fields';

describe('the text fields a merge compares', () => {
  it('are read from the schema: free text, fields inside objects, and fields added later, but no ids, instants or choices', () => {
    expect(TEXT_FIELDS.notes.map((p) => p.join('.'))).toEqual(['text', 'action.who', 'action.when', 'authorName']);
    expect(TEXT_FIELDS.mesas.map((p) => p.join('.'))).toEqual(['name', 'room', 'moderator']);
    expect(TEXT_FIELDS.participants.map((p) => p.join('.'))).toEqual(['name', 'position', 'affiliation', 'sector']);
    expect(TEXT_FIELDS.syntheses.map((p) => p.join('.'))).toEqual(['text']);
    expect(TEXT_FIELDS.turns).toEqual([]);
  });
});
