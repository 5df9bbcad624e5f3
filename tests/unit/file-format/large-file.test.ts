import { describe, expect, it } from 'vitest';
import { generateDemoBundle } from '../../../src/core/demo';
import { parseEventFile, serializeEventFile } from '../../../src/core/file-format';
import { META, smallBundle } from './fixture';

type Json = Record<string, any>;

// From a thousand records on, the schema check runs zod's compiled validator: a large file must be
// accepted and refused exactly like a small one.
describe('a large event file', () => {
  const large = generateDemoBundle({ notes: 1500, seed: 3, sample: smallBundle() });
  const text = serializeEventFile(large, META);

  it('is read back as the same bundle', () => {
    const result = parseEventFile(text);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.bundle).toEqual(large);
  });

  it('names every broken field, in file order, with the same codes as a small file', () => {
    const file = JSON.parse(text) as Json;
    file.notes[10].text = 5;
    file.notes[700].kind = 'rumour';
    file.notes[1400].createdAt = 'yesterday';
    delete file.notes[1401].starred;
    file.notes[1402].mood = 'happy';
    const result = parseEventFile(JSON.stringify(file));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.code, e.path])).toEqual([
      ['wrong-type', 'notes[10].text'],
      ['bad-value', 'notes[700].kind'],
      ['bad-format', 'notes[1400].createdAt'],
      ['missing-field', 'notes[1401].starred'],
      ['unknown-field', 'notes[1402].mood'],
    ]);
  });
});
