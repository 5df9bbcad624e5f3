import { lineStarts, type Edit } from './edits';

/**
 * What a PDF repeats on every page — page numbers ("Página 2 de 4", "Page 3", "- 5 -"), running
 * headers and footers — cut through the program wherever a page ends, even inside a question.
 * They are removed together with the blank lines around them, so a question split by a page break
 * reads on. Pages are known when the text comes from Relator's own PDF reader (a form feed between
 * pages); in a pasted PDF text they are found by their page numbers.
 */

const PAGE_NUMBER =
  /^(?:(?:p[aá]g(?:ina|\.)?|page|p\.|folha|fl\.)\s*\d{1,4}(?:\s*(?:de|of|\/)\s*\d{1,4})?|[-–—]?\s*\d{1,4}\s*[-–—]?|\d{1,4}\s*(?:\/|de|of)\s*\d{1,4}|\[\s*\d{1,4}\s*\])$/i;
/** A running header or footer with its page number at one end, set apart by a wide gap or a bar. */
const NUMBERED_RUNNING = /^(?:\d{1,4}(?:\s{3,}|\t+|\s*[|·•]\s*)\S.{0,150}|\S.{0,150}?(?:\s{3,}|\t+|\s*[|·•]\s*)\d{1,4})$/;
/** Whether any line could be page furniture: short with a digit, or a number at either end; no line is cut out. */
function mayHaveFurniture(text: string): boolean {
  for (let at = 0; at < text.length;) {
    let nl = text.indexOf('\n', at);
    if (nl < 0) nl = text.length;
    const length = nl - at;
    if (length > 0) {
      const first = text.charCodeAt(at);
      const last = text.charCodeAt(nl - 1);
      const digitAtEnd = (last >= 0x30 && last <= 0x39) || last === 0x5d;
      if (length <= 30 || digitAtEnd || (first >= 0x30 && first <= 0x39)) {
        const line = text.slice(at, nl);
        if (/\d/.test(line) && (PAGE_NUMBER.test(line.trim()) || NUMBERED_RUNNING.test(line.trim()))) return true;
      }
    }
    at = nl + 1;
  }
  return false;
}

const shape = (line: string): string => line.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim().toLowerCase();

export function pageFurnitureEdits(text: string): Edit[] {
  if (!text.includes('\f') && !mayHaveFurniture(text)) return [];
  const starts = lineStarts(text);
  const n = starts.length;
  const lineAt = (i: number): string => text.slice(starts[i]!, i + 1 < n ? starts[i + 1]! - 1 : text.length);
  const furniture = new Uint8Array(n);
  const pageBreak = new Uint8Array(n);
  const trimmed: string[] = new Array<string>(n);
  let pageNumbers = 0;
  for (let i = 0; i < n; i++) {
    const raw = lineAt(i);
    if (raw.includes('\f')) pageBreak[i] = 1;
    const t = raw.replace(/\f/g, '').trim();
    trimmed[i] = t;
    if (t.length <= 24 && /\d/.test(t) && PAGE_NUMBER.test(t)) {
      furniture[i] = 1;
      pageNumbers++;
    }
  }
  const hasPages = pageBreak.some((b) => b === 1);

  // Running headers and footers: lines of the same shape on several pages, next to a page number or at a page's edge.
  const counts = new Map<string, number>();
  const candidates: number[] = [];
  const nearEdge = (i: number): boolean => {
    if (pageBreak[i]) return true;
    for (let d = -2; d <= 2; d++) if (d !== 0 && i + d >= 0 && i + d < n && (furniture[i + d] || pageBreak[i + d])) return true;
    return false;
  };
  // Only a number set apart may change from page to page ("Informe 2024 ····· 3"); other lines repeat exactly.
  const keyOf = (t: string): string => (NUMBERED_RUNNING.test(t) ? shape(t) : t.replace(/\s+/g, ' ').toLowerCase());
  for (let i = 0; i < n; i++) {
    const t = trimmed[i]!;
    if (furniture[i] || !t || t.length > 160) continue;
    if (!((pageNumbers > 0 || hasPages) && nearEdge(i)) && !NUMBERED_RUNNING.test(t)) continue;
    const key = keyOf(t);
    counts.set(key, (counts.get(key) ?? 0) + 1);
    candidates.push(i);
  }
  for (const i of candidates) if ((counts.get(keyOf(trimmed[i]!)) ?? 0) >= 2) furniture[i] = 1;

  const edits: Edit[] = [];
  for (let i = 0; i < n; i++) {
    if (!furniture[i] && !pageBreak[i]) continue;
    if (!furniture[i] && trimmed[i]) {
      // A form feed inside a line of text: it becomes a line break.
      const at = text.indexOf('\f', starts[i]!);
      edits.push({ start: at, end: at + 1, text: '\n' });
      continue;
    }
    // A run of furniture and the blank lines around it goes: the line before it then runs on into the
    // line after it (a question cut by the page) or, when that line ends a sentence, one blank line stays.
    let first = i;
    while (first > 0 && !trimmed[first - 1]) first--;
    let last = i;
    while (last + 1 < n && (furniture[last + 1] || !trimmed[last + 1])) last++;
    const before = first > 0 ? trimmed[first - 1]! : '';
    const runsOn = before !== '' && !/[.:;!?…)"”»]$/.test(before);
    const s = first > 0 ? starts[first]! - 1 : 0;
    const e = last + 1 < n ? starts[last + 1]! - 1 : text.length;
    edits.push({ start: s, end: e, text: first === 0 || last + 1 >= n || runsOn ? '' : '\n' });
    i = last;
  }
  return edits;
}
