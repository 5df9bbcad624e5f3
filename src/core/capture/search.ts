import type { Id, Note, NoteKind } from '../model/types';
import { fold } from '../text/fold';

export interface NoteFilters {
  questionId?: Id | null;
  speakerId?: Id | null;
  kind?: NoteKind | null;
  tag?: string | null;
  starredOnly?: boolean;
}

/**
 * A search index over an event's notes: folded text computed once per note version, so each
 * keystroke in the search box only scans strings (10,000 notes in a few milliseconds).
 */
export class NoteSearchIndex {
  private folded = new Map<Id, { updatedAt: string; text: string }>();

  /** Brings the cache in line with the current notes (cheap when few changed). */
  update(notes: readonly Note[]): void {
    const seen = new Set<Id>();
    for (const note of notes) {
      seen.add(note.id);
      const cached = this.folded.get(note.id);
      if (!cached || cached.updatedAt !== note.updatedAt) {
        this.folded.set(note.id, { updatedAt: note.updatedAt, text: fold(`${note.text} ${note.tags.map((t) => `#${t}`).join(' ')}`) });
      }
    }
    if (seen.size !== this.folded.size) for (const id of this.folded.keys()) if (!seen.has(id)) this.folded.delete(id);
  }

  /**
   * Notes matching every word of the query (in any order), accent- and case-insensitive, and every
   * filter; soft-deleted notes never match. Results keep the input order.
   */
  search(notes: readonly Note[], query: string, filters: NoteFilters = {}, limit = 500): Note[] {
    const words = fold(query).split(/\s+/).filter(Boolean);
    const tag = filters.tag ? fold(filters.tag) : null;
    const out: Note[] = [];
    for (const note of notes) {
      if (note.deletedAt !== null) continue;
      if (filters.questionId !== undefined && filters.questionId !== null && note.questionId !== filters.questionId) continue;
      if (filters.speakerId && note.speakerId !== filters.speakerId) continue;
      if (filters.kind && note.kind !== filters.kind) continue;
      if (filters.starredOnly && !note.starred) continue;
      if (tag && !note.tags.some((t) => fold(t) === tag)) continue;
      if (words.length && !containsAll(this.folded.get(note.id)?.text ?? fold(note.text), words)) continue;
      out.push(note);
      if (out.length >= limit) break;
    }
    return out;
  }
}

/** Every word is in the text. A plain loop: this runs for each of 10,000 notes on every key typed in Find. */
function containsAll(text: string, words: readonly string[]): boolean {
  for (const w of words) if (!text.includes(w)) return false;
  return true;
}
