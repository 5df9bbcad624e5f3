import { escapeBlockText, escapeCell, escapeInline } from './markdown-escape';
import { inlineMarkdown } from './markdown-inline';
import {
  attribution,
  noteLabel,
  quoteSignature,
  type ReportBlock,
  type ReportModel,
  type ReportNote,
  type ReportPhoto,
  type ReportTable,
} from './model';

/**
 * The report as CommonMark + GFM pipe tables: `#` for the title, `##`–`####` for section levels,
 * every piece of user text escaped. Blocks are separated by exactly one blank line (markdownlint).
 */
export function renderMarkdown(model: ReportModel): string {
  const out: string[] = [];
  const cache: RenderCache = { heads: new Map(), bodies: new Map() };
  const { title } = model;
  out.push(`# ${escapeInline(title.title || model.labels.report)}`);
  if (title.scope) out.push(`**${escapeInline(title.scope)}**`);
  if (title.subtitle) out.push(escapeBlockText(title.subtitle));
  if (title.details.length > 0) {
    out.push(title.details.map((d) => `- **${escapeInline(d.label)}:** ${escapeInline(d.value)}`).join('\n'));
  }
  for (const section of model.sections) {
    out.push(`${'#'.repeat(section.level + 1)} ${escapeInline(section.heading)}`);
    for (const block of section.blocks) out.push(renderBlock(block, cache, model.labels.program.photoNotInMarkdown));
  }
  // The final newline joins the last piece rather than the whole text: `join(…) + '\n'` would make
  // a multi-megabyte rope that has to be copied flat again before it can be written.
  out.push(`${out.pop() ?? ''}\n`);
  return out.join('\n\n');
}

function photoMarkdown(photo: ReportPhoto, notInMarkdown: string): string {
  const caption = photo.caption === '' ? '' : ` ${escapeInline(photo.caption)}`;
  return `**${escapeInline(photo.label)}.**${caption} *(${escapeInline(notInMarkdown)})*`;
}

function renderBlock(block: ReportBlock, cache: RenderCache, notInMarkdown: string): string {
  switch (block.type) {
    case 'paragraph':
      return inlineMarkdown(block.text);
    case 'bullets':
      return block.items.map((item) => `- ${inlineMarkdown(item, '  ')}`).join('\n');
    case 'notes':
      return block.items.map((n) => `- ${noteLine(n, block.showKind, block.showQuestion, '  ', cache)}`).join('\n');
    case 'quotes':
      // One block quote, one paragraph per quote: separate quotes would need a blank line between
      // them, which markdownlint (MD028) reads as a mistake.
      return block.items.map((n) => `> ${inlineMarkdown(n.text, '> ')}${attributionSuffix(n, '> ', quoteSignature(n))}`).join('\n>\n');
    case 'table':
      return renderTable(block.table);
    case 'photo':
      // A .md is one text file: the picture stays in the DOCX and PDF, the caption says where.
      return photoMarkdown(block.photo, notInMarkdown);
  }
}

/**
 * Escaped pieces reused within one document: a note appears in its question's section and again
 * in the annex (same indent), and thousands of notes share a handful of kind/question prefixes.
 */
interface RenderCache {
  heads: Map<string, string>;
  bodies: Map<ReportNote, string>;
}

function noteLine(n: ReportNote, showKind: boolean, showQuestion: boolean, indent: string, cache: RenderCache): string {
  const prefix = noteLabel(n, showKind, showQuestion);
  let head = cache.heads.get(prefix);
  if (head === undefined) {
    head = prefix === '' ? '' : `**${escapeInline(prefix)}:** `;
    cache.heads.set(prefix, head);
  }
  let body = cache.bodies.get(n);
  if (body === undefined) {
    body = inlineMarkdown(n.text, indent) + attributionSuffix(n, indent, attribution(n));
    cache.bodies.set(n, body);
  }
  return n.starred ? `★ ${head}${body}` : head + body;
}

function attributionSuffix(n: ReportNote, indent: string, who: string): string {
  if (who === '') return '';
  // Quotes put the speaker on its own line, as a signature; other notes keep it inline.
  return n.kind === 'quote' && indent.startsWith('>') ? `\\\n${indent}— *${escapeInline(who)}*` : ` — *${escapeInline(who)}*`;
}

function renderTable(table: ReportTable): string {
  // An empty cell is written `| |`: one space, as markdownlint's table style expects.
  const row = (cells: string[]) =>
    `|${cells
      .map((c) => escapeCell(c))
      .map((c) => (c === '' ? ' |' : ` ${c} |`))
      .join('')}`;
  const rule = `| ${table.numeric.map((n) => (n ? '---:' : '---')).join(' | ')} |`;
  return [row(table.columns), rule, ...table.rows.map(row)].join('\n');
}
