import { Parser } from 'htmlparser2';

/**
 * The text of a saved web page (or of a Word document converted to HTML), laid out as a program
 * reads: one line per paragraph, heading or list item ("1. " or "• " before items of numbered and
 * bulleted lists), table cells separated by tabs with one row per line. Scripts, styles and other
 * content that is not text are left out; entities are decoded.
 */

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'iframe', 'object', 'canvas', 'math', 'select']);
const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'aside',
  'nav',
  'blockquote',
  'pre',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'figure',
  'figcaption',
  'address',
  'form',
  'fieldset',
  'details',
  'summary',
  'table',
  'caption',
  'hr',
]);
const PARAGRAPHS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'ul', 'ol', 'blockquote', 'pre']);

/**
 * `paragraphGap: false` (Word documents): a paragraph ends with a line break only, as Word's own copy
 * and paste gives it; a web page keeps a blank line between paragraphs, as a browser's copy does.
 */
export function htmlToText(html: string, { paragraphGap = true }: { paragraphGap?: boolean } = {}): string {
  const out: string[] = [];
  /** The text of the current line so far. */
  let line = '';
  let skipping = 0;
  let pre = 0;
  let cellInRow = 0;
  const lists: { ordered: boolean; n: number }[] = [];
  const endLine = (blank = false): void => {
    const t = line.replace(/[ ]+$/, '');
    if (t.trim()) out.push(t);
    line = '';
    if (blank && out.length > 0 && out[out.length - 1] !== '') out.push('');
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (skipping > 0 || SKIPPED.has(name) || attributes.hidden !== undefined || attributes['aria-hidden'] === 'true') {
          // Everything inside is left out, up to the matching end tag.
          if (!VOID.has(name)) skipping++;
          return;
        }
        // A line break inside a table cell would cut its row in two.
        if (name === 'br') return cellInRow > 0 ? void (line += ' ') : endLine();
        if (name === 'pre') pre++;
        if (name === 'ul' || name === 'ol') {
          endLine(lists.length === 0);
          lists.push({ ordered: name === 'ol', n: Number(attributes.start ?? 1) || 1 });
          return;
        }
        if (name === 'li') {
          endLine();
          const list = lists[lists.length - 1];
          const indent = '  '.repeat(Math.max(0, lists.length - 1));
          line = list?.ordered ? `${indent}${list.n++}. ` : `${indent}• `;
          return;
        }
        if (name === 'tr') {
          endLine();
          cellInRow = 0;
          return;
        }
        if (name === 'table') cellInRow = 0;
        if (name === 'td' || name === 'th') {
          if (cellInRow++ > 0) line += '\t';
          return;
        }
        if (/^h[1-6]$/.test(name) || PARAGRAPHS.has(name)) return endLine(paragraphGap || name !== 'p');
        if (BLOCKS.has(name)) endLine();
      },
      ontext(text) {
        if (skipping > 0) return;
        if (pre > 0) {
          const parts = text.split('\n');
          parts.forEach((part, i) => {
            if (i > 0) endLine();
            line += part;
          });
          return;
        }
        const collapsed = text.replace(/[\s\u00a0]+/g, (m) => (m.includes('\u00a0') ? '\u00a0' : ' '));
        // No space at the start of a line or of a cell, nor two in a row.
        if (collapsed === ' ' && (line === '' || /[ \t]$/.test(line))) return;
        line += line === '' || /[ \t]$/.test(line) ? collapsed.replace(/^ /, '') : collapsed;
      },
      onclosetag(name) {
        if (skipping > 0) {
          if (!VOID.has(name)) skipping--;
          return;
        }
        if (name === 'pre') pre = Math.max(0, pre - 1);
        if (name === 'ul' || name === 'ol') {
          lists.pop();
          return endLine(lists.length === 0);
        }
        if (name === 'td' || name === 'th') {
          line = line.replace(/ +$/, '');
          return;
        }
        if (name === 'tr') cellInRow = 0;
        if (name === 'li' || name === 'tr' || name === 'dt' || name === 'dd') return endLine();
        if (/^h[1-6]$/.test(name) || PARAGRAPHS.has(name)) return endLine(paragraphGap || name !== 'p');
        if (BLOCKS.has(name)) endLine();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  endLine();
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.join('\n');
}

/** Elements without content: they never open a skipped region of their own. */
const VOID = new Set(['br', 'img', 'hr', 'input', 'meta', 'link', 'source', 'wbr', 'area', 'base', 'col', 'embed', 'track']);
