import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeTexts } from '../../../src/core/sync';

describe('mergeTexts: two people changed the same text from one base', () => {
  it('replays my edit on theirs, before or after what they changed', () => {
    expect(mergeTexts('Uno dos tres.', 'Cero. Uno dos tres.', 'Uno dos tres. Cuatro.')).toBe('Cero. Uno dos tres. Cuatro.');
    expect(mergeTexts('Uno dos tres.', 'Uno dos tres. Cuatro.', 'Cero. Uno dos tres.')).toBe('Cero. Uno dos tres. Cuatro.');
    expect(mergeTexts('Uno dos tres.', 'Uno tres.', 'Uno dos tres. Cuatro.')).toBe('Uno tres. Cuatro.');
  });

  it('keeps both insertions where both typed at the same place', () => {
    const merged = mergeTexts('Base.', 'Base. Mío.', 'Base. Suyo.');
    expect(merged).toContain('Mío.');
    expect(merged).toContain('Suyo.');
  });

  it('takes the only side that changed', () => {
    expect(mergeTexts('a', 'a', 'b')).toBe('b');
    expect(mergeTexts('a', 'b', 'a')).toBe('b');
  });

  it('never drops a word either side inserted between words (property)', () => {
    const words = fc.array(fc.constantFrom('agua', 'luz', 'casa', 'calle'), { maxLength: 6 });
    fc.assert(
      fc.property(words, fc.nat(), fc.nat(), (base, a, b) => {
        const at = (n: number) => n % (base.length + 1);
        // Each word is typed with the space after it, as people type.
        const text = (list: string[]) => list.map((w) => `${w} `).join('');
        const insert = (w: string, n: number) => text([...base.slice(0, at(n)), w, ...base.slice(at(n))]);
        const merged = mergeTexts(text(base), insert('MÍO', a), insert('SUYO', b));
        expect(merged.split(' ')).toEqual(expect.arrayContaining(['MÍO', 'SUYO', ...base]));
      }),
    );
  });
});
