/** One non-blank line of the normalised text, trimmed, with its offsets in that text. */
export interface Line {
  start: number;
  end: number;
  text: string;
  /** Blank lines between this line and the previous non-blank one (or the start of the text). */
  gapBefore: number;
  /** Memos of what the line is, filled on first use: several passes ask the same questions. */
  heading?: unknown;
  section?: boolean;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let gap = 0;
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl === -1) nl = text.length;
    let s = pos;
    let e = nl;
    while (s < e && isBlank(text.charCodeAt(s))) s++;
    while (e > s && isBlank(text.charCodeAt(e - 1))) e--;
    if (s === e) gap++;
    else {
      lines.push({ start: s, end: e, text: text.slice(s, e), gapBefore: gap });
      gap = 0;
    }
    pos = nl + 1;
  }
  return lines;
}

/** Spaces and tabs (a tab separates table cells; at either end of a line it is only indentation). */
const isBlank = (c: number): boolean => c === 0x20 || c === 0x09;
