import { isClosingLine } from './closing';
import { isPanelLabel, questionHeading } from './headings';
import type { Line } from './lines';
import { fold } from './normalize';
import { MAX_QUESTIONS, newGroup, type RawQuestion } from './questions';

/**
 * A table pasted from Word or a spreadsheet arrives as tab-separated cells, one row per line. When
 * a header cell names guiding questions ("Pregunta orientadora", "Guiding question"), that column's
 * cells are the questions; a column named for panels ("Mesa", "Sesión", "Bloco") gives their block,
 * and so does an activity cell that names a panel ("Mesa 1: Transición energética").
 */

export interface FoundTable {
  /** Index of the header line and of the first line after the table. */
  header: number;
  next: number;
  questions: RawQuestion[];
}

const PANEL_HEADER =
  /^(?:mesa|panel|painel|sesion|session|sessao|bloque|bloco|block|eje|eixo|track|modulo|module|tema|theme|topic|activity|actividad|atividade|session title)$/;

interface Cell {
  start: number;
  end: number;
  text: string;
}

/** The cells of the line around [start, end), tabs included at either end (an empty first cell counts). */
function cells(norm: string, line: Line): Cell[] {
  let s = line.start;
  while (s > 0 && norm[s - 1] !== '\n') s--;
  let e = norm.indexOf('\n', line.end);
  if (e < 0) e = norm.length;
  const out: Cell[] = [];
  let at = s;
  for (const part of norm.slice(s, e).split('\t')) {
    const lead = part.length - part.trimStart().length;
    const text = part.trim();
    out.push({ start: at + lead, end: at + lead + text.length, text });
    at += part.length + 1;
  }
  return out;
}

const headerWord = (s: string): string => fold(s).replace(/[\s:.]+$/, '');

export function findTables(norm: string, lines: Line[]): FoundTable[] {
  if (!norm.includes('\t')) return [];
  const tables: FoundTable[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.text.includes('\t')) continue;
    const head = cells(norm, line);
    if (head.length < 2 || head.length > 12) continue;
    const column = head.findIndex((c) => c.text.length > 0 && c.text.length <= 60 && questionHeading(c.text) !== null);
    if (column < 0) continue;
    const panelColumn = head.findIndex((c, k) => k !== column && PANEL_HEADER.test(headerWord(c.text)));
    const group = newGroup();
    const questions: RawQuestion[] = [];
    let j = i + 1;
    let last: RawQuestion | null = null;
    for (; j < lines.length && questions.length < MAX_QUESTIONS; j++) {
      const row = lines[j]!;
      if (row.gapBefore > 1) break;
      if (!row.text.includes('\t')) {
        // A cell broken over lines inside a row ends up on a line of its own: it continues the question above it.
        if (last && row.gapBefore === 0 && !/[?.!]$/.test(last.text) && !isClosingLine(row.text)) {
          last.end = row.end;
          last.text = `${last.text} ${row.text}`.replace(/\s+/g, ' ');
          continue;
        }
        break;
      }
      const rowCells = cells(norm, row);
      const cell = rowCells[column];
      last = null;
      if (!cell || !cell.text || isClosingLine(cell.text)) continue;
      const block = blockOf(rowCells, panelColumn, column);
      last = { text: cell.text.replace(/\s+/g, ' '), block, start: cell.start, end: cell.end, listed: false, rule: 'table', group };
      questions.push(last);
    }
    if (questions.length > 0) tables.push({ header: i, next: j, questions });
    i = j - 1;
  }
  return tables;
}

function blockOf(row: Cell[], panelColumn: number, questionColumn: number): string {
  if (panelColumn >= 0 && row[panelColumn]?.text) return row[panelColumn].text;
  const named = row.find((c, k) => k !== questionColumn && c.text && isPanelLabel(c.text));
  return named?.text ?? '';
}
