import { fold } from './normalize';

/** Month names and abbreviations in Spanish, English and Portuguese (folded), to month number (a Map: no prototype keys). */
const MONTHS = new Map<string, number>();
const NAMES: [number, string[]][] = [
  [1, ['enero', 'ene', 'january', 'jan', 'janeiro']],
  [2, ['febrero', 'feb', 'february', 'fevereiro', 'fev']],
  [3, ['marzo', 'mar', 'march', 'marco']],
  [4, ['abril', 'abr', 'april', 'apr']],
  [5, ['mayo', 'may', 'maio', 'mai']],
  [6, ['junio', 'jun', 'june', 'junho']],
  [7, ['julio', 'jul', 'july', 'julho']],
  [8, ['agosto', 'ago', 'august', 'aug']],
  [9, ['septiembre', 'setiembre', 'sep', 'sept', 'september', 'setembro', 'set']],
  [10, ['octubre', 'oct', 'october', 'outubro', 'out']],
  [11, ['noviembre', 'nov', 'november', 'novembro']],
  [12, ['diciembre', 'dic', 'december', 'dec', 'dezembro', 'dez']],
];
for (const [n, names] of NAMES) for (const name of names) MONTHS.set(name, n);

const MONTH = '([a-z]{3,10})\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th|º|°|o)?';
const YEAR = '(\\d{4})';
// All bounded and separated by fixed tokens: linear time on any input.
const DAY_MONTH_YEAR = new RegExp(`\\b${DAY}(?: de| of)? ${MONTH},?(?: de| del| of)?,? ${YEAR}\\b`, 'g');
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH} ${DAY},? ${YEAR}\\b`, 'g');
const ISO = /\b(\d{4})-(\d{2})-(\d{2})(?!\d)/g;
const NUMERIC = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?!\d)/g;

export interface FoundDate {
  date: string;
  /** Offset in the folded text (same length as the input for Latin text). */
  index: number;
}

function iso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2200) return null;
  const probe = new Date(Date.UTC(y, m - 1, d));
  if (probe.getUTCDate() !== d) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Every written date in `text` ("15 de junio de 2021", "June 15, 2021", "2021-06-15", "15/06/2021"). */
export function findDates(text: string): FoundDate[] {
  const folded = fold(text).replace(/\s+/g, ' ');
  const found: FoundDate[] = [];
  const add = (index: number, value: string | null): void => {
    if (value) found.push({ date: value, index });
  };
  for (const m of folded.matchAll(DAY_MONTH_YEAR)) {
    const month = MONTHS.get(m[2]!);
    if (month) add(m.index, iso(+m[3]!, month, +m[1]!));
  }
  for (const m of folded.matchAll(MONTH_DAY_YEAR)) {
    const month = MONTHS.get(m[1]!);
    if (month) add(m.index, iso(+m[3]!, month, +m[2]!));
  }
  for (const m of folded.matchAll(ISO)) add(m.index, iso(+m[1]!, +m[2]!, +m[3]!));
  // Day first, as written in Spanish and Portuguese; an impossible day-first reading falls back to month first.
  for (const m of folded.matchAll(NUMERIC)) add(m.index, iso(+m[3]!, +m[2]!, +m[1]!) ?? iso(+m[3]!, +m[1]!, +m[2]!));
  return found.sort((a, b) => a.index - b.index);
}

const HEAD_CHARS = 30_000;

/** The event's date: one on a "Fecha:/Date:/Data:" line if any, else the first date in the text. */
export function findEventDate(text: string): string {
  // The date sits near the top of a program; bounding the search keeps huge pastes fast.
  text = text.slice(0, HEAD_CHARS);
  const labelled = /^\s*(?:fecha|date|data|cuando|when|quando|dia|day)\b[^\n]{0,200}$/gim;
  for (const m of fold(text).matchAll(labelled)) {
    const d = findDates(m[0]);
    if (d.length > 0) return d[0]!.date;
  }
  return findDates(text)[0]?.date ?? '';
}
