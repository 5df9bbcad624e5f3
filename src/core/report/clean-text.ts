/**
 * Characters no writer can carry: C0 controls other than tab and newline, lone surrogates and the
 * noncharacters U+FFFE/U+FFFF are forbidden in XML (DOCX) and meaningless in Markdown/CSV. They are
 * removed once, in the report model, so every format prints the same text.
 */
const FORBIDDEN = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Anything cleanText could change; most notes hold none of it, and one test is cheaper than two replaces. */
const MAYBE_DIRTY = /[\x00-\x08\x0B-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/;

export function cleanText(text: string): string {
  if (!MAYBE_DIRTY.test(text)) return text;
  return text.replace(/\r\n?/g, '\n').replace(FORBIDDEN, '');
}

/** One line for places that cannot hold a line break (headings, table cells). */
export function oneLine(text: string): string {
  return cleanText(text)
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}
