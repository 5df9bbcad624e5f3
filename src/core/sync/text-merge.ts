/**
 * Three-way merge of a text two people changed from the same base: each saves whole texts, so the
 * edit each made is found as the one span where their text differs from the base, and the edit of
 * `mine` is replayed on `theirs` (moved by what `theirs` inserted or removed before it). Where both
 * changed the same span, nothing typed is dropped: my insertion goes after theirs.
 */
export function mergeTexts(base: string, mine: string, theirs: string): string {
  if (mine === theirs || mine === base) return theirs;
  if (theirs === base) return mine;
  const m = spanOf(base, mine);
  const t = spanOf(base, theirs);
  const inserted = mine.slice(m.start, m.start + m.inserted);
  let at: number;
  let removed = m.removed;
  if (m.start + m.removed <= t.start && !(m.start === t.start && m.removed === 0 && t.removed > 0)) at = m.start;
  else if (m.start >= t.start + t.removed) at = m.start + t.inserted - t.removed;
  else {
    at = t.start + t.inserted;
    removed = 0;
  }
  return theirs.slice(0, at) + inserted + theirs.slice(at + removed);
}

interface Span {
  start: number;
  removed: number;
  inserted: number;
}

/** Where `next` differs from `base`: common prefix and suffix kept, one span replaced. */
export function spanOf(base: string, next: string): Span {
  let start = 0;
  const max = Math.min(base.length, next.length);
  while (start < max && base.charCodeAt(start) === next.charCodeAt(start)) start++;
  let end = 0;
  while (end < max - start && base.charCodeAt(base.length - 1 - end) === next.charCodeAt(next.length - 1 - end)) end++;
  return { start, removed: base.length - start - end, inserted: next.length - start - end };
}
