import { useMemo, useRef } from 'preact/hooks';
import { rangeBetween, withTag } from '../../../core/capture/note-list';
import type { Note } from '../../../core/model/types';
import { describeError } from '../../app/errors';
import { useNotices } from '../../components/Notices';
import { useT } from '../../i18n';
import { moveNotes, restoreNote, setStarred, softDeleteNote, updateNote } from '../../store';
import type { NoteActions } from './NoteItem';

interface Options {
  notes: { current: readonly Note[] };
  setEditingId: (id: string | null) => void;
  setSelected: (update: (s: ReadonlySet<string>) => ReadonlySet<string>) => void;
  onDeleted: (id: string) => void;
}

/** The timeline's note actions; stable across renders so memoised note items stay untouched. */
export function useNoteActions({ notes, setEditingId, setSelected, onDeleted }: Options) {
  const t = useT();
  const { notify } = useNotices();
  const tRef = useRef(t);
  tRef.current = t;
  const anchor = useRef<string | null>(null);

  return useMemo(() => {
    const fail = (e: unknown) =>
      // describeError turns a full disk or a missing record into words, not the database's own message.
      notify({ kind: 'error', text: tRef.current('capture.note.failed', { reason: describeError(e, tRef.current) }) });

    const actions: NoteActions = {
      onEdit: setEditingId,
      onDelete: (note) => {
        softDeleteNote(note.id).then(() => {
          onDeleted(note.id);
          notify({
            kind: 'info',
            text: tRef.current('capture.note.deleted'),
            action: { label: tRef.current('capture.note.undo'), run: () => void restoreNote(note.id).catch(fail) },
          });
        }, fail);
      },
      onStar: (note) => void setStarred(note.id, !note.starred).catch(fail),
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
      onSaveEdit: async (note, changes) => {
        try {
          await updateNote(note.id, changes);
          setEditingId(null);
          return true;
        } catch (e) {
          fail(e);
          return false;
        }
      },
    };

    const moveSelected = async (ids: readonly string[], questionId: string | null) => {
      try {
        await moveNotes(ids, questionId);
        setSelected(() => new Set());
        notify({ kind: 'info', text: tRef.current('capture.selection.moved', { count: ids.length }) });
      } catch (e) {
        fail(e);
      }
    };

    const tagSelected = async (ids: readonly string[], tag: string) => {
      const byId = new Map(notes.current.map((n) => [n.id, n]));
      try {
        await Promise.all(
          ids.map((id) => {
            const note = byId.get(id);
            if (!note) return undefined;
            const tags = withTag(note.tags, tag);
            return tags === note.tags ? undefined : updateNote(id, { tags: [...tags] });
          }),
        );
        notify({ kind: 'info', text: tRef.current('capture.selection.tagged', { count: ids.length }) });
      } catch (e) {
        fail(e);
      }
    };

    return { actions, moveSelected, tagSelected, fail };
  }, [notify]);
}
