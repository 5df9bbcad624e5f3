/**
 * Folding for search and matching: "Gobernanza" matches "gobernanza", "mexico" matches "México",
 * "Ñ" matches "n". Diacritics are removed after canonical decomposition, so text pasted in NFD
 * form (common from macOS and PDFs) folds the same way as NFC.
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}
