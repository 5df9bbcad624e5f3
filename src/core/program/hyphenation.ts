import type { Edit } from './edits';
import { fold } from './normalize';

/**
 * Words a PDF hyphenated at a line end ("pro-\nyectos") are joined again ("proyectos"); a real
 * compound ("origen-destino") keeps its hyphen. The text itself decides: a word written elsewhere
 * joined, or with its hyphen, or its two halves each used as words, tell which it is.
 */

const BROKEN = /(\p{L}{1,40})-[ \t]*\n[ \t]*(\p{Ll}\p{L}{0,40})/gu;
/** "pro- yectos": a viewer that joined the PDF's lines with a space. Not before "y", "o", "and"… ("pre- y posparto"). */
const SPACED = /(\p{Ll}{2,40})- (?!(?:y|e|o|u|ni|and|or|nor|ou|nem)\b)(\p{Ll}{2,40})/gu;

export function hyphenationEdits(text: string): Edit[] {
  if (!text.includes('-')) return [];
  let words: Map<string, number> | null = null;
  const add = (w: string): void => void words!.set(w, (words!.get(w) ?? 0) + 1);
  /** How often each word (and each compound, and each half of one) is written in the text; counted once, when needed. */
  const count = (word: string): number => {
    if (!words) {
      words = new Map<string, number>();
      for (const m of fold(text).matchAll(/\p{L}+(?:-\p{L}+)*/gu)) {
        add(m[0]);
        if (m[0].includes('-')) for (const part of m[0].split('-')) add(part);
      }
    }
    return words.get(word) ?? 0;
  };
  const edits: Edit[] = [];
  const consider = (m: RegExpExecArray, spaced: boolean): void => {
    const head = m[1]!;
    const tail = m[2]!;
    const joined = fold(head + tail);
    // The joined word is used elsewhere: a break. The compound is, or both halves are words elsewhere too
    // (the broken word itself counts each half once): a real hyphen.
    const keep =
      count(joined) === 0 &&
      (count(`${fold(head)}-${fold(tail)}`) > 0 || (head.length >= 3 && count(fold(head)) >= 2 && count(fold(tail)) >= 2));
    const hyphenAt = m.index + head.length;
    const tailAt = m.index + m[0].length - tail.length;
    if (keep) {
      if (!spaced) edits.push({ start: hyphenAt + 1, end: tailAt, text: '' });
      return;
    }
    // The line break (or space) goes; a question wrapped there keeps reading as one line.
    edits.push({ start: hyphenAt, end: tailAt, text: '' });
  };
  if (text.includes('-\n') || /-[ \t]+\n/.test(text)) for (const m of text.matchAll(BROKEN)) consider(m, false);
  if (text.includes('- ')) for (const m of text.matchAll(SPACED)) consider(m, true);
  return edits;
}
