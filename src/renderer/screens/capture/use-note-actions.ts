import { useMemo, useRef } from 'preact/hooks';
import type { HistoryEntry } from '../../../core/capture/history';
import { rangeBetween, withTag } from '../../../core/capture/note-list';
import { PATCH_FIELDS, type ChangeKind, type NotePatch } from '../../../core/capture/note-patch';
import type { EditGuard } from '../../../core/model/edit-guard';
import type { Id, Note } from '../../../core/model/types';
import { describeError } from '../../app/errors';
import type { NoteHistoryApi } from '../../capture/use-note-history';
import { useNotices } from '../../components/Notices';
import { useT } from '../../i18n';
import { isEditConflict, type NoteWrite } from '../../store';
import type { NoteActions } from './NoteItem';

interface Options {
  notes: { current: readonly Note[] };
  history: NoteHistoryApi;
  setEditingId: (id: string | null) => void;
  setSelected: (update: (s: ReadonlySet<string>) => ReadonlySet<string>) => void;
  onDeleted: (ids: readonly Id[]) => void;
}

/**
 * The editor's changes as a patch, guarded by the note as the editor opened it (`guard`, from the
 * editor; without it, the note as shown now). A `deletedAt: null` (keeping one's version of a note
 * deleted meanwhile elsewhere) takes it out of the bin.
 */
function editWrite(note: Note, changes: Partial<Note>, guard?: EditGuard<Note>): NoteWrite {
  const opened = { ...note, ...guard?.base };
  const patch: NotePatch = {};
  const base: NotePatch = {};
  for (const field of PATCH_FIELDS) {
    if (!(field in changes)) continue;
    Object.assign(patch, { [field]: changes[field] });
    Object.assign(base, { [field]: opened[field] });
  }
  if ('deletedAt' in changes && changes.deletedAt === null) patch.deleted = false;
  return { id: note.id, patch, guard: { expectedUpdatedAt: guard?.expectedUpdatedAt ?? note.updatedAt, base } };
}

/**
 * The timeline's note actions; stable across renders so memoised note items stay untouched. Each
 * one goes through the capture history, so Ctrl+Z (or a notice's "Undo") takes it back.
 */
export function useNoteActions({ notes, history, setEditingId, setSelected, onDeleted }: Options) {
  const t = useT();
  const { notify } = useNotices();
  const tRef = useRef(t);
  tRef.current = t;
  const historyRef = useRef(history);
  historyRef.current = history;
  const anchor = useRef<string | null>(null);

  return useMemo(() => {
    const fail = (e: unknown) =>
      // describeError turns a full disk or a missing record into words, not the database's own message.
      notify({ kind: 'error', text: tRef.current('capture.note.failed', { reason: describeError(e, tRef.current) }) });
    const run = (kind: ChangeKind | null, writes: NoteWrite[]) => historyRef.current.perform(kind, writes);
    /** A notice after an action on several notes, with "Undo" for exactly that action. */
    const tell = (text: string, entry: HistoryEntry | null) =>
      notify({
        kind: 'info',
        text,
        action: entry ? { label: tRef.current('capture.note.undo'), run: () => historyRef.current.undo(entry.seq) } : undefined,
      });

    const remove = async (ids: readonly Id[]) => {
      const entry = await run(
        'delete',
        ids.map((id) => ({ id, patch: { deleted: true } })),
      );
      onDeleted(ids);
      tell(tRef.current('history.deleted', { count: ids.length }), entry);
    };

    const actions: NoteActions = {
      onEdit: setEditingId,
      onDelete: (note) => void remove([note.id]).catch(fail),
      onStar: (note) => void run(note.starred ? 'unstar' : 'star', [{ id: note.id, patch: { starred: !note.starred } }]).catch(fail),
      onSelect: (id, range) => {
        const from = anchor.current;
        setSelected((s) => {
          const next = new Set(s);
          if (range && from) {
            for (const k of rangeBetween(
              notes.current.map((n) => n.id),
              from,
              id,
            ))
              next.add(k);
          } else if (next.has(id)) next.delete(id);
          else next.add(id);
          return next;
        });
        anchor.current = id;
      },
      onSaveEdit: async (note, changes, guard) => {
        try {
          await run(null, [editWrite(note, changes, guard)]);
          setEditingId(null);
          return true;
        } catch (e) {
          // The editor shows both versions and lets the user choose.
          if (isEditConflict(e)) throw e;
          fail(e);
          return false;
        }
      },
    };

    const moveSelected = async (ids: readonly string[], questionId: string | null) => {
      try {
        const entry = await run(
          'move',
          ids.map((id) => ({ id, patch: { questionId } })),
        );
        setSelected(() => new Set());
        tell(tRef.current('capture.selection.moved', { count: ids.length }), entry);
      } catch (e) {
        fail(e);
      }
    };

    const tagSelected = async (ids: readonly string[], tag: string) => {
      const byId = new Map(notes.current.map((n) => [n.id, n]));
      const writes = ids.flatMap((id): NoteWrite[] => {
        const note = byId.get(id);
        const tags = note && withTag(note.tags, tag);
        return note && tags !== note.tags ? [{ id, patch: { tags: [...tags!] } }] : [];
      });
      try {
        const entry = await run('tag', writes);
        tell(tRef.current('capture.selection.tagged', { count: ids.length }), entry);
      } catch (e) {
        fail(e);
      }
    };

    const deleteSelected = async (ids: readonly string[]) => {
      try {
        await remove(ids);
        setSelected(() => new Set());
      } catch (e) {
        fail(e);
      }
    };

    return { actions, moveSelected, tagSelected, deleteSelected, fail };
  }, [notify]);
}
