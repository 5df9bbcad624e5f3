import type * as Y from 'yjs';

/**
 * Turns `ytext` into `next` by deleting and inserting only the span that differs (common prefix and
 * suffix kept). The editors save whole texts; replaying a save as this minimal edit is what lets two
 * people typing in different places of the same synthesis both keep their words once merged.
 */
export function applyTextDiff(ytext: Y.Text, next: string): boolean {
  const current = ytext.toString();
  if (current === next) return false;
  let start = 0;
  const max = Math.min(current.length, next.length);
  while (start < max && current.charCodeAt(start) === next.charCodeAt(start)) start++;
  let end = 0;
  while (end < max - start && current.charCodeAt(current.length - 1 - end) === next.charCodeAt(next.length - 1 - end)) end++;
  // Never split a surrogate pair: widen the edited span to whole characters.
  if (start > 0 && isHighSurrogate(current.charCodeAt(start - 1))) start--;
  if (end > 0 && isLowSurrogate(current.charCodeAt(current.length - end))) end--;
  const removed = current.length - start - end;
  if (removed > 0) ytext.delete(start, removed);
  const inserted = next.slice(start, next.length - end);
  if (inserted.length > 0) ytext.insert(start, inserted);
  return true;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
