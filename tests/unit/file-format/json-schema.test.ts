import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventFileJsonSchema } from '../../../src/core/file-format';

const published = join(__dirname, '../../../resources/relator-event.schema.json');

describe('published JSON Schema', () => {
  it('matches the zod schema (regenerate: node bin/relator.mjs schema -o resources/relator-event.schema.json)', () => {
    expect(readFileSync(published, 'utf8')).toBe(eventFileJsonSchema());
  });

  it('forbids unknown keys and requires every field of a note', () => {
    const schema = JSON.parse(eventFileJsonSchema());
    const note = schema.properties.notes.items;
    expect(note.additionalProperties).toBe(false);
    expect(note.required).toContain('text');
    expect(note.properties.text.maxLength).toBe(100_000);
  });
});
