import type { Edit } from './edits';

/**
 * Markdown from a shared document: `**bold**`, `__bold__`, `*italic*`, `_italic_`, `~~struck~~`,
 * `` `code` `` and `[text](url)` are reduced to their text (a link keeps its text, not its address).
 * Only the marks are removed; a `*` or `-` that starts a list item, or `_` inside a word, stays.
 */

const LINK = /!?\[([^[\]\n]{1,500})\]\(\s*<?[^()\s<>]{0,2000}>?(?:\s+(?:"[^"\n]{0,300}"|'[^'\n]{0,300}'))?\s*\)/g;
const STRONG = /(\*\*|__|~~)(?=[^\s*_~])([^\n]{0,1000}?[^\s*_~\\])\1/g;
const EMPHASIS = /(?<![\p{L}\p{N}*_\\])([*_])(?=[^\s*_])([^\n*_]{0,1000}?[^\s*_\\])\1(?![\p{L}\p{N}*_])/gu;
const CODE = /(?<!`)`([^`\n]{1,500})`(?!`)/g;
const CHEAP = /[*_~`[]/;

export function markdownEdits(text: string): Edit[] {
  if (!CHEAP.test(text)) return [];
  const edits: Edit[] = [];
  const unwrap = (re: RegExp, open: (m: RegExpExecArray) => number, close: (m: RegExpExecArray) => number): void => {
    for (const m of text.matchAll(re)) {
      const s = m.index;
      const e = s + m[0].length;
      edits.push({ start: s, end: s + open(m), text: '' });
      edits.push({ start: e - close(m), end: e, text: '' });
    }
  };
  if (text.includes('](')) {
    unwrap(
      LINK,
      (m) => (m[0].startsWith('!') ? 2 : 1),
      (m) => m[0].length - (m[0].startsWith('!') ? 2 : 1) - m[1]!.length,
    );
  }
  if (/\*\*|__|~~/.test(text))
    unwrap(
      STRONG,
      (m) => m[1]!.length,
      (m) => m[1]!.length,
    );
  if (/[*_]/.test(text))
    unwrap(
      EMPHASIS,
      () => 1,
      () => 1,
    );
  if (text.includes('`'))
    unwrap(
      CODE,
      () => 1,
      () => 1,
    );
  return edits;
}
