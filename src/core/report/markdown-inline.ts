import { parseInline, type InlineRun } from '../text/inline-markdown';
import { escapeBlockText, escapeInline, escapeLineStart } from './markdown-escape';

/**
 * A note's inline formatting written back as Markdown: bold as `**…**`, italic as `*…*`, links as
 * `[text](<url>)`, every other sign escaped (markdown-escape.ts), so a Markdown reader sees what
 * capture, the DOCX and the PDF show. Text without formatting takes the plain escaping path.
 */
type TextRun = Exclude<InlineRun, { lineBreak: true }>;

const isPlain = (runs: InlineRun[]) => runs.every((r) => 'lineBreak' in r || (!r.bold && !r.italic && r.href === null));

/** Emphasis signs hug the text: spaces at a run's edges go outside them, or they would not count. */
function emphasised(run: TextRun): string {
  const escaped = escapeInline(run.text);
  const marks = run.bold && run.italic ? '***' : run.bold ? '**' : run.italic ? '*' : '';
  if (marks === '') return escaped;
  const [, lead, core, trail] = /^(\s*)(.*?)(\s*)$/s.exec(escaped)!;
  return core === '' ? escaped : `${lead}${marks}${core}${marks}${trail}`;
}

function lineMarkdown(runs: TextRun[]): string {
  let out = '';
  for (let i = 0; i < runs.length;) {
    const href = runs[i]!.href;
    let inner = '';
    for (; i < runs.length && runs[i]!.href === href; i++) inner += emphasised(runs[i]!);
    out += href === null ? inner : `[${inner}](<${href.replace(/[<>\\\s]/g, (c) => encodeURIComponent(c))}>)`;
  }
  return out;
}

/** Lines of text runs: a line break starts a new line; lines with nothing on them are left out. */
function lines(runs: InlineRun[]): TextRun[][] {
  const out: TextRun[][] = [[]];
  for (const r of runs) {
    if ('lineBreak' in r) out.push([]);
    else out.at(-1)!.push(r);
  }
  return out.map((line) => trimLine(line)).filter((line) => line.length > 0);
}

function trimLine(line: TextRun[]): TextRun[] {
  const copy = line.map((r) => ({ ...r }));
  if (copy.length > 0) copy[0]!.text = copy[0]!.text.trimStart();
  if (copy.length > 0) copy[copy.length - 1]!.text = copy[copy.length - 1]!.text.trimEnd();
  return copy.filter((r) => r.text !== '');
}

/** Block text (a paragraph, list item or quote): line breaks become hard breaks, continuation lines indented by `indent`. */
export function inlineMarkdown(text: string, indent = ''): string {
  const runs = parseInline(text);
  if (isPlain(runs)) return escapeBlockText(text, indent);
  return lines(runs)
    .map((line) => escapeLineStart(lineMarkdown(line)))
    .join(`\\\n${indent}`);
}
