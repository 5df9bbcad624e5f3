/**
 * Folding for search and matching: "Gobernanza" matches "gobernanza", "mexico" matches "México",
 * "Ñ" matches "n". Diacritics are removed after canonical decomposition, so text pasted in NFD
 * form (common from macOS and PDFs) folds the same way as NFC.
 *
 * Text made only of Latin letters (U+0000–U+024F: nearly every note and program in Spanish, English or
 * Portuguese) takes a shorter path with the same result, character for character: one table look-up per
 * letter instead of a decomposition of the whole string. It matters for memory as much as for time:
 * decomposing makes a string of two-byte characters, which the engine keeps that way even once the
 * diacritics are gone, so Find's index of 10,000 folded notes took twice the memory it needs; and the
 * program reader folds tens of thousands of lines of a long paste.
 */
export function fold(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase();
  if (!BEYOND_LATIN.test(text)) return text.replace(LATIN, foldLatin).toLowerCase();
  return foldAny(text);
}

const ASCII = /^[\x00-\x7f]*$/;
const BEYOND_LATIN = /[^\x00-\u024f]/;
const LATIN = /[\x80-\u024f]/g;

function foldAny(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/**
 * Each Latin letter U+0080–U+024F folded on its own, made once from the full definition. Folding is letter
 * by letter there: decomposition and dropping the marks work per character (no mark is in this range), and
 * so does lower-casing.
 */
let latinTable: string[] | null = null;
function foldLatin(c: string): string {
  latinTable ??= Array.from({ length: 0x250 }, (_, code) => foldAny(String.fromCharCode(code)));
  return latinTable[c.charCodeAt(0)]!;
}
