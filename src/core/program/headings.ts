import {
  DECORATION,
  EXCLUDED,
  PANEL_LABEL,
  PANEL_WORD,
  QUALIFIERS,
  QUESTION_STEM,
  QUESTION_WORDS,
  SECTION_HEADINGS,
  THEME_HEADING,
  THEME_STEM,
} from './heading-vocabulary';
import { fold } from './normalize';

/**
 * Recognises the heading of a block of guiding questions ("Preguntas guía", "Guiding questions",
 * "Perguntas orientadoras"…) in any case, with or without accents, colon or list numbering, and
 * the other section headings that end such a block. The words themselves are in heading-vocabulary.ts.
 */

export interface QuestionHeading {
  /** The heading as written, without numbering, decoration or colon. */
  text: string;
  /** A panel label written on the heading line ("Mesa 1 – Preguntas guía" → "Mesa 1"), or ''. */
  label: string;
}

function tokens(folded: string): string[] {
  return folded.split(/[^\p{L}\p{N}&]+/u).filter(Boolean);
}

/** Programs repeat the same short lines ("Preguntas guía" per panel): remember the verdicts. */
function memo<T>(fn: (line: string) => T): (line: string) => T {
  const cache = new Map<string, T>();
  return (line) => {
    let v = cache.get(line);
    if (v === undefined && !cache.has(line)) {
      v = fn(line);
      if (cache.size > 5000) cache.clear();
      cache.set(line, v);
    }
    return v as T;
  };
}

/** The heading of a guiding-question block, or null. `line` is one trimmed line without `?`. */
export function questionHeading(line: string): QuestionHeading | null {
  // "Pregunta 1: ¿Qué barreras… (wrapped)" asks: a heading never opens a question.
  if (line.length > 120 || line.includes('?') || line.includes('¿') || !QUESTION_STEM.test(line)) return null;
  return cachedHeading(line);
}

const cachedHeading = memo(computeQuestionHeading);

function computeQuestionHeading(line: string): QuestionHeading | null {
  const text = line.replace(DECORATION, '').trim();
  if (!text) return null;
  const folded = fold(text);
  const words = tokens(folded);
  if (words.length === 0 || words.length > 14) return null;
  // A sentence in running prose that merely mentions questions is not a heading.
  if (/[.;,]\s*$/.test(line) && !/^\S+\.$/.test(line.trim()) && words.length > 4) return null;
  const q = words.findIndex((w) => QUESTION_WORDS.has(w));
  if (q === -1 || words.some((w) => EXCLUDED.has(w))) return null;
  const qualified = words.some((w, i) => i !== q && QUALIFIERS.has(w));
  if (!qualified && words.length > 1) return null;
  return { text, label: headingLabel(text, folded) };
}

/** The label part of a heading line: before the heading phrase, or a panel name after it. */
function headingLabel(text: string, folded: string): string {
  const qm = /\b(?:preguntas?|questions?|perguntas?|questoes|questao|interrogantes?|cuestiones)\b/.exec(folded);
  if (!qm) return '';
  const before = text
    .slice(0, qm.index)
    .replace(/[\s:|\-–—,(]+$/, '')
    .trim();
  // Only a panel name counts: "The following questions…" or "Algunas preguntas…" carry no label.
  if (before && (isPanelLabel(before) || /\b(?:\d{1,2}|[IVX]{1,4})\b/.test(before))) return before;
  const panel = PANEL_WORD.exec(folded.slice(qm.index));
  if (!panel) return '';
  const label = text
    .slice(qm.index + panel.index)
    .replace(/[\s:|\-–—)]+$/, '')
    .trim();
  // "…questions to the panel": a panel word alone names no panel.
  return /\s/.test(label) ? label : '';
}

/** True for a line naming a panel or part of the forum inside or just before a block. */
export function isPanelLabel(line: string): boolean {
  if (line.length > 120 || line.includes('?')) return false;
  return cachedPanel(line);
}

const cachedPanel = memo((line: string): boolean => {
  const folded = fold(line.replace(DECORATION, ''));
  return PANEL_LABEL.test(folded) && tokens(folded).length <= 14;
});

const EVENT_FIELD =
  /^(?:fecha|date|data|hora|horario|time|lugar|sede|venue|place|local|ubicacion|location|direccion|address|modalidad|modality|organiza\w*|organi[sz]ed by|organi[sz]ers|convoca\w*)\b[^:]{0,20}:/;

/** "Fecha: …", "Lugar: …", "Organiza: …": the event's own data, written in the program's header. */
export function isEventFieldLine(line: string): boolean {
  return line.length <= 300 && EVENT_FIELD.test(fold(line));
}

/** A heading of another section (objectives, agenda, speakers, references…), which ends a block. */
export function isSectionHeading(line: string): boolean {
  if (line.length > 60 || line.includes('?')) return false;
  return cachedSection(line);
}

const cachedSection = memo((line: string): boolean => {
  const folded = fold(line.replace(DECORATION, '')).replace(/\s+/g, ' ').trim();
  return SECTION_HEADINGS.test(folded);
});

/** An agenda line with a time ("10:00 – 10:15 Bienvenida", "9.30 h", "10h00"). */
export function isTimeLine(line: string): boolean {
  return /^(?:de\s+)?\d{1,2}(?::\d{2}|\.\d{2}(?!\d)|\s?h\s?\d{2}|\s?(?:hrs?|h|am|pm)\b)/i.test(line);
}

/** The theme heading on `line`, as written without decoration, or null. */
export function themeHeading(line: string): string | null {
  if (line.length > 80 || line.includes('?') || !THEME_STEM.test(line)) return null;
  const text = line.replace(DECORATION, '').trim();
  return THEME_HEADING.test(fold(text).replace(/\s+/g, ' ')) ? text : null;
}
