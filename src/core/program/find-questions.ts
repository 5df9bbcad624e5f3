import { isPanelLabel, isTimeLine } from './headings';
import type { Line } from './lines';
import { markerAt } from './markers';
import { headingOnLine, isSectionLine, MAX_QUESTIONS, readBlock, type RawQuestion } from './questions';

export interface FoundQuestions {
  questions: RawQuestion[];
  heading: string | null;
  headingFound: boolean;
}

/** Minimum words for a line to count as a question when no heading was found (skips "¿Quiénes somos?"). */
const FALLBACK_MIN_WORDS = 4;

export function findQuestions(norm: string, lines: Line[]): FoundQuestions {
  const headings: { index: number; text: string; label: string; inlineStart: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const h = headingOnLine(lines[i]!);
    if (h) headings.push({ ...h, index: i });
  }
  const questions: RawQuestion[] = [];
  let heading: string | null = null;
  let after = 0;
  for (const h of headings) {
    if (questions.length >= MAX_QUESTIONS) break;
    if (h.index < after) continue;
    const label = h.label || labelBefore(lines, h.index, headings.length > 1);
    const { items, next } = readBlock(norm, lines, h.index, { label, inlineStart: h.inlineStart, fallback: false });
    if (items.length > 0) {
      heading ??= h.text;
      questions.push(...items);
    }
    after = h.inlineStart >= 0 && items.length === 0 ? h.index + 1 : next;
  }
  if (questions.length > 0) return { questions: questions.slice(0, MAX_QUESTIONS), heading, headingFound: true };
  return { questions: fallback(norm, lines).slice(0, MAX_QUESTIONS), heading: null, headingFound: false };
}

/** A panel label written just before the heading ("Mesa 1: Gobernanza" then "Preguntas guía"). */
function labelBefore(lines: Line[], index: number, severalBlocks: boolean): string {
  for (let k = index - 1, seen = 0; k >= 0 && seen < 3; k--, seen++) {
    const t = lines[k]!.text;
    if (t.includes('?') || t.length > 120 || isSectionLine(lines[k]!)) return '';
    if (isPanelLabel(t)) return t.replace(/[\s:]+$/, '');
    if (seen === 0 && severalBlocks && lines[index]!.gapBefore <= 1 && isTitleLike(t)) return t.replace(/[\s:]+$/, '');
    if (lines[k]!.gapBefore > 1) return '';
  }
  return '';
}

function isTitleLike(t: string): boolean {
  return t.length <= 80 && !/[.;,]$/.test(t) && !isTimeLine(t) && /^\P{Ll}/u.test(t) && !/^\d/.test(t);
}

function fallback(norm: string, lines: Line[]): RawQuestion[] {
  const out: RawQuestion[] = [];
  for (let i = 0; i < lines.length && out.length < MAX_QUESTIONS; i++) {
    if (!startsQuestion(lines, i)) continue;
    const { items, next } = readBlock(norm, lines, i, { label: '', inlineStart: -1, fallback: true });
    for (const q of items) {
      const asked = q.text.slice(Math.max(0, q.text.indexOf('¿')));
      if (q.text.includes('?') && asked.split(' ').length >= FALLBACK_MIN_WORDS) out.push(q);
    }
    i = Math.max(i, next - 1);
  }
  return out;
}

const asks = (t: string): boolean => t.includes('?') && t.replace(/(?:https?:\/\/|www\.)\S*/gi, '').includes('?');

/** A line that asks something, opens a `¿`, or is a numbered item whose question mark is on the next line. */
function startsQuestion(lines: Line[], i: number): boolean {
  const t = lines[i]!.text;
  if (asks(t) || t.includes('¿')) return true;
  const next = lines[i + 1];
  return !!next && next.gapBefore === 0 && markerAt(t) !== null && !/[.!:;]$/.test(t) && markerAt(next.text) === null && asks(next.text);
}
