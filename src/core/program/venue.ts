import { findDates } from './dates';
import { isTimeLine } from './headings';
import type { Line } from './lines';
import { fold } from './normalize';
import { isSectionLine } from './questions';

/*
 * Where and when the event starts, as a program writes it: "Lugar: Casa de la Cultura, Pasto",
 * "Hora: 8:00 a.m. – 1:00 p.m.", "Date: 3 February 2027, 6:00 pm", or an agenda whose first line
 * starts at "8:00". Only labelled lines are read for the place: a guess from prose would put a
 * city named in the objectives on the cover of the relatoría.
 */

const PLACE_LABEL =
  /^(?:lugar(?: del evento)?|sede|venue|place|location|ubicacion|local|localizacao|direccion|address|endereco|recinto|donde|where|onde)(?:\s+(?:y|and|e)\s+(?:fecha|hora|date|time|data|horario))?\s*(?::\s*(.*)|$)/;
const TIME_LABEL =
  /^(?:hora(?: de inicio)?|horario|horas|time|hour|start(?:s| time)?|inicio|comienza|begins|fecha(?: y hora)?|date(?: and time)?|data(?: e hora)?|cuando|when|quando|dia|day)\b[^:]{0,20}:/;
const MAX_PLACE_LENGTH = 160;

/** "Modalidad: virtual por Zoom": where an online forum is held, when no place is named. */
const MODALITY_LABEL = /^(?:modalidad|modality|modalidade|formato|format)\s*:\s*(.+)$/;

/**
 * The place on a "Lugar:/Venue:/Local:" line (or the line after a bare label), else the modality of
 * an online forum ("virtual por Zoom"); '' when the program names neither.
 */
export function findPlace(head: readonly Line[]): string {
  return labelledPlace(head) || modality(head);
}

function modality(head: readonly Line[]): string {
  for (const line of head) {
    const text = line.text.replace(/^[*_]+|[*_]+$/g, '');
    const m = text.length <= 300 ? MODALITY_LABEL.exec(fold(text)) : null;
    if (m) return withoutDateOrTime(text.slice(text.length - m[1]!.length).replace(/^[*_\s]+/, '')).slice(0, MAX_PLACE_LENGTH);
  }
  return '';
}

function labelledPlace(head: readonly Line[]): string {
  for (let i = 0; i < head.length; i++) {
    const text = head[i]!.text;
    if (text.length > 300) continue;
    const m = PLACE_LABEL.exec(fold(text));
    if (!m) continue;
    // fold() keeps the length of Latin text, so the value's offset is the same in the original.
    let value = m[1] ? text.slice(text.length - m[1].length).trim() : '';
    const next = head[i + 1];
    if (!value && next && next.gapBefore <= 1 && isPlaceLine(next)) value = next.text.trim();
    value = withoutDateOrTime(value);
    if (value) return value.slice(0, MAX_PLACE_LENGTH);
  }
  return '';
}

function isPlaceLine(line: Line): boolean {
  const t = line.text;
  return t.length <= MAX_PLACE_LENGTH && !/[?¿]/.test(t) && !isSectionLine(line) && !isTimeLine(t) && t.split(' ').length <= 20;
}

/** "Pasto, 14 de marzo de 2027, 8:00 h" → "Pasto": a "Lugar y fecha:" line carries both. */
function withoutDateOrTime(value: string): string {
  const dates = findDates(value);
  let cut = dates.length > 0 ? dates[0]!.index : value.length;
  const time = firstTime(value);
  if (time && time.index < cut) cut = time.index;
  return value
    .slice(0, cut)
    .replace(/[\s,;.–—-]+$/u, '')
    .replace(/\s*\b(?:el|on|em|no|a las|desde las|at|from)$/i, '')
    .replace(/[\s,;.–—-]+$/u, '');
}

/** `HH:MM` the event starts at: a labelled time, else the time on a line with a date, else the agenda's first line; '' if none. */
export function findStartTime(head: readonly Line[]): string {
  for (const line of head) {
    if (line.text.length > 300 || !TIME_LABEL.test(fold(line.text))) continue;
    const time = firstTime(line.text);
    if (time) return time.value;
  }
  for (const line of head) {
    // "Wednesday, 12 May 2027 · 09:30–11:00": the date line carries the time without a label.
    if (line.text.length > 300 || findDates(line.text).length === 0) continue;
    const time = firstTime(line.text);
    if (time) return time.value;
  }
  for (const line of head) {
    if (!isTimeLine(line.text)) continue;
    const time = firstTime(line.text);
    if (time) return time.value;
  }
  return '';
}

interface FoundTime {
  value: string;
  index: number;
}

// A bare number is a time only with minutes or a marker ("8:00", "18h30", "6 pm", "10 h"): "14 de marzo" is not.
const SUFFIX = String.raw`(a\.?\s?m\.?|p\.?\s?m\.?|hrs?\.?|horas|hs\.?|h)?`;
const CLOCK = String.raw`(\d{1,2})(?:(?::|\.|h\s?)(\d{2}))?`;
const END = String.raw`(?![\p{L}\d]|[./-]\d)`;
const RANGE = new RegExp(
  String.raw`(?<![\d/.:-])${CLOCK}\s*${SUFFIX}\s*(?:-|\u2013|\u2014|to|hasta|ate|al?)\s*${CLOCK}\s*${SUFFIX}${END}`,
  'giu',
);
const SINGLE = new RegExp(String.raw`(?<![\d/.:-])${CLOCK}\s*${SUFFIX}${END}`, 'giu');

function firstTime(text: string): FoundTime | null {
  const folded = fold(text);
  let single: FoundTime | null = null;
  for (const m of folded.matchAll(SINGLE)) {
    const value = clock(m[1]!, m[2], m[3]);
    if (value) {
      single = { value, index: m.index };
      break;
    }
  }
  for (const m of folded.matchAll(RANGE)) {
    if (single && m.index > single.index) break;
    // "de 9 a 13 h": the start shares the end's marker ("9 to 11 pm" is 21:00, "11 to 1 pm" is 11:00).
    const value = rangeStart(m);
    if (value) return { value, index: m.index };
  }
  return single;
}

function rangeStart(m: RegExpExecArray): string | null {
  const endSuffix = m[6];
  const end = clock(m[4]!, m[5], endSuffix);
  if (!end) return null;
  const ownSuffix = m[3];
  if (ownSuffix || m[2] !== undefined) {
    const own = clock(m[1]!, m[2], ownSuffix ?? (isMeridiem(endSuffix) ? undefined : (endSuffix ?? 'h')));
    if (own) return own;
  }
  const hour = Number(m[1]);
  if (hour > 23) return null;
  let start = hour;
  if (endSuffix && /^p/i.test(endSuffix) && hour < 12) {
    const endHour = Number(end.slice(0, 2));
    if (hour + 12 <= endHour) start = hour + 12;
  }
  return `${pad(start)}:${m[2] ?? '00'}`;
}

const isMeridiem = (suffix: string | undefined): boolean => !!suffix && /^[ap]/i.test(suffix);

function clock(hourText: string, minutes: string | undefined, suffix: string | undefined): string | null {
  if (minutes === undefined && !suffix) return null;
  let hour = Number(hourText);
  const minute = minutes === undefined ? 0 : Number(minutes);
  if (minute > 59) return null;
  if (isMeridiem(suffix)) {
    if (hour < 1 || hour > 12) return null;
    const pm = /^p/i.test(suffix!);
    hour = (hour % 12) + (pm ? 12 : 0);
  } else if (hour > 23) {
    return null;
  }
  return `${pad(hour)}:${pad(minute)}`;
}

const pad = (n: number): string => String(n).padStart(2, '0');
