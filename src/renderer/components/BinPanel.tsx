import { useEffect, useRef, useState } from 'preact/hooks';
import type { GuidingQuestion, Id, Note } from '../../core/model/types';
import { formatDateTime } from '../app/format';
import type { Message, NoteHistoryApi } from '../capture/use-note-history';
import { useT } from '../i18n';
import '../styles/history.css';
import { ConfirmDialog } from './ConfirmDialog';

/** More than this many deleted notes are not listed at once: a bin of an imported event could hold thousands. */
const BIN_LIST_LIMIT = 200;

interface BinPanelProps {
  /** Deleted notes, the most recently deleted first. */
  notes: readonly Note[];
  /** Every question of the event, deleted ones too, to name where each note was taken. */
  questions: readonly GuidingQuestion[];
  timeZone: string;
  history: Pick<NoteHistoryApi, 'restore' | 'empty'>;
  onClose: () => void;
}

const excerpt = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * The event's bin as a modal dialog: each deleted note with where it was taken and when it was
 * deleted, a button to restore it, and "Empty bin" after a confirmation. Results are said in the
 * dialog's own live region: the notices behind a modal dialog are inert.
 */
export function BinPanel({ notes, questions, timeZone, history, onClose }: BinPanelProps) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  // After a restore the note leaves the list: focus moves to the next one rather than to nowhere.
  const [focusAt, setFocusAt] = useState<number | null>(null);

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);
  useEffect(() => {
    if (focusAt === null) return;
    const buttons = list.current?.querySelectorAll<HTMLButtonElement>('button') ?? [];
    (buttons[Math.min(focusAt, buttons.length - 1)] ?? closeButton.current)?.focus();
    setFocusAt(null);
  }, [notes]);

  const byId = new Map(questions.map((q) => [q.id, q]));
  const placeOf = (questionId: Id | null): string => {
    const q = questionId === null ? undefined : byId.get(questionId);
    return q ? excerpt(`${q.order + 1}. ${q.text}`, 80) : t('capture.rail.general');
  };
  const shown = notes.slice(0, BIN_LIST_LIMIT);

  const restore = async (note: Note, index: number) => {
    setBusy(true);
    setMessage(await history.restore(note, placeOf));
    setBusy(false);
    setFocusAt(index);
  };
  const empty = async (choice: string | null) => {
    setConfirming(false);
    if (choice !== 'empty') return;
    setBusy(true);
    // Only what the user saw and confirmed: a note deleted meanwhile elsewhere stays in the bin.
    setMessage(await history.empty(notes.map((n) => n.id)));
    setBusy(false);
    closeButton.current?.focus();
  };

  return (
    <dialog
      ref={dialog}
      class="dialog bin-panel"
      aria-labelledby="bin-title"
      aria-describedby="bin-intro"
      onCancel={(e) => {
        e.preventDefault();
        if (!confirming) onClose();
      }}
    >
      <h2 id="bin-title">{t('bin.title')}</h2>
      <p id="bin-intro" class="bin-intro">
        {t('bin.intro')}
      </p>
      {notes.length === 0 ? (
        <p class="empty">{t('bin.empty')}</p>
      ) : (
        <ul ref={list} class="bin-list" aria-label={t('bin.list')}>
          {shown.map((note, i) => {
            const text = excerpt(note.text, 300);
            return (
              <li key={note.id} class="bin-item">
                <p class="bin-item-head">
                  <span class={`note-kind kind-${note.kind}`}>{t(`capture.kinds.${note.kind}`)}</span>
                  <span class="bin-item-place">{placeOf(note.questionId)}</span>
                  <span class="bin-item-when">{t('bin.deletedAt', { time: formatDateTime(note.deletedAt!, timeZone) })}</span>
                </p>
                <p class="bin-item-text">{text}</p>
                <button
                  type="button"
                  class="button button-small"
                  disabled={busy}
                  aria-label={t('bin.restoreLabel', { text: excerpt(note.text, 80) })}
                  onClick={() => void restore(note, i)}
                >
                  {t('bin.restore')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {notes.length > shown.length && <p class="bin-more">{t('bin.more', { count: shown.length })}</p>}
      <p class={`bin-status${message?.kind === 'error' ? ' bin-status-error' : ''}`} role="status" aria-live="polite">
        {message?.text ?? ''}
      </p>
      <div class="dialog-actions">
        <button type="button" class="button button-danger" disabled={busy || notes.length === 0} onClick={() => setConfirming(true)}>
          {t('bin.emptyBin')}
        </button>
        <button type="button" class="button" ref={closeButton} onClick={onClose}>
          {t('bin.close')}
        </button>
      </div>
      {confirming && (
        <ConfirmDialog
          title={t('bin.confirmTitle')}
          body={t('bin.confirmBody', { count: notes.length })}
          choices={[{ label: t('bin.emptyBin'), value: 'empty', danger: true }]}
          cancelLabel={t('bin.cancel')}
          onClose={(choice) => void empty(choice)}
        />
      )}
    </dialog>
  );
}
