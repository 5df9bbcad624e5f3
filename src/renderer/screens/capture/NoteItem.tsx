import { memo } from 'preact/compat';
import type { EditGuard } from '../../../core/model/edit-guard';
import type { GuidingQuestion, Note, Participant } from '../../../core/model/types';
import { formatElapsed } from '../../../core/model/session-clock';
import { useT } from '../../i18n';
import { renderNoteHtml } from '../../markdown/render-note';
import { formatClock } from './format';
import { NoteEditor } from './NoteEditor';

export interface NoteActions {
  onEdit: (id: string | null) => void;
  onDelete: (note: Note) => void;
  onStar: (note: Note) => void;
  onSelect: (id: string, range: boolean) => void;
  /** Rejects with EditConflictError when the guard finds the note changed in another tab or window. */
  onSaveEdit: (note: Note, changes: Partial<Note>, guard: EditGuard<Note>) => Promise<boolean>;
}

interface NoteItemProps {
  note: Note;
  speaker: Participant | null | undefined;
  /** Shown when the timeline mixes questions. */
  questionLabel: string | null;
  timeZone: string;
  /** Where the note was taken, when that is not where the rapporteur writes now. */
  mesaLabel: string | null;
  /** Who wrote it, when that is not this installation's author. */
  authorLabel: string | null;
  selected: boolean;
  editing: boolean;
  participants: readonly Participant[];
  questions: readonly GuidingQuestion[];
  actions: NoteActions;
}

/** One note of the timeline: kind, speaker, clock and session time, text, and its actions. */
export const NoteItem = memo(function NoteItem(props: NoteItemProps) {
  const t = useT();
  const { note, speaker, actions } = props;
  const kind = t(`capture.kinds.${note.kind}`);
  const clock = formatClock(note.createdAt, props.timeZone);
  const speakerName = note.speakerId === null ? null : (speaker?.name ?? t('capture.note.unknownSpeaker'));
  const label = [kind, clock, speakerName].filter(Boolean).join(', ');

  if (props.editing) {
    return (
      <NoteEditor
        note={note}
        participants={props.participants}
        questions={props.questions}
        onCancel={() => actions.onEdit(null)}
        onSave={(changes, guard) => actions.onSaveEdit(note, changes, guard)}
      />
    );
  }

  return (
    <article
      class={`note note-${note.kind}${props.selected ? ' note-selected' : ''}`}
      aria-label={label}
      tabIndex={-1}
      data-note-id={note.id}
    >
      <div class="note-head">
        <input
          type="checkbox"
          class="note-check"
          aria-label={`${t('capture.note.select')}: ${label}`}
          checked={props.selected}
          onClick={(e) => actions.onSelect(note.id, (e as MouseEvent).shiftKey)}
        />
        <span class={`note-kind kind-${note.kind}`}>{kind}</span>
        {speakerName && <span class="note-speaker">{speakerName}</span>}
        <time class="note-clock" dateTime={note.createdAt} title={t('capture.note.clock')}>
          {clock}
        </time>
        <span class="note-elapsed" title={t('capture.note.elapsed')}>
          <span class="visually-hidden">{t('capture.note.elapsed')}: </span>
          {note.elapsedMs === null ? t('capture.note.noElapsed') : formatElapsed(note.elapsedMs)}
        </span>
        {note.editedAt && <span class="note-edited">{t('capture.note.edited', { time: formatClock(note.editedAt, props.timeZone) })}</span>}
        {props.questionLabel && <span class="note-question">{props.questionLabel}</span>}
        {props.mesaLabel && <span class="note-mesa">{props.mesaLabel}</span>}
        {props.authorLabel && <span class="note-author">{props.authorLabel}</span>}
        <span class="note-actions">
          <button
            type="button"
            class={`icon-button star${note.starred ? ' star-on' : ''}`}
            aria-pressed={note.starred}
            aria-label={`${t('capture.note.star')}: ${label}`}
            title={note.starred ? t('capture.note.unstar') : t('capture.note.star')}
            onClick={() => actions.onStar(note)}
          >
            {note.starred ? '★' : '☆'}
          </button>
          <button
            type="button"
            class="button button-small"
            aria-label={`${t('capture.note.edit')}: ${label}`}
            onClick={() => actions.onEdit(note.id)}
          >
            {t('capture.note.edit')}
          </button>
          <button
            type="button"
            class="button button-small button-danger"
            aria-label={`${t('capture.note.delete')}: ${label}`}
            onClick={() => actions.onDelete(note)}
          >
            {t('capture.note.delete')}
          </button>
        </span>
      </div>
      <div class="note-body" dangerouslySetInnerHTML={{ __html: renderNoteHtml(note.text) }} />
      {note.action && (
        <p class="note-action-line">{t('capture.note.actionLine', { who: note.action.who || '—', when: note.action.when || '—' })}</p>
      )}
      {note.tags.length > 0 && (
        <p class="note-tags">
          {note.tags.map((tag) => (
            <span key={tag} class="note-tag">
              #{tag}
            </span>
          ))}
        </p>
      )}
    </article>
  );
});
