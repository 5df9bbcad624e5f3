import type { Gender, ParticipantRole } from '../model/types';
import { columnFromHeader, genderFromCell, roleFromWord, type Column } from './participant-fields';

/** One participant read from a pasted list; `line` is 1-based in the pasted text. */
export interface ParsedParticipant {
  line: number;
  name: string;
  /** Job title ("cargo"); '' when the line gives none. */
  position: string;
  /** Institution. */
  affiliation: string;
  role: ParticipantRole;
  gender: Gender;
  sector: string;
}

export type ParticipantProblemCode = 'no-name' | 'too-long' | 'unknown-gender' | 'duplicate' | 'too-many';

/** Something the user should look at before adding: the line is skipped ('no-name', 'too-long', 'too-many') or kept with a default. */
export interface ParticipantProblem {
  line: number;
  code: ParticipantProblemCode;
  text: string;
}

export interface ParsedParticipantList {
  rows: ParsedParticipant[];
  problems: ParticipantProblem[];
  /** True when the first line was read as a spreadsheet header row. */
  header: boolean;
}

const MAX_NAME_LENGTH = 200;
const MAX_AFFILIATION_LENGTH = 500;
const MAX_ROWS = 1000;

const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029\u0085\v\f]/;
/** A list marker at the start: "1.", "2)", "-", "•", "*", "·", "▪". */
const BULLET = /^(?:\d{1,3}[.)]\s+|[-–—•*·▪◦‣●○]\s+)/;
/** Between name and the rest: any dash with spaces round it, or a long dash without. */
const NAME_DASH = /\s+[-‐‑‒–—―−]+\s+|\s*[‒–—―]\s*/;
const LABEL = /^([^:：]{2,30})[:：]\s*(.*)$/;

/**
 * Reads a pasted list of participants, one per line: "Nombre — Cargo, Institución",
 * "Nombre, Cargo, Institución", "Nombre (Institución)", each optionally ending in a gender and
 * a sector in parentheses ("(mujer)", "(mujer, academia)", "(sector: gobierno)"); or
 * tab-separated columns from a spreadsheet (with a header row in Spanish or English, or without
 * one in the order name, "cargo, institución", role, gender, sector). "Cargo, Institución" is
 * split at its first comma; a single value is the institution. The role is read only when
 * stated ("Modera: …", a role column), otherwise panellist.
 */
export function parseParticipantList(text: string): ParsedParticipantList {
  const lines = text.replace(INVISIBLE, '').normalize('NFC').split(LINE_BREAKS);
  const numbered = lines.map((raw, i) => ({ line: i + 1, raw: raw.replace(ODD_SPACES, ' ') })).filter((l) => l.raw.trim() !== '');
  const tabular = numbered.some((l) => l.raw.includes('\t'));
  const rows: ParsedParticipant[] = [];
  const problems: ParticipantProblem[] = [];
  let columns: Column[] = ['name', 'position-affiliation', 'role', 'gender', 'sector'];
  let header = false;

  if (tabular && numbered[0]) {
    const headerColumns = readHeader(numbered[0].raw);
    if (headerColumns) {
      columns = headerColumns;
      header = true;
      numbered.shift();
    }
  }

  const seen = new Set<string>();
  for (const { line, raw } of numbered) {
    const shown = raw.trim();
    if (rows.length >= MAX_ROWS) {
      problems.push({ line, code: 'too-many', text: shown });
      break;
    }
    const read = tabular ? readColumns(raw, columns) : readFreeLine(shown);
    if (!/\p{L}/u.test(read.name)) {
      problems.push({ line, code: 'no-name', text: shown });
      continue;
    }
    if (
      read.name.length > MAX_NAME_LENGTH ||
      read.affiliation.length > MAX_AFFILIATION_LENGTH ||
      read.position.length > MAX_AFFILIATION_LENGTH ||
      read.sector.length > MAX_AFFILIATION_LENGTH
    ) {
      problems.push({ line, code: 'too-long', text: shown.slice(0, 120) });
      continue;
    }
    let gender: Gender = 'unspecified';
    if (read.gender !== undefined) {
      const g = genderFromCell(read.gender);
      if (g === null) problems.push({ line, code: 'unknown-gender', text: read.gender });
      gender = g ?? 'unspecified';
    }
    const key = read.name.toLocaleLowerCase();
    if (seen.has(key)) problems.push({ line, code: 'duplicate', text: read.name });
    seen.add(key);
    rows.push({
      line,
      name: read.name,
      position: read.position,
      affiliation: read.affiliation,
      role: read.role,
      gender,
      sector: read.sector,
    });
  }
  return { rows, problems, header };
}

interface ReadLine {
  name: string;
  position: string;
  affiliation: string;
  role: ParticipantRole;
  gender?: string;
  sector: string;
}

/** "Cargo, Institución" → both; a single value is the institution. */
function splitPosition(text: string): { position: string; affiliation: string } {
  const clean = trimPunctuation(text);
  const comma = clean.indexOf(',');
  if (comma < 0) return { position: '', affiliation: clean };
  return { position: trimPunctuation(clean.slice(0, comma)), affiliation: trimPunctuation(clean.slice(comma + 1)) };
}

/**
 * A trailing "(mujer)", "(mujer, academia)" or "(sector: gobierno)": gender and sector. Anything
 * else in parentheses ("(INEGI)") is left in the text, so an acronym is never taken for a gender.
 */
function trailingTraits(line: string): { rest: string; gender?: string; sector: string } {
  const match = /\s*\(([^()]*)\)\s*$/.exec(line);
  if (!match) return { rest: line, sector: '' };
  const parts = match[1]!.split(/[,;/]/).map(tidy);
  const sectorLabel = /^sector\s*[:：]?\s*/i;
  const first = parts[0] ?? '';
  if (first !== '' && genderFromCell(first) !== null) {
    const sector = parts.slice(1).join(', ').replace(sectorLabel, '');
    return { rest: line.slice(0, match.index), gender: first, sector: tidy(sector) };
  }
  if (sectorLabel.test(first)) return { rest: line.slice(0, match.index), sector: tidy(parts.join(', ').replace(sectorLabel, '')) };
  return { rest: line, sector: '' };
}

const tidy = (s: string) => s.replace(/\s+/g, ' ').trim();
const trimPunctuation = (s: string) => tidy(s).replace(/^[,;:.\s]+|[,;\s]+$/g, '');

function readHeader(raw: string): Column[] | null {
  const cells = raw.split('\t');
  const columns = cells.map((c) => columnFromHeader(c));
  if (!columns.includes('name')) return null;
  // A header names its columns; a data row whose first cell happens to be "Nombre" does not.
  const named = columns.filter((c) => c !== null).length;
  if (named < Math.ceil(cells.filter((c) => c.trim()).length / 2)) return null;
  return columns.map((c) => c ?? 'ignore');
}

function readColumns(raw: string, columns: Column[]): ReadLine {
  const cells = raw.split('\t').map(tidy);
  const pick = (column: Column) => cells.filter((_, i) => columns[i] === column && cells[i]);
  const roleCell = pick('role')[0] ?? '';
  const genderCells = pick('gender');
  const combined = splitPosition(pick('position-affiliation').join(', '));
  return {
    name: trimPunctuation(stripBullet(pick('name').join(' '))),
    position: [...pick('position'), combined.position].filter(Boolean).join(', '),
    affiliation: [...pick('affiliation'), combined.affiliation].filter(Boolean).join(', '),
    role: roleFromWord(roleCell) ?? (roleCell ? 'other' : 'panellist'),
    gender: columns.includes('gender') ? (genderCells[0] ?? '') : undefined,
    sector: pick('sector').join(', '),
  };
}

function stripBullet(s: string): string {
  return s.replace(BULLET, '');
}

function readFreeLine(line: string): ReadLine {
  const traits = trailingTraits(stripBullet(line.trim()));
  const read = readPerson(traits.rest);
  return { ...read, sector: traits.sector, ...(traits.gender !== undefined ? { gender: traits.gender } : {}) };
}

function readPerson(text: string): Omit<ReadLine, 'sector' | 'gender'> {
  let rest = text;
  let role: ParticipantRole = 'panellist';
  const label = LABEL.exec(rest);
  if (label) {
    const labelled = roleFromWord(label[1]!);
    if (labelled) {
      role = labelled;
      rest = label[2]!;
    }
  }
  // Only an institution in parentheses: there is no one to add.
  if (rest.startsWith('(')) return { name: '', position: '', affiliation: '', role };
  // "Nombre (Institución)"
  const paren = /^([^()]+?)\s*\(([^()]*)\)\s*(.*)$/.exec(rest);
  if (paren && !NAME_DASH.test(paren[1]!) && !paren[1]!.includes(',')) {
    const tail = trimPunctuation(paren[3]!.replace(NAME_DASH, ' '));
    return { name: trimPunctuation(paren[1]!), position: '', affiliation: [tidy(paren[2]!), tail].filter(Boolean).join(', '), role };
  }
  const dash = NAME_DASH.exec(rest);
  if (dash) {
    return { name: trimPunctuation(rest.slice(0, dash.index)), ...splitPosition(rest.slice(dash.index + dash[0].length)), role };
  }
  const comma = rest.indexOf(',');
  if (comma >= 0) {
    return { name: trimPunctuation(rest.slice(0, comma)), ...splitPosition(rest.slice(comma + 1)), role };
  }
  return { name: trimPunctuation(rest), position: '', affiliation: '', role };
}
