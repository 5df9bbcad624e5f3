import Dexie, { type ObservabilitySet } from 'dexie';
import type { Id, Note } from '../../core/model/types';
import type { RelatorDb } from './db';
import { listEventNotes, listNotes } from './notes';

/** Which notes a list holds: one question's, the general ones (null), or every note of the event. */
export type NoteListScope = Id | null | 'all';

/** A dependency-tracking tree as Dexie reports a change (a RangeSet, or its plain copy from another window). */
interface KeyTree {
  from?: unknown;
  to?: unknown;
  l?: KeyTree | null;
  r?: KeyTree | null;
}

/** Beyond this many changed notes at once, reading the whole list again is as cheap as reading each one. */
const MAX_POINT_READS = 200;

/**
 * Makes the notes just read share one copy of each value many of them repeat: read from the database, each note
 * brings its own copy of the event's id, its question's and its speaker's, and of its kind (10,000 notes held
 * 10,000 copies of one 36-character id, about 2 MB of the page's memory with every note loaded), and so of its
 * author's id and name, its mesa's id and its tags (a few tags serve a whole event); a note never edited since
 * it was written holds one copy of that instant for both of its stamps. Only notes nobody holds yet are touched
 * (fresh from a read).
 */
function shareRepeated<T extends Note | undefined>(found: T[], seen: Map<string, string>): T[] {
  const one = <V extends string | null>(value: V): V => {
    if (value === null) return value;
    const kept = seen.get(value);
    if (kept !== undefined) return kept as V;
    seen.set(value, value);
    return value;
  };
  for (const note of found) {
    if (!note) continue;
    note.eventId = one(note.eventId);
    note.questionId = one(note.questionId);
    note.speakerId = one(note.speakerId);
    note.kind = one(note.kind);
    if (note.updatedAt === note.createdAt) note.updatedAt = note.createdAt;
    note.mesaId = one(note.mesaId);
    note.authorId = one(note.authorId);
    note.authorName = one(note.authorName);
    const tags = note.tags;
    for (let i = 0; i < tags.length; i++) tags[i] = one(tags[i]!);
  }
  return found;
}

const byCreated = (a: Note, b: Note) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0);

/**
 * The ids of the changed notes when the change names them one by one (a save, an edit, a move), or
 * null when it covers a range or is too large (an import, a purge): then the whole list is read again.
 */
function changedIds(tree: KeyTree | undefined): string[] | null {
  if (!tree || !('from' in tree)) return [];
  const ids: string[] = [];
  const stack: KeyTree[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.from !== node.to || typeof node.from !== 'string') return null;
    ids.push(node.from);
    if (ids.length > MAX_POINT_READS) return null;
    if (node.l && 'from' in node.l) stack.push(node.l);
    if (node.r && 'from' in node.r) stack.push(node.r);
  }
  return ids;
}

interface Shared {
  notes: readonly Note[] | null;
  listeners: Set<(notes: readonly Note[] | null, error: unknown) => void>;
  stop: () => void;
}

const shared = new Map<string, Shared>();

/**
 * A note list that follows the database: read once, then kept current by reading only the notes a
 * write names (a save re-reads one note, not the 10,000 of the event). Reads here are plain, not
 * liveQuery reads, so Dexie neither tracks every key read nor clones the result for each subscriber;
 * views of the same list in one window (the "all questions" timeline and Find) share one copy. Writes
 * made in other windows arrive the same way (Dexie relays them). Oldest first; deleted notes left out.
 */
export function subscribeNoteList(
  db: RelatorDb,
  eventId: Id,
  scope: NoteListScope,
  onValue: (notes: readonly Note[]) => void,
  onError: (error: unknown) => void = () => {},
): () => void {
  const key = `${db.name}\u0000${eventId}\u0000${scope ?? '\u0000general'}`;
  let entry = shared.get(key);
  if (!entry) {
    const created: Shared = { notes: null, listeners: new Set(), stop: () => {} };
    created.stop = follow(db, eventId, scope, (notes, error) => {
      if (notes) created.notes = notes;
      for (const listener of created.listeners) listener(notes, error);
    });
    shared.set(key, created);
    entry = created;
  }
  const listener = (notes: readonly Note[] | null, error: unknown) => (notes ? onValue(notes) : onError(error));
  entry.listeners.add(listener);
  if (entry.notes) {
    const current = entry.notes;
    queueMicrotask(() => entry!.listeners.has(listener) && onValue(current));
  }
  const mine = entry;
  return () => {
    mine.listeners.delete(listener);
    if (mine.listeners.size === 0) {
      mine.stop();
      shared.delete(key);
    }
  };
}

function follow(db: RelatorDb, eventId: Id, scope: NoteListScope, emit: (notes: readonly Note[] | null, error: unknown) => void) {
  const part = `idb://${db.name}/notes/`;
  const belongs = (n: Note | undefined): n is Note =>
    n !== undefined && n.eventId === eventId && n.deletedAt === null && (scope === 'all' || n.questionId === scope);
  let closed = false;
  let notes: Note[] = [];
  /** Changes not yet read: some ids, or 'all' for the whole list. */
  let due: Set<string> | 'all' | null = 'all';
  let running = false;
  /** The values notes repeat (ids of the event, questions and speakers; kinds), one copy each. */
  const shared = new Map<string, string>();

  const readAll = () => (scope === 'all' ? listEventNotes(db, eventId) : listNotes(db, eventId, scope));

  const apply = (ids: readonly string[], found: readonly (Note | undefined)[]) => {
    let next: Note[] | null = null;
    ids.forEach((id, i) => {
      const note = found[i];
      const list = next ?? notes;
      const at = list.findIndex((n) => n.id === id);
      if (at < 0 && !belongs(note)) return;
      if (at >= 0 && list[at] === note) return;
      next ??= [...notes];
      if (at >= 0) next.splice(at, 1);
      if (belongs(note)) {
        // Binary search for the first note created after it: the list stays oldest first.
        let lo = 0;
        let hi = next.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (byCreated(next[mid]!, note) <= 0) lo = mid + 1;
          else hi = mid;
        }
        next.splice(lo, 0, note);
      }
    });
    if (next) notes = next;
    return next !== null;
  };

  /** Reads what is due, one batch at a time; changes that arrive meanwhile wait for the next batch. */
  const run = async () => {
    if (running || closed) return;
    running = true;
    try {
      while (due !== null && !closed) {
        const batch = due;
        due = null;
        if (batch === 'all') {
          notes = shareRepeated(await Dexie.ignoreTransaction(readAll), shared);
          if (!closed) emit(notes, null);
        } else {
          const ids = [...batch];
          const found = shareRepeated(await Dexie.ignoreTransaction(() => db.notes.bulkGet(ids)), shared);
          if (apply(ids, found) && !closed) emit(notes, null);
        }
      }
    } catch (error) {
      // Shown as the list's error; the next change tries again, from scratch.
      due = 'all';
      if (!closed) emit(null, error);
    } finally {
      running = false;
    }
  };

  const onMutated = (parts: ObservabilitySet) => {
    if (closed) return;
    if (!('all' in parts) && !(part in parts)) return;
    const ids = 'all' in parts ? null : changedIds(parts[part] as KeyTree);
    if (ids === null) due = 'all';
    else if (due !== 'all') {
      due ??= new Set();
      for (const id of ids) due.add(id);
    }
    // Out of the writer's transaction and its callbacks; a burst of writes is read as one batch.
    setTimeout(() => void run(), 0);
  };

  Dexie.on.storagemutated.subscribe(onMutated);
  void run();
  return () => {
    closed = true;
    Dexie.on.storagemutated.unsubscribe(onMutated);
  };
}
