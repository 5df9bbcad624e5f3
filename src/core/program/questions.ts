import { isClosingLine } from './closing';
import { isPanelLabel, isSectionHeading, isTimeLine, questionHeading } from './headings';
import type { Line } from './lines';
import { fold } from './normalize';
import { gluedSplits, markerAt, markerNumber, type MarkerKind } from './markers';

/**
 * How a question was found, from the surest rule to the weakest: an item under a heading that
 * announces questions; a statement without "?" under such a heading (or a theme heading); a cell
 * of a table column named for guiding questions; a line asking something when no heading was found.
 */
export type QuestionRule = 'list' | 'statement' | 'table' | 'fallback';

/** A question found in the normalised text; offsets are in that text. */
export interface RawQuestion {
  text: string;
  block: string;
  start: number;
  end: number;
  /** Whether the question was a list item (numbered or bulleted) rather than a bare line. */
  listed: boolean;
  rule: QuestionRule;
  /** Items read as one list share a group; a list the program gives twice is found by comparing groups. */
  group: number;
}

export interface FoundHeading {
  index: number;
  text: string;
  label: string;
  /** Offset in the normalised text where questions written on the heading line begin, or -1. */
  inlineStart: number;
}

interface Item {
  segments: [number, number][];
  kind: MarkerKind | null;
  block: string;
  group: number;
}

let groups = 0;
/** A new group number (unique within one extraction; only equality matters). */
export const newGroup = (): number => ++groups;

/** Lines of introduction allowed between a heading and its first question. */
const MAX_INTRO_LINES = 2;
/** No real program has more; bounds the work on pathological pastes. */
export const MAX_QUESTIONS = 5000;

const CLOSED = /[?.!…]["'”»)\]*_]*$/;
const URL = /(?:https?:\/\/|www\.)\S*/gi;
const FOOTER =
  /^(?:documentos? de referencia|referencias?|references|compartir|share|descargar|download|leer mas|read more|ver mas|saiba mais|inscri|registr|volver|back to top|imprimir|print)/i;

function hasQuestionMark(text: string): boolean {
  if (!text.includes('?')) return false;
  return !text.includes('/') || text.replace(URL, '').includes('?');
}

/** The heading of a guiding-question block on line `line`, possibly followed by its first questions. */
export function headingOnLine(line: Line): FoundHeading | null {
  if (line.heading === undefined) line.heading = computeHeading(line);
  return line.heading as FoundHeading | null;
}

/** A section heading other than guiding questions ("Objetivos", "Agenda"…), memoised per line. */
export function isSectionLine(line: Line): boolean {
  return (line.section ??= isSectionHeading(line.text));
}

function computeHeading(line: Line): FoundHeading | null {
  // "Pregunta 2: ¿Cómo…?" or "Pregunta 3: Propuestas para el plan." is an item, not a heading announcing questions.
  if (markerAt(line.text)?.kind === 'label') return null;
  if (!line.text.includes('?')) {
    const h = questionHeading(line.text);
    return h && { index: -1, text: h.text, label: h.label, inlineStart: -1 };
  }
  const cuts = [line.text.indexOf(':'), line.text.indexOf('¿'), line.text.search(/\d{1,2}[.)]\s*\S/)];
  for (const cut of cuts) {
    if (cut <= 0 || cut > 120) continue;
    const prefix = line.text.slice(0, cut).replace(/\s*\d{1,2}[.)]?\s*$/, '');
    const h = questionHeading(prefix);
    if (h) {
      const skip = line.text[cut] === ':' ? 1 : 0;
      return { index: -1, text: h.text, label: h.label, inlineStart: line.start + cut + skip };
    }
  }
  return null;
}

/**
 * Reads one block of questions starting at line `from` (or at `inlineStart` inside it) and returns
 * the questions and the index of the first line after the block.
 */
export function readBlock(
  norm: string,
  lines: Line[],
  from: number,
  opts: { label: string; inlineStart: number; fallback: boolean },
): { items: RawQuestion[]; next: number } {
  const items: Item[] = [];
  let label = opts.label;
  let current: Item | null = null;
  let blockKind: MarkerKind | null | undefined;
  let introSkipped = 0;
  let group = newGroup();
  /** The number of the last numbered item, to tell "3." after a page or a blank line from a new list. */
  let lastNumber = -1;
  const setLabel = (text: string): void => {
    label = text;
    // Items under a new label are no longer part of the item above it.
    current = null;
  };

  const closed = (item: Item): boolean => {
    const last = item.segments[item.segments.length - 1]!;
    return CLOSED.test(norm.slice(Math.max(last[0], last[1] - 8), last[1]));
  };
  const addContent = (start: number, end: number, kind: MarkerKind | null, newItem: boolean): void => {
    const text = norm.slice(start, end);
    const splits = gluedSplits(text, MAX_QUESTIONS - items.length);
    let segStart = start;
    for (let k = 0; k <= splits.length && items.length <= MAX_QUESTIONS; k++) {
      const segEnd = k < splits.length ? start + splits[k]!.at : end;
      if (k === 0 && !newItem && current) current.segments.push([segStart, segEnd]);
      else {
        current = { segments: [[segStart, segEnd]], kind: k === 0 ? kind : (kind ?? 'number'), block: label, group };
        items.push(current);
        if (blockKind === undefined) blockKind = current.kind;
      }
      if (k < splits.length) segStart = start + splits[k]!.textStart;
    }
  };

  let j = from;
  if (opts.inlineStart >= 0) {
    const line = lines[from]!;
    const rest = norm.slice(opts.inlineStart, line.end);
    const lead = rest.length - rest.trimStart().length;
    const m = markerAt(rest, lead);
    const s = opts.inlineStart + lead + (m?.length ?? 0);
    if (s < line.end && m) addContent(s, line.end, m.kind, true);
    else if (s < line.end) {
      // "La moderadora planteará las siguientes preguntas: ¿…? ¿…? ¿…?": one item per question asked.
      for (const [a, b] of questionSentences(norm, s, line.end)) {
        if (isClosingLine(norm.slice(a, b))) break;
        addContent(a, b, null, true);
      }
    }
    j = from + 1;
  } else if (!opts.fallback) {
    j = from + 1;
  }

  for (; j < lines.length && items.length < MAX_QUESTIONS; j++) {
    const line = lines[j]!;
    const t = line.text;
    if (j !== from) {
      const again = headingOnLine(line);
      // "Preguntas guía" then "Se proponen las siguientes preguntas:" — one heading restated, not a new block.
      if (again && again.inlineStart < 0 && items.length === 0 && !opts.fallback && introSkipped < MAX_INTRO_LINES) {
        if (isPanelLabel(again.label)) setLabel(again.label);
        introSkipped++;
        continue;
      }
      if (again || isSectionLine(line)) break;
    }
    const m = markerAt(t);
    const body = m ? t.slice(m.length) : t;
    // "¿Te interesa participar? Inscríbete…", "Dúvidas? Escreva para…": the program moves on.
    if (isClosingLine(body) && (j !== from || opts.fallback)) break;
    const hasQ = hasQuestionMark(body) || body.startsWith('¿');
    const cur = current as Item | null;
    if (m && body.length > 0) {
      const n = markerNumber(t, m);
      if (!hasQ && (isPanelLabel(body) || subListAsksNext(lines, j + 1, m.kind))) {
        // "1. Mesa de gobernanza" over "• ¿…?" items: the number names a panel, it is no question.
        setLabel(body.replace(/[\s:]+$/, ''));
        continue;
      }
      if (cur && cur.kind === 'number' && m.kind === 'alpha' && line.gapBefore <= 1) {
        // "a) en vivienda, b) en transporte" under a numbered question: part of it, markers kept.
        addContent(line.start, line.end, null, false);
        continue;
      }
      const prev = lastNumber;
      if ((m.kind === 'number' || m.kind === 'label') && n !== null) {
        // The numbering starts again: the program gives a second list (maybe the same one in full).
        if (items.length > 0 && n <= 1 && lastNumber >= 1) group = newGroup();
        lastNumber = n;
      }
      if (!hasQ) {
        const first = items.length === 0;
        const next = n !== null && prev >= 0 && n === prev + 1;
        const sameList = items.length > 0 && m.kind === blockKind && (line.gapBefore === 0 || (line.gapBefore <= 2 && next));
        if (isTimeLine(body) || !(first || sameList)) {
          if (first && introSkipped < MAX_INTRO_LINES && !opts.fallback) {
            introSkipped++;
            continue;
          }
          break;
        }
      }
      addContent(line.start + m.length, line.end, m.kind, true);
      continue;
    }
    if (isTimeLine(t)) break;
    const panelLabel = /^\p{Lu}/u.test(t) && t.length <= 60 && isPanelLabel(t);
    if (cur && !closed(cur) && line.gapBefore === 0 && !panelLabel) {
      addContent(line.start, line.end, null, false);
      continue;
    }
    if (!hasQ && wrapsIntoQuestion(t, lines[j + 1])) {
      // "How can cities" + "adapt to heat waves?": an unnumbered question wrapped over two lines.
      addContent(line.start, line.end, null, !(cur && blockKind !== null && line.gapBefore === 0));
      continue;
    }
    if (hasQ) {
      const joinToItem = !!cur && blockKind !== null && line.gapBefore === 0;
      addContent(line.start, line.end, null, !joinToItem);
      continue;
    }
    if (cur && blockKind && line.gapBefore === 0 && !panelLabel && listContinues(lines, j + 1, blockKind)) {
      // A sentence under a numbered question, before the next number: part of that item.
      addContent(line.start, line.end, null, false);
      continue;
    }
    if (cur && blockKind === null && line.gapBefore === 0 && !panelLabel && questionFollows(lines, j + 1)) {
      // A note under an unnumbered question, before the next one: not a question, not the end.
      continue;
    }
    if (isPanelLabel(t) || (t.length <= 80 && t.endsWith(':') && /^\P{Ll}/u.test(t))) {
      setLabel(t.replace(/[\s:]+$/, ''));
      continue;
    }
    if (items.length === 0 && introSkipped < MAX_INTRO_LINES && !opts.fallback) {
      introSkipped++;
      continue;
    }
    break;
  }
  const rule = (text: string): QuestionRule => (opts.fallback ? 'fallback' : text.includes('?') ? 'list' : 'statement');
  return { items: items.map((it) => finish(norm, it, rule)).filter((q): q is RawQuestion => q !== null), next: j };
}

/** Whether the next line is an item of another kind of list that asks something (a nested list). */
function subListAsksNext(lines: Line[], from: number, kind: MarkerKind): boolean {
  const next = lines[from];
  if (!next || next.gapBefore > 1) return false;
  const m = markerAt(next.text);
  return !!m && m.kind !== kind && hasQuestionMark(next.text.slice(m.length));
}

/** Whether the next line (after at most one blank) is another item of the same list. */
function listContinues(lines: Line[], from: number, kind: MarkerKind): boolean {
  const next = lines[from];
  if (!next || next.gapBefore > 1) return false;
  return markerAt(next.text)?.kind === kind;
}

/** A line without an ending that runs on into a lower-case line asking something. */
function wrapsIntoQuestion(text: string, next: Line | undefined): boolean {
  if (!next || next.gapBefore > 0 || /[.:;!?…]$/.test(text) || markerAt(next.text)) return false;
  return /^\p{Ll}/u.test(next.text) && hasQuestionMark(next.text);
}

/** Whether the next line (after at most one blank) asks something, with no list marker. */
function questionFollows(lines: Line[], from: number): boolean {
  const next = lines[from];
  if (!next || next.gapBefore > 1 || markerAt(next.text)) return false;
  return next.text.startsWith('¿') || (hasQuestionMark(next.text) && /^\p{Lu}/u.test(next.text));
}

function finish(norm: string, item: Item, rule: (text: string) => QuestionRule): RawQuestion | null {
  const segs = item.segments;
  cutFooter(norm, segs);
  const joined = (segs.length === 1 ? norm.slice(segs[0]![0], segs[0]![1]) : segs.map(([s, e]) => norm.slice(s, e)).join(' '))
    .replace(/\s+/g, ' ')
    .trim();
  const text = stripEmphasis(joined);
  if (!/[\p{L}\p{N}]/u.test(text)) return null;
  let start = segs[0]![0];
  let end = segs[segs.length - 1]![1];
  while (start < end && isSpace(norm.charCodeAt(start))) start++;
  while (end > start && isSpace(norm.charCodeAt(end - 1))) end--;
  return { text, block: item.block, start, end, listed: item.kind !== null, rule: rule(text), group: item.group };
}

const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x09;

/** Markdown emphasis around a whole question (`**¿…?**`) is decoration, not text. */
function stripEmphasis(text: string): string {
  let s = text;
  if (s.startsWith('**') || s.startsWith('__')) s = s.slice(2).trimStart();
  if (s.endsWith('**') || s.endsWith('__')) s = s.slice(0, -2).trimEnd();
  return s;
}

/** Drops a footer glued after the last question mark ("…metropolitanos?Documentos de Referencia"). */
function cutFooter(norm: string, segs: [number, number][]): void {
  const last = segs[segs.length - 1]!;
  const text = norm.slice(last[0], last[1]);
  const q = text.lastIndexOf('?');
  if (q === -1 || q === text.length - 1) return;
  const rest = text.slice(q + 1);
  const trimmed = rest
    .trim()
    .replace(/^["'”»)\]*_]+/, '')
    .trim();
  if (!trimmed) return;
  const glued = !/^[\s"'”»)\]*_]/.test(rest);
  const headingLike = /^\p{Lu}/u.test(trimmed) && !/[.?!…:;,]/.test(trimmed) && trimmed.length <= 60;
  const colon = trimmed.indexOf(':');
  // "…¿Cómo combatir la xenofobia? Ponentes: Dra. …" in a one-line paste: the next section, not the question.
  const nextSection = colon > 0 && colon <= 40 && (isSectionHeading(trimmed.slice(0, colon)) || isPanelLabel(trimmed.slice(0, colon)));
  if (
    (glued && headingLike) ||
    FOOTER.test(fold(trimmed)) ||
    isSectionHeading(trimmed) ||
    nextSection ||
    isClosingLine(trimmed) ||
    isTimeLine(trimmed)
  ) {
    last[1] = last[0] + q + 1;
  }
}

/**
 * [start, end) of each question asked in norm[from, to): "¿A? ¿B? ¿C?" or "What…? How…?" split
 * after each "?" that a new sentence follows; text after the last "?" stays with it.
 */
function questionSentences(norm: string, from: number, to: number): [number, number][] {
  const text = norm.slice(from, to);
  const out: [number, number][] = [];
  let start = 0;
  for (const m of text.matchAll(/\?["'”»)]*\s+(?=[¿¡"“«]?\p{Lu}|¿)/gu)) {
    const end = m.index + m[0].trimEnd().length;
    out.push([from + start, from + end]);
    start = m.index + m[0].length;
  }
  out.push([from + start, to]);
  return out;
}
