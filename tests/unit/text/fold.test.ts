import { describe, expect, it } from 'vitest';
import { fold } from '../../../src/core/text/fold';

/** The definition: canonical decomposition, diacritics removed, lower case. fold() must agree with it everywhere. */
const byDefinition = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();

describe('fold', () => {
  it('folds case and accents, in NFC and NFD text alike', () => {
    expect(fold('Gobernanza en México')).toBe('gobernanza en mexico');
    expect(fold('ÑANDÚ, Ação, Über')).toBe('nandu, acao, uber');
    expect(fold('Me\u0301xico')).toBe('mexico');
    expect(fold('“Política” — ¿quién?')).toBe('“politica” — ¿quien?');
  });

  it('agrees with the definition on every Latin-1 character, alone and between others', () => {
    for (let code = 0; code <= 0xff; code++) {
      const c = String.fromCharCode(code);
      expect(fold(c), `U+${code.toString(16).padStart(4, '0')}`).toBe(byDefinition(c));
      expect(fold(`A${c}É${c}z`)).toBe(byDefinition(`A${c}É${c}z`));
    }
  });

  it('agrees with the definition on text beyond Latin-1 (the general path)', () => {
    for (const text of ['İstanbul ŞİŞLİ', 'Ελληνικά ΣΟΦΙΑ', 'Œuvre ẞ Ÿ', 'ﬁn', 'Árbol…', 'Cañón\u0301', 'naïve café — “ok”']) {
      expect(fold(text)).toBe(byDefinition(text));
    }
  });
});
