import type { Id, Note } from '../model/types';

/**
 * Small pure pieces of the capture view's list handling, kept out of the components so they can
 * be tested without a DOM.
 */

/**
 * The timeline's notes: what the live query returned plus notes this window just saved that the
 * query has not delivered yet (so a saved note shows at once). Deleted ones are dropped; the
 * input order (oldest first) is kept and the result is the live array itself when nothing is pending.
 */
export function withPending(liveNotes: readonly Note[], pending: readonly Note[], questionId: Id | null | 'all'): readonly Note[] {
  if (pending.length === 0) return liveNotes;
  const extra = pending.filter(
    (n) => !isListed(liveNotes, n) && n.deletedAt === null && (questionId === 'all' || n.questionId === questionId),
  );
  if (extra.length === 0) return liveNotes;
  const merged = [...liveNotes, ...extra];
  // Pending notes are newer than anything listed, except when the clock moved back; keep order exact.
  if (liveNotes.length && extra[0]!.createdAt < liveNotes[liveNotes.length - 1]!.createdAt) {
    merged.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
  }
  return merged;
}

/**
 * Whether `note` is in `notes` (oldest first): a binary search on its creation time, then the notes of
 * that same instant. A few steps instead of a set of every id, on each save into a 10,000-note list.
 */
function isListed(notes: readonly Note[], note: Note): boolean {
  let lo = 0;
  let hi = notes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (notes[mid]!.createdAt < note.createdAt) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < notes.length && notes[i]!.createdAt === note.createdAt; i++) if (notes[i]!.id === note.id) return true;
  return false;
}

/** Pending notes the live query now includes are no longer pending. */
export function settlePending(pending: readonly Note[], liveNotes: readonly Note[]): Note[] {
  if (pending.length === 0) return pending as Note[];
  const left = pending.filter((n) => !isListed(liveNotes, n));
  return left.length === pending.length ? (pending as Note[]) : left;
}

/** Shift-click selection: every id between the anchor and the target, in list order, inclusive. */
export function rangeBetween(ids: readonly Id[], anchor: Id, target: Id): Id[] {
  const a = ids.indexOf(anchor);
  const b = ids.indexOf(target);
  if (a < 0 || b < 0) return [target];
  return ids.slice(Math.min(a, b), Math.max(a, b) + 1);
}

/** Adds a tag typed by hand ("#Agua " → "agua"); returns the same array when already present or empty. */
export function withTag(tags: readonly string[], raw: string): readonly string[] {
  const tag = raw.trim().replace(/^#+/, '').replace(/\s+/g, '-').toLowerCase();
  if (!tag || tags.includes(tag)) return tags;
  return [...tags, tag];
}

/** The slot `delta` steps away from `current` in a list of slots, clamped to the ends. */
export function stepSlot<T>(slots: readonly T[], current: T, delta: number): T {
  const at = slots.indexOf(current);
  const next = Math.min(slots.length - 1, Math.max(0, (at < 0 ? 0 : at) + delta));
  return slots[next] ?? current;
}

/** The `@word` being typed just before the caret, if any (for the composer's type-ahead). */
export function mentionAtCaret(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const match = /(^|\s)@([\p{L}\p{N}.'’-]*)$/u.exec(before);
  if (!match) return null;
  return { start: match.index + match[1]!.length, query: match[2]! };
}
