import Papa from 'papaparse';
import type { Attendee } from '../model/types';
import { LIMITS } from '../file-format/limits';
import { columnFromHeader, genderFromCell } from '../setup/participant-fields';

/**
 * Something wrong on one line of an attendance list. 'no-name', 'too-long' and 'duplicate' lines
 * are left out; an 'unknown-gender' line is kept with no gender; 'unclosed-quote' and 'too-many'
 * refuse the whole list (nothing is read past a broken quote, and a list beyond the limit is not
 * cut short silently).
 */
export type AttendanceProblemCode =
  'no-name' | 'too-long' | 'duplicate' | 'unknown-gender' | 'extra-columns' | 'unclosed-quote' | 'too-many';

export interface AttendanceProblem {
  /** 1-based line of the text where the row starts. */
  line: number;
  code: AttendanceProblemCode;
  /** The cell or row in question, shortened, to show the user. */
  text: string;
}

export interface ParsedAttendanceList {
  list: Attendee[];
  problems: AttendanceProblem[];
  /** True when the first row was read as a header (Spanish or English column names). */
  header: boolean;
  /** True when nothing may be imported (a broken quote, too many rows). */
  refused: boolean;
}

type Field = 'name' | 'affiliation' | 'position' | 'sector' | 'gender';
/** The column order of a list without a header row. */
const DEFAULT_COLUMNS: readonly (Field | null)[] = ['name', 'affiliation', 'position', 'sector', 'gender'];
const MAX_CELL = LIMITS.shortText;
const SHOW = 60;

/**
 * Reads an attendance list — a CSV file or text pasted from a spreadsheet — with one person per
 * row: name, organisation, cargo, sector, gender. Cells may be separated by tabs, semicolons or
 * commas (the first row decides) and quoted as CSV quotes them; a byte-order mark is ignored; a
 * first row of column names in Spanish or English ("Nombre", "Institución", "Cargo", "Sector",
 * "Género" / "Name", "Organization"…) sets the order, otherwise the order above applies.
 */
export function parseAttendanceList(input: string): ParsedAttendanceList {
  const text = input.replace(/^\uFEFF/, '');
  const delimiter = pickDelimiter(text);
  const rows: { line: number; cells: string[] }[] = [];
  let quoteError: { line: number } | null = null;
  let start = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    delimiter,
    step: (result) => {
      const end = result.meta.cursor;
      if (quoteError === null && result.errors.some((e) => e.type === 'Quotes')) quoteError = { line };
      rows.push({ line, cells: result.data.map((c) => c.replace(/\s+/g, ' ').trim()) });
      line += countLineBreaks(text, start, end);
      start = end;
    },
  });
  const out: ParsedAttendanceList = { list: [], problems: [], header: false, refused: false };
  if (quoteError !== null) {
    const at = (quoteError as { line: number }).line;
    out.problems.push({ line: at, code: 'unclosed-quote', text: shorten(text.split(/\r\n|\r|\n/)[at - 1] ?? '') });
    out.refused = true;
    return out;
  }
  const filled = rows.filter((r) => r.cells.some((c) => c !== ''));
  if (filled.length === 0) return out;

  const headerColumns = columnsOfHeader(filled[0]!.cells);
  out.header = headerColumns !== null;
  const columns = headerColumns ?? DEFAULT_COLUMNS;
  const people = out.header ? filled.slice(1) : filled;
  if (people.length > LIMITS.attendees) {
    out.problems.push({ line: people[LIMITS.attendees]!.line, code: 'too-many', text: String(LIMITS.attendees) });
    out.refused = true;
    return out;
  }
  const seen = new Set<string>();
  for (const { line: at, cells } of people) {
    const person: Attendee = { name: '', affiliation: '', position: '', sector: '', gender: 'unspecified' };
    let genderCell = '';
    cells.forEach((cell, i) => {
      const field = columns[i];
      if (field === 'gender') genderCell = cell;
      else if (field) person[field] = cell;
    });
    if (!out.header && cells.slice(DEFAULT_COLUMNS.length).some((c) => c !== '')) {
      out.problems.push({ line: at, code: 'extra-columns', text: shorten(cells.slice(DEFAULT_COLUMNS.length).join(' | ')) });
    }
    if (person.name === '') {
      out.problems.push({ line: at, code: 'no-name', text: shorten(cells.filter(Boolean).join(' | ')) });
      continue;
    }
    const long = [person.name, person.affiliation, person.position, person.sector].find((c) => c.length > MAX_CELL);
    if (long !== undefined) {
      out.problems.push({ line: at, code: 'too-long', text: shorten(long) });
      continue;
    }
    const gender = genderFromCell(genderCell);
    if (gender === null) out.problems.push({ line: at, code: 'unknown-gender', text: shorten(genderCell) });
    person.gender = gender ?? 'unspecified';
    const key = `${person.name}\u0000${person.affiliation}`.toLocaleLowerCase();
    if (seen.has(key)) {
      out.problems.push({ line: at, code: 'duplicate', text: shorten(person.name) });
      continue;
    }
    seen.add(key);
    out.list.push(person);
  }
  return out;
}

/** Tab if the first row has one, else semicolon (spreadsheets in Spanish write it), else comma. */
function pickDelimiter(text: string): string {
  const first = firstRow(text);
  if (first.includes('\t')) return '\t';
  if (first.includes(';')) return ';';
  return ',';
}

/** The first non-blank line, without what is inside quotes (a quoted "Pérez; Ana" does not count). */
function firstRow(text: string): string {
  const line = text.split(/\r\n|\r|\n/).find((l) => l.trim() !== '') ?? '';
  return line.replace(/"[^"]*"/g, '');
}

/** The fields a header row names, or null when the row is not a header (it names no person column). */
function columnsOfHeader(cells: string[]): (Field | null)[] | null {
  const columns = cells.map((cell): Field | null => {
    const column = columnFromHeader(cell);
    return column === 'name' || column === 'affiliation' || column === 'position' || column === 'sector' || column === 'gender'
      ? column
      : null;
  });
  return columns.includes('name') ? columns : null;
}

function countLineBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) n++;
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) n++;
  }
  return n;
}

function shorten(s: string): string {
  return s.length > SHOW ? `${s.slice(0, SHOW - 1)}…` : s;
}
