import type { Id, Note, NoteKind } from '../model/types';
import { fold } from '../text/fold';

export interface NoteFilters {
  questionId?: Id | null;
  speakerId?: Id | null;
  kind?: NoteKind | null;
  tag?: string | null;
  starredOnly?: boolean;
}

/** What Find searches in a note: its text and its tags, folded. */
const searchable = (note: Note): string => fold(note.tags.length ? `${note.text} ${note.tags.map((t) => `#${t}`).join(' ')}` : note.text);

const sameSearchable = (a: Note, b: Note): boolean =>
  a.updatedAt === b.updatedAt && a.text === b.text && a.tags.length === b.tags.length && a.tags.every((t, i) => t === b.tags[i]);

/**
 * A search index over an event's notes: folded text computed once per note version, so each
 * keystroke in the search box only scans strings (10,000 notes in a few milliseconds).
 * It holds the folded texts in an array beside the notes it was built from, and nothing else: a note
 * that changes is a new object in the list, so the objects themselves tell what to fold again.
 */
export class NoteSearchIndex {
  private notes: readonly Note[] = [];
  private texts: string[] = [];

  /** Brings the index in line with the current notes (cheap when few changed). */
  update(notes: readonly Note[]): void {
    if (notes === this.notes) return;
    const before = this.notes;
    const folded = this.texts;
    const texts = new Array<string>(notes.length);
    // Walks both lists together: an addition at the end, an edit or a deletion folds only what changed.
    // Anything else (a list read again, in another order) finds each note's earlier version by its id.
    let previous: Map<Id, number> | null = null;
    let j = 0;
    for (let i = 0; i < notes.length; i++) {
      const note = notes[i]!;
      if (before[j] === note) {
        texts[i] = folded[j++]!;
        continue;
      }
      if (before[j + 1] === note) {
        j++;
        texts[i] = folded[j++]!;
        continue;
      }
      if (before[j]?.id === note.id) {
        texts[i] = sameSearchable(before[j]!, note) ? folded[j]! : searchable(note);
        j++;
        continue;
      }
      if (j < before.length) previous ??= new Map(before.map((n, k) => [n.id, k]));
      const k = previous?.get(note.id);
      texts[i] = k !== undefined && sameSearchable(before[k]!, note) ? folded[k]! : searchable(note);
    }
    this.notes = notes;
    this.texts = texts;
  }

  /**
   * Notes matching every word of the query (in any order), accent- and case-insensitive, and every
   * filter; soft-deleted notes never match. Results keep the input order.
   */
  search(notes: readonly Note[], query: string, filters: NoteFilters = {}, limit = 500): Note[] {
    const words = fold(query).split(/\s+/).filter(Boolean);
    const tag = filters.tag ? fold(filters.tag) : null;
    // The folded texts line up with `notes` when they are the notes indexed; other notes are folded here.
    const texts = notes === this.notes ? this.texts : null;
    const out: Note[] = [];
    for (let i = 0; i < notes.length; i++) {
      const note = notes[i]!;
      if (note.deletedAt !== null) continue;
      if (filters.questionId !== undefined && filters.questionId !== null && note.questionId !== filters.questionId) continue;
      if (filters.speakerId && note.speakerId !== filters.speakerId) continue;
      if (filters.kind && note.kind !== filters.kind) continue;
      if (filters.starredOnly && !note.starred) continue;
      if (tag && !note.tags.some((t) => fold(t) === tag)) continue;
      if (words.length && !containsAll(texts?.[i] ?? searchable(note), words)) continue;
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
