import MarkdownIt from 'markdown-it';

/**
 * The one reading of a note's inline formatting, shared by every renderer (capture, report preview,
 * DOCX, Markdown, HTML/PDF): bold (`**x**`, `__x__`), italic (`*x*`, `_x_`), links (`[text](url)` and
 * bare http(s)/mailto addresses) and line breaks. Everything else — headings, lists, code, HTML,
 * entities, strikeout — stays literal text. markdown-it (no DOM) is run with only those rules; a
 * backslash keeps a sign literal, as in Markdown (`\*` is an asterisk).
 */
export type InlineRun = { text: string; bold: boolean; italic: boolean; href: string | null } | { lineBreak: true };

const md = new MarkdownIt('zero', { linkify: true }).enable(['emphasis', 'link', 'linkify', 'newline', 'escape']);
// Only addresses with their scheme become links: "p.ej." or "datos.gob" stay text.
md.linkify.set({ fuzzyLink: false, fuzzyEmail: false });
// Only web and mail addresses: a relative or javascript: link stays the text it was typed as.
md.validateLink = (url) => /^(?:https?:\/\/|mailto:)/i.test(url.trim());

/** Signs without which a text has no formatting (emphasis, links, escapes, addresses). */
const MAYBE_FORMATTED = /[*_[\\:]/;

/** False when the text cannot hold any formatting: writers then take their plain-text path. */
export function hasInlineSigns(text: string): boolean {
  return MAYBE_FORMATTED.test(text);
}

/** The runs of a note's text, in order; adjacent runs never share all of bold, italic and link. */
export function parseInline(text: string): InlineRun[] {
  if (!MAYBE_FORMATTED.test(text)) return plainRuns(text);
  const children = md.parseInline(text, {})[0]?.children ?? [];
  const runs: InlineRun[] = [];
  let bold = 0;
  let italic = 0;
  let href: string | null = null;
  const push = (t: string) => {
    if (t === '') return;
    const last = runs.at(-1);
    if (last && !('lineBreak' in last) && last.bold === bold > 0 && last.italic === italic > 0 && last.href === href) last.text += t;
    else runs.push({ text: t, bold: bold > 0, italic: italic > 0, href });
  };
  for (const token of children) {
    switch (token.type) {
      case 'strong_open':
        bold++;
        break;
      case 'strong_close':
        bold--;
        break;
      case 'em_open':
        italic++;
        break;
      case 'em_close':
        italic--;
        break;
      case 'link_open':
        href = String(token.attrGet('href') ?? '');
        break;
      case 'link_close':
        href = null;
        break;
      case 'softbreak':
      case 'hardbreak':
        runs.push({ lineBreak: true });
        break;
      default:
        push(token.content);
    }
  }
  return runs;
}

function plainRuns(text: string): InlineRun[] {
  const runs: InlineRun[] = [];
  text.split('\n').forEach((line, i) => {
    if (i > 0) runs.push({ lineBreak: true });
    if (line !== '') runs.push({ text: line, bold: false, italic: false, href: null });
  });
  return runs;
}

/** The text a reader sees, formatting signs removed (for one-line cells and searches). */
export function inlinePlainText(text: string): string {
  return parseInline(text)
    .map((r) => ('lineBreak' in r ? '\n' : r.text))
    .join('');
}
