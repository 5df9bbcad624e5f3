import type { Id, IsoInstant, Note } from '../model/types';
import { classifyPatch, diffNotes, type ChangeKind, type NotePatch, type PatchGuard } from './note-patch';

/**
 * The capture view's undo/redo history for one event in one window, as plain data. Each entry
 * is one user action (which may touch several notes: "move 3 notes") with, per note, the patch
 * that undoes it and the patch that redoes it. The store applies the patches; this module only
 * decides what to write and checks nothing written elsewhere would be overwritten.
 *
 * Every write this history makes expects the note's `updatedAt` to be the one this window last
 * saw from its own writes (`stamps`). If another tab or window changed the note since, the store
 * refuses the write and the entries about that note are dropped (`forget`): an undo never
 * silently overwrites someone else's change.
 */

export interface HistoryStep {
  id: Id;
  undo: NotePatch;
  redo: NotePatch;
}

export interface HistoryEntry {
  /** Unique within the history: the toast's "Undo" names the entry it was shown for. */
  seq: number;
  kind: ChangeKind;
  steps: readonly HistoryStep[];
}

export interface NoteHistory {
  /** Oldest first; the last one is what Ctrl+Z undoes. */
  past: readonly HistoryEntry[];
  /** Undone entries, the next to redo first. */
  future: readonly HistoryEntry[];
  /** Each note's `updatedAt` after this window last wrote it. */
  stamps: ReadonlyMap<Id, IsoInstant>;
  nextSeq: number;
}

export type Direction = 'undo' | 'redo';

/**
 * One write of a plan. The guard holds what this window left in the note (its stamp, and the
 * values on the other side of the patch): the store refuses the write if those fields changed since.
 */
export interface PlannedWrite {
  id: Id;
  patch: NotePatch;
  guard: PatchGuard;
}

export interface Plan {
  direction: Direction;
  entry: HistoryEntry;
  writes: PlannedWrite[];
}

export type PlanResult =
  | { ok: true; plan: Plan }
  /** empty: nothing to undo/redo; gone: that entry was already undone or dropped; later-changes: a later action touched the same notes. */
  | { ok: false; reason: 'empty' | 'gone' | 'later-changes' };

/** How many actions back Ctrl+Z reaches; older ones are dropped so a three-hour forum stays light. */
const HISTORY_LIMIT = 200;

export function emptyHistory(): NoteHistory {
  return { past: [], future: [], stamps: new Map(), nextSeq: 1 };
}

/** A change as the store reports it: the note before and after the write. */
export interface Written {
  before: Note;
  after: Note;
}

/**
 * Records a new action from what the store wrote. The redo stack is dropped, as in every editor.
 * Notes the write left unchanged are no step; an action that changed nothing is no entry. Without
 * a kind, the words come from what changed (see classifyPatch).
 */
export function recordAction(
  history: NoteHistory,
  kind: ChangeKind | null,
  written: readonly Written[],
  limit = HISTORY_LIMIT,
): { history: NoteHistory; entry: HistoryEntry | null } {
  const steps: HistoryStep[] = [];
  for (const { before, after } of written) {
    const diff = diffNotes(before, after);
    if (diff) steps.push({ id: after.id, ...diff });
  }
  if (steps.length === 0) return { history, entry: null };
  const entry: HistoryEntry = { seq: history.nextSeq, kind: kind ?? classifyPatch(steps[0]!.redo), steps };
  const past = [...history.past, entry];
  const kept = past.length > limit ? past.slice(past.length - limit) : past;
  const stamps = withStamps(
    history.stamps,
    written.map((w) => w.after),
  );
  return {
    history: { past: kept, future: [], stamps: pruneStamps(stamps, kept, []), nextSeq: history.nextSeq + 1 },
    entry,
  };
}

/** A new note: undoing it puts it in the bin, redoing takes it out. */
export function recordAdd(history: NoteHistory, note: Note): { history: NoteHistory; entry: HistoryEntry | null } {
  return recordAction(history, 'add', [{ before: { ...note, deletedAt: note.createdAt }, after: note }]);
}

/** What Ctrl+Z would write: the last action, or with `seq` that one action (the toast's Undo). */
export function planUndo(history: NoteHistory, seq?: number): PlanResult {
  if (history.past.length === 0) return { ok: false, reason: 'empty' };
  const at = seq === undefined ? history.past.length - 1 : history.past.findIndex((e) => e.seq === seq);
  if (at < 0) return { ok: false, reason: 'gone' };
  const entry = history.past[at]!;
  // Undoing an older action out of turn is safe only if nothing later touched its notes.
  const ids = new Set(entry.steps.map((s) => s.id));
  if (history.past.slice(at + 1).some((later) => later.steps.some((s) => ids.has(s.id)))) return { ok: false, reason: 'later-changes' };
  return { ok: true, plan: planFor(history, entry, 'undo') };
}

/** What Ctrl+Shift+Z would write: the action undone last. */
export function planRedo(history: NoteHistory): PlanResult {
  const entry = history.future[0];
  if (!entry) return { ok: false, reason: 'empty' };
  return { ok: true, plan: planFor(history, entry, 'redo') };
}

function planFor(history: NoteHistory, entry: HistoryEntry, direction: Direction): Plan {
  // Reverse order on undo, so an entry that touched a note twice would come back step by step.
  const steps = direction === 'undo' ? [...entry.steps].reverse() : entry.steps;
  return {
    direction,
    entry,
    writes: steps.map((s) => ({
      id: s.id,
      patch: direction === 'undo' ? s.undo : s.redo,
      // Without a stamp (never expected) no updatedAt matches, and the field-by-field check decides.
      guard: { expectedUpdatedAt: history.stamps.get(s.id) ?? '', base: direction === 'undo' ? s.redo : s.undo },
    })),
  };
}

/** The history once the store has written a plan: the entry changes stack and the notes' new stamps are kept. */
export function settlePlan(history: NoteHistory, plan: Plan, written: readonly Note[]): NoteHistory {
  const stamps = withStamps(history.stamps, written);
  if (plan.direction === 'undo') {
    return { ...history, past: history.past.filter((e) => e !== plan.entry), future: [plan.entry, ...history.future], stamps };
  }
  return { ...history, past: [...history.past, plan.entry], future: history.future.filter((e) => e !== plan.entry), stamps };
}

/**
 * Drops every entry about these notes (changed elsewhere, or purged from the bin): undoing them
 * would write over a version this window never saw.
 */
export function forgetNotes(history: NoteHistory, ids: Iterable<Id>): { history: NoteHistory; dropped: number } {
  const gone = new Set(ids);
  const keep = (e: HistoryEntry) => !e.steps.some((s) => gone.has(s.id));
  const past = history.past.filter(keep);
  const future = history.future.filter(keep);
  const dropped = history.past.length - past.length + history.future.length - future.length;
  if (dropped === 0 && ![...gone].some((id) => history.stamps.has(id))) return { history, dropped: 0 };
  return { history: { ...history, past, future, stamps: pruneStamps(history.stamps, past, future) }, dropped };
}

export const nextUndo = (history: NoteHistory): HistoryEntry | undefined => history.past[history.past.length - 1];
export const nextRedo = (history: NoteHistory): HistoryEntry | undefined => history.future[0];

function withStamps(stamps: ReadonlyMap<Id, IsoInstant>, notes: readonly Note[]): ReadonlyMap<Id, IsoInstant> {
  if (notes.length === 0) return stamps;
  const next = new Map(stamps);
  for (const n of notes) next.set(n.id, n.updatedAt);
  return next;
}

/** Stamps of notes no entry mentions any more are dead weight. */
function pruneStamps(
  stamps: ReadonlyMap<Id, IsoInstant>,
  past: readonly HistoryEntry[],
  future: readonly HistoryEntry[],
): ReadonlyMap<Id, IsoInstant> {
  const used = new Set<Id>();
  for (const e of [...past, ...future]) for (const s of e.steps) used.add(s.id);
  if (used.size === stamps.size && [...stamps.keys()].every((id) => used.has(id))) return stamps;
  return new Map([...stamps].filter(([id]) => used.has(id)));
}
