/**
 * Escaping user text for CommonMark/GFM so a note can never change the document's structure.
 * Inline: characters that open emphasis, code, links, HTML, tables, strikeout, headings' closing
 * sequences, entities and GFM emoji shortcodes are backslash-escaped. Line starts: list markers,
 * block quotes, setext underlines and ordered-list numbers are escaped too.
 */
const INLINE = /[\\`*_[\]<>|~#]|&(?=#?\w+;)|:(?=(?:[A-Za-z_+-][\w+-]*|100|1234):)/g;
const LINE_START = /^([-+=]|\d{1,9}(?=[.)]))/;

const MAYBE_INLINE = /[\\`*_[\]<>|~#&:]/;

export function escapeInline(text: string): string {
  return MAYBE_INLINE.test(text) ? text.replace(INLINE, '\\$&') : text;
}

/** Escapes one line of a block: inline escaping plus whatever would start a block at its head. */
function escapeLine(line: string): string {
  return escapeLineStart(escapeInline(line.trim()));
}

/** An already inline-escaped line with whatever would start a block at its head escaped too. */
export function escapeLineStart(escaped: string): string {
  // Only a line starting with one of `-+=` or a digit can open a block; most lines are left as they are.
  const first = escaped.charCodeAt(0);
  const mayOpenBlock = first === 0x2d || first === 0x2b || first === 0x3d || (first >= 0x30 && first <= 0x39);
  return mayOpenBlock ? escaped.replace(LINE_START, (m) => (/^\d/.test(m) ? `${m}\\` : `\\${m}`)) : escaped;
}

/**
 * Multi-line user text inside a paragraph or list item: blank lines would end the block, so they
 * are dropped; each line break becomes a hard break (`\` at the end of the line), and continuation
 * lines are indented by `indent` so they stay inside a list item.
 */
export function escapeBlockText(text: string, indent = ''): string {
  if (!text.includes('\n')) return escapeLine(text);
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  return lines.map(escapeLine).join(`\\\n${indent}`);
}

/** A GFM table cell: one line, pipes escaped. */
export function escapeCell(text: string): string {
  const escaped = escapeInline(text.replace(/\s*\n\s*/g, ' ').trim());
  return escaped;
}
