import { applyEdits } from './edits';
import { emailEdits } from './email';
import { hyphenationEdits } from './hyphenation';
import { markdownEdits } from './markdown-inline';
import { normalizeText, type NormalizedText } from './normalize';
import { pageFurnitureEdits } from './page-furniture';

/**
 * The text a program is read from: normalised characters, then without what is not the program's
 * own text (e-mail quoting and signatures, page furniture), Markdown marks and line-end hyphens.
 * Every step keeps each character's place in the original input.
 */
export function cleanText(input: string): NormalizedText {
  let norm = normalizeText(input);
  norm = applyEdits(norm, emailEdits(norm.text));
  norm = applyEdits(norm, pageFurnitureEdits(norm.text));
  norm = applyEdits(norm, markdownEdits(norm.text));
  norm = applyEdits(norm, hyphenationEdits(norm.text));
  return norm;
}
