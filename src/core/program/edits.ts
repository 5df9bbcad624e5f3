import type { NormalizedText } from './normalize';
import { OffsetMapBuilder, originEnd, originStart } from './offset-map';

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
  const map = new OffsetMapBuilder();
  const parts: string[] = [];
  let at = 0;
  const copy = (from: number, to: number): void => {
    if (to <= from) return;
    parts.push(input.slice(from, to));
    map.copyFrom(source.map, from, to);
  };
  for (const e of kept) {
    copy(at, e.start);
    const s = originStart(source.map, e.start);
    const t = e.end > e.start ? originEnd(source.map, e.end - 1) : s;
    map.replaced(s, t, e.text.length);
    parts.push(e.text);
    at = e.end;
  }
  copy(at, input.length);
  return { text: parts.join(''), map: map.finish(originStart(source.map, input.length), originEnd(source.map, input.length)) };
}

/** Start offsets of every line of `text` (a line ends before its '\n'). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}
