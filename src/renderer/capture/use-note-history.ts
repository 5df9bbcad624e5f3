import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { HistoryEntry, NoteHistory, Written } from '../../core/capture/history';
import { isTombstone, type ChangeKind } from '../../core/capture/note-patch';
import type { Id, Note } from '../../core/model/types';
import { describeError } from '../app/errors';
import { useNotices } from '../components/Notices';
import { useT, type TFunction } from '../i18n';
import type { NoteWrite } from '../store';
import { noteHistoryFor, type StepOutcome } from './note-history';

export interface NoteHistoryApi {
  history: NoteHistory;
  /** Ctrl+Z, the toolbar's button, or (with `seq`) a toast's "Undo" for that action. */
  undo: (seq?: number) => void;
  redo: () => void;
  /** A capture action, written and recorded; resolves to the entry (null if nothing changed). Errors are the caller's to show. */
  perform: (kind: ChangeKind | null, writes: NoteWrite[]) => Promise<HistoryEntry | null>;
  recordAdded: (note: Note) => void;
  /** Restores one note from the bin; resolves to the words saying where it went (or why not). */
  restore: (note: Note, placeOf: (questionId: Id | null) => string) => Promise<Message>;
  /** Empties the bin of these notes; resolves to the words saying how many went (or why not). */
  empty: (ids: readonly Id[]) => Promise<Message>;
  /** The words for an entry, e.g. "mover 3 notas". */
  describe: (entry: HistoryEntry) => string;
}

export interface Message {
  kind: 'info' | 'error';
  text: string;
}

/** The words for what an entry did, e.g. "mover 3 notas". */
function describeEntry(entry: HistoryEntry, t: TFunction): string {
  return t(`history.actions.${entry.kind}`, { count: entry.steps.length });
}

/** What undo or redo did, in words, and whether it is a problem the user must see. */
function outcomeMessage(outcome: StepOutcome, t: TFunction): Message {
  const undo = outcome.direction === 'undo';
  switch (outcome.status) {
    case 'empty':
      return { kind: 'info', text: t(undo ? 'history.nothingToUndo' : 'history.nothingToRedo') };
    case 'gone':
      return { kind: 'info', text: t('history.gone') };
    case 'later-changes':
      return { kind: 'error', text: t('history.laterChanges') };
    case 'conflict': {
      const action = describeEntry(outcome.entry, t);
      const key = isTombstone(outcome.current)
        ? undo
          ? 'history.purgedUndo'
          : 'history.purgedRedo'
        : undo
          ? 'history.conflictUndo'
          : 'history.conflictRedo';
      return { kind: 'error', text: t(key, { action }) };
    }
    case 'done': {
      const { entry } = outcome;
      const action = describeEntry(entry, t);
      if (!undo) return { kind: 'info', text: t('history.redone', { action }) };
      if (entry.kind === 'delete') return { kind: 'info', text: t('history.restored', { count: entry.steps.length }) };
      if (entry.kind === 'add') return { kind: 'info', text: t('history.unadded', { action, count: entry.steps.length }) };
      return { kind: 'info', text: t('history.undone', { action }) };
    }
  }
}

/**
 * The capture history of an event in this window, with every outcome said in words (the notices
 * area is a live region, so a screen reader hears "Se deshizo: mover 3 notas" too).
 * `onWritten` sees every note an undo, redo or restore wrote (the timeline drops notes it shows
 * optimistically once they are back in the bin).
 */
export function useNoteHistory(eventId: Id, onWritten?: (notes: readonly Note[]) => void): NoteHistoryApi {
  const t = useT();
  const { notify } = useNotices();
  const controller = noteHistoryFor(eventId);
  const [history, setHistory] = useState(controller.history);
  useEffect(() => {
    setHistory(controller.history);
    return controller.subscribe(setHistory);
  }, [controller]);
  const live = useRef(onWritten);
  live.current = onWritten;

  const api = useMemo(() => {
    const failure = (e: unknown): Message => ({ kind: 'error', text: t('capture.note.failed', { reason: describeError(e, t) }) });
    const fail = (e: unknown) => notify(failure(e));
    const wrote = (written: readonly Written[]) => live.current?.(written.map((w) => w.after));
    const say = (outcome: StepOutcome) => {
      if (outcome.status === 'done') wrote(outcome.written);
      notify(outcomeMessage(outcome, t));
    };
    return {
      undo: (seq?: number) => void controller.undo(seq).then(say, fail),
      redo: () => void controller.redo().then(say, fail),
      perform: async (kind: ChangeKind | null, writes: NoteWrite[]) => (await controller.perform(kind, writes)).entry,
      recordAdded: (note: Note) => void controller.recordAdded(note),
      restore: async (note: Note, placeOf: (questionId: Id | null) => string): Promise<Message> => {
        try {
          const { written } = await controller.restore([note.id]);
          wrote(written);
          const [w] = written;
          if (!w || w.after === w.before) return { kind: 'info', text: t('bin.alreadyGone') };
          if (w.after.questionId !== note.questionId) return { kind: 'info', text: t('bin.restoredHomeless') };
          return { kind: 'info', text: t('bin.restoredTo', { place: placeOf(w.after.questionId) }) };
        } catch (e) {
          return failure(e);
        }
      },
      empty: async (ids: readonly Id[]): Promise<Message> => {
        try {
          const purged = await controller.empty(eventId, ids);
          return { kind: 'info', text: t('bin.emptied', { count: purged.length }) };
        } catch (e) {
          return failure(e);
        }
      },
      describe: (entry: HistoryEntry) => describeEntry(entry, t),
    };
  }, [controller, eventId, notify, t]);

  return { history, ...api };
}
