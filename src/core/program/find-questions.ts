import { isClosingLine } from './closing';
import { dropRepeatedLists } from './duplicates';
import { isEventFieldLine, isPanelLabel, isTimeLine, questionHeading, themeHeading } from './headings';
import type { Line } from './lines';
import { markerAt } from './markers';
import { headingOnLine, isSectionLine, MAX_QUESTIONS, readBlock, type FoundHeading, type RawQuestion } from './questions';
import { readStatements } from './statements';
import { findTables } from './tables';

export interface FoundQuestions {
  questions: RawQuestion[];
  heading: string | null;
  headingFound: boolean;
}

/**
 * Minimum words for a bare line to count as a question when no heading was found: skips menu
 * items such as "¿Quiénes somos?". Numbered or bulleted questions count whatever their length.
 */
const FALLBACK_MIN_WORDS = 3;

export function findQuestions(norm: string, lines: Line[]): FoundQuestions {
  joinWrappedHeadings(lines);
  const tables = findTables(norm, lines);
  const inTable = (i: number): boolean => tables.some((t) => i >= t.header && i < t.next);
  const events: ({ index: number; table: (typeof tables)[number] } | (FoundHeading & { table: null }))[] = tables.map((t) => ({
    index: t.header,
    table: t,
  }));
  for (let i = 0; i < lines.length; i++) {
    const h = headingOnLine(lines[i]!);
    if (h && !inTable(i)) events.push({ ...h, index: i, table: null });
  }
  if (tables.length > 0) events.sort((a, b) => a.index - b.index);
  const headingCount = events.length - tables.length;
  const questions: RawQuestion[] = [];
  let heading: string | null = null;
  let after = 0;
  for (const h of events) {
    if (questions.length >= MAX_QUESTIONS) break;
    if (h.index < after) continue;
    if (h.table) {
      questions.push(...h.table.questions);
      heading ??=
        lines[h.index]!.text.split('\t')
          .find((c) => questionHeading(c.trim()))
          ?.trim() ?? null;
      after = h.table.next;
      continue;
    }
    const label = h.label || labelBefore(lines, h.index, headingCount > 1);
    const { items, next } = readBlock(norm, lines, h.index, { label, inlineStart: h.inlineStart, fallback: false });
    if (items.length > 0) {
      heading ??= h.text;
      questions.push(...items);
    }
    after = h.inlineStart >= 0 && items.length === 0 ? h.index + 1 : next;
  }
  if (questions.length > 0) return { questions: dropRepeatedLists(questions).slice(0, MAX_QUESTIONS), heading, headingFound: true };
  const themes = themeBlocks(norm, lines);
  if (themes.questions.length > 0) return themes;
  return { questions: fallback(norm, lines).slice(0, MAX_QUESTIONS), heading: null, headingFound: false };
}

/** Statements under "Ejes de discusión", "Discussion themes"…: read only when no heading announces questions. */
function themeBlocks(norm: string, lines: Line[]): FoundQuestions {
  const questions: RawQuestion[] = [];
  let heading: string | null = null;
  for (let i = 0; i < lines.length && questions.length < MAX_QUESTIONS; i++) {
    const h = themeHeading(lines[i]!.text);
    if (!h) continue;
    const { items, next } = readStatements(norm, lines, i);
    if (items.length > 0) {
      heading ??= h;
      questions.push(...items);
    }
    i = Math.max(i, next - 1);
  }
  return { questions: dropRepeatedLists(questions).slice(0, MAX_QUESTIONS), heading, headingFound: questions.length > 0 };
}

/**
 * "Durante la mesa, las personas panelistas responderán a las siguientes" + "preguntas:": an
 * announcement wrapped by a PDF over two lines is one heading, found on its second line.
 */
function joinWrappedHeadings(lines: Line[]): void {
  for (let i = 0; i + 1 < lines.length; i++) {
    const next = lines[i + 1]!;
    const t = next.text;
    if (next.gapBefore > 0 || t.length > 40 || !t.endsWith(':') || !/^\p{Ll}/u.test(t)) continue;
    const line = lines[i]!;
    if (/[.:;!?…]$/.test(line.text) || line.text.length > 120 || headingOnLine(line)) continue;
    const joined = `${line.text} ${t}`;
    const h = questionHeading(joined.length <= 120 ? joined : joined.slice(joined.length - 120).replace(/^\S*\s/, ''));
    if (h) next.heading = { index: -1, text: h.text, label: h.label, inlineStart: -1 };
  }
}

/** Agenda times before a label: "10:00 – 11:30 Mesa 1: Gobernanza" → "Mesa 1: Gobernanza". */
const LEADING_TIME =
  /^\d{1,2}(?:[:.h]\d{2})?\s*(?:h|hrs?|am|pm)?\s*(?:[-–—a]\s*\d{1,2}(?:[:.h]\d{2})?\s*(?:h|hrs?|am|pm)?)?\s*[-–—|:.]?\s*/i;

/** A label as shown: without Markdown heading marks or emphasis around it, nor a trailing colon. */
const cleanLabel = (t: string): string => t.replace(/^[#*_\s]+/, '').replace(/[\s:*_]+$/, '');

/**
 * The panel a heading belongs to, named on a line just above it ("Mesa 1: Gobernanza", then maybe
 * "Modera: …", then "Preguntas guía"); failing that, when the program repeats the heading, the
 * title-like line right above it.
 */
function labelBefore(lines: Line[], index: number, severalBlocks: boolean): string {
  for (let k = index - 1, seen = 0; k >= 0 && seen < 4; k--, seen++) {
    const line = lines[k]!;
    // Above the event's own data ("Fecha:", "Lugar:") is the program's header: its title names no panel.
    if (line.text.includes('?') || line.text.length > 120 || isEventFieldLine(line.text)) break;
    const t = isTimeLine(line.text) ? line.text.replace(LEADING_TIME, '') : line.text;
    if (t && !isSectionLine(line) && isPanelLabel(t)) return cleanLabel(t);
    if (line.gapBefore > 1) break;
  }
  const above = lines[index - 1];
  if (severalBlocks && above && lines[index]!.gapBefore <= 1 && isTitleLike(above.text) && !isSectionLine(above)) {
    return cleanLabel(above.text);
  }
  return '';
}

function isTitleLike(t: string): boolean {
  return t.length <= 80 && !/[.;,?]$/.test(t) && !t.includes(':') && !isTimeLine(t) && /^\P{Ll}/u.test(t) && !/^\d/.test(t);
}

function fallback(norm: string, lines: Line[]): RawQuestion[] {
  const out: RawQuestion[] = [];
  for (let i = 0; i < lines.length && out.length < MAX_QUESTIONS; i++) {
    if (!startsQuestion(lines, i)) continue;
    const { items, next } = readBlock(norm, lines, i, { label: labelBefore(lines, i, false), inlineStart: -1, fallback: true });
    for (const q of items) {
      const asked = q.text.slice(Math.max(0, q.text.indexOf('¿')));
      if (q.text.includes('?') && (q.listed || asked.split(' ').length >= FALLBACK_MIN_WORDS)) out.push(q);
    }
    i = Math.max(i, next - 1);
  }
  return out;
}

const asks = (t: string): boolean => t.includes('?') && t.replace(/(?:https?:\/\/|www\.)\S*/gi, '').includes('?');

/** A line that asks something, opens a `¿`, or is a numbered item whose question mark is on the next line. */
function startsQuestion(lines: Line[], i: number): boolean {
  const t = lines[i]!.text;
  if (asks(t) || t.includes('¿')) return !isClosingLine(t.slice(markerAt(t)?.length ?? 0));
  const next = lines[i + 1];
  return !!next && next.gapBefore === 0 && markerAt(t) !== null && !/[.!:;]$/.test(t) && markerAt(next.text) === null && asks(next.text);
}
