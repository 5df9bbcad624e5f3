import type { NormalizedText } from './normalize';

/** Replace [start, end) of the text with `text` ('' deletes it). */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * Applies edits (any order; an edit overlapping an earlier-starting one is skipped) to `source`,
 * keeping for every output character the range of the ORIGINAL input it came from: the setup
 * screen highlights spans in the text the user gave, whatever cleaning happened in between.
 * Inserted characters map to the range they replace.
 */
export function applyEdits(source: NormalizedText, edits: Edit[]): NormalizedText {
  if (edits.length === 0) return source;
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  const kept: Edit[] = [];
  for (const e of edits) if (kept.length === 0 || e.start >= kept[kept.length - 1]!.end) kept.push(e);
  const input = source.text;
  let size = input.length;
  for (const e of kept) size += e.text.length - (e.end - e.start);
  const start = new Int32Array(size + 1);
  const end = new Int32Array(size + 1);
  const parts: string[] = [];
  let len = 0;
  let at = 0;
  const copy = (from: number, to: number): void => {
    if (to <= from) return;
    parts.push(input.slice(from, to));
    start.set(source.start.subarray(from, to), len);
    end.set(source.end.subarray(from, to), len);
    len += to - from;
  };
  for (const e of kept) {
    copy(at, e.start);
    const s = source.start[e.start]!;
    const t = e.end > e.start ? source.end[e.end - 1]! : s;
    for (let k = 0; k < e.text.length; k++) {
      start[len] = s;
      end[len] = t;
      len++;
    }
    parts.push(e.text);
    at = e.end;
  }
  copy(at, input.length);
  start[len] = source.start[input.length]!;
  end[len] = source.end[input.length]!;
  return { text: parts.join(''), start: start.subarray(0, len + 1), end: end.subarray(0, len + 1) };
}

/** Start offsets of every line of `text` (a line ends before its '\n'). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}
