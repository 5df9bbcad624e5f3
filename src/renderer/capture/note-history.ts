import {
  emptyHistory,
  forgetNotes,
  planRedo,
  planUndo,
  recordAction,
  recordAdd,
  settlePlan,
  type Direction,
  type HistoryEntry,
  type NoteHistory,
  type Written,
} from '../../core/capture/history';
import type { ChangeKind } from '../../core/capture/note-patch';
import type { Id, Note } from '../../core/model/types';
import { applyNotePatches, emptyBin, isEditConflict, restoreFromBin, type NoteWrite } from '../store';

/** What an undo or redo did, for the words the user hears and sees. */
export type StepOutcome =
  | { status: 'done'; direction: Direction; entry: HistoryEntry; written: Written[] }
  | { status: 'empty' | 'gone' | 'later-changes'; direction: Direction }
  /** The note changed elsewhere (or was purged): nothing was written, and the entries about it were dropped. */
  | { status: 'conflict'; direction: Direction; entry: HistoryEntry; current: Note; dropped: number };

/**
 * The capture history of one event in this window: the pure history (src/core/capture/history)
 * plus the store writes it asks for. Writes run one after another, so a quick Ctrl+Z Ctrl+Z or an
 * undo racing a new action always sees the state the previous one left.
 */
export class NoteHistoryController {
  private state: NoteHistory = emptyHistory();
  private tail: Promise<unknown> = Promise.resolve();
  private readonly listeners = new Set<(history: NoteHistory) => void>();

  get history(): NoteHistory {
    return this.state;
  }

  subscribe(listener: (history: NoteHistory) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * A user's action on notes, written in one transaction and then recorded. Without a kind, the
   * words come from what changed. A guarded write that meets a change made elsewhere throws the
   * store's EditConflictError, and nothing is recorded.
   */
  perform(kind: ChangeKind | null, writes: NoteWrite[]): Promise<{ entry: HistoryEntry | null; written: Written[] }> {
    return this.serial(async () => this.record(kind, await applyNotePatches(writes)));
  }

  /** A note the composer just saved. */
  recordAdded(note: Note): HistoryEntry | null {
    const { history, entry } = recordAdd(this.state, note);
    this.set(history);
    return entry;
  }

  /** Restores notes from the bin (an action like any other: Ctrl+Z puts them back in it). */
  restore(ids: readonly Id[]): Promise<{ entry: HistoryEntry | null; written: Written[] }> {
    return this.serial(async () => this.record('restore', await restoreFromBin(ids)));
  }

  /** Empties the bin of these notes for good; undo can no longer reach them. Returns the ids purged. */
  empty(eventId: Id, ids: readonly Id[]): Promise<Id[]> {
    return this.serial(async () => {
      const purged = await emptyBin(eventId, ids);
      this.set(forgetNotes(this.state, purged).history);
      return purged;
    });
  }

  undo(seq?: number): Promise<StepOutcome> {
    return this.serial(() => this.step('undo', seq));
  }

  redo(): Promise<StepOutcome> {
    return this.serial(() => this.step('redo'));
  }

  private async step(direction: Direction, seq?: number): Promise<StepOutcome> {
    const planned = direction === 'undo' ? planUndo(this.state, seq) : planRedo(this.state);
    if (!planned.ok) return { status: planned.reason, direction };
    const { plan } = planned;
    try {
      const written = await applyNotePatches(plan.writes);
      this.set(
        settlePlan(
          this.state,
          plan,
          written.map((w) => w.after),
        ),
      );
      return { status: 'done', direction, entry: plan.entry, written };
    } catch (error) {
      if (!isEditConflict<Note>(error)) throw error;
      const { history, dropped } = forgetNotes(this.state, [error.current.id]);
      this.set(history);
      return { status: 'conflict', direction, entry: plan.entry, current: error.current, dropped };
    }
  }

  private record(kind: ChangeKind | null, written: Written[]): { entry: HistoryEntry | null; written: Written[] } {
    const { history, entry } = recordAction(this.state, kind, written);
    this.set(history);
    return { entry, written };
  }

  private set(next: NoteHistory): void {
    if (next === this.state) return;
    this.state = next;
    for (const listener of this.listeners) listener(next);
  }

  private serial<T>(job: () => Promise<T>): Promise<T> {
    const run = this.tail.then(job, job);
    this.tail = run.catch(() => undefined);
    return run;
  }
}

const controllers = new Map<Id, NoteHistoryController>();

/**
 * The history of an event in this window. It lives as long as the page: leaving the capture view
 * for the report and coming back keeps it; another tab or window has its own.
 */
export function noteHistoryFor(eventId: Id): NoteHistoryController {
  let controller = controllers.get(eventId);
  if (!controller) {
    controller = new NoteHistoryController();
    controllers.set(eventId, controller);
  }
  return controller;
}
