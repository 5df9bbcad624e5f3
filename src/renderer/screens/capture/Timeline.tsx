import { useCallback, useMemo } from 'preact/hooks';
import type { GuidingQuestion, Id, Mesa, Note, Participant } from '../../../core/model/types';
import { useT } from '../../i18n';
import { openLinksExternally } from '../../markdown/external-links';
import { NoteItem, type NoteActions } from './NoteItem';
import { VirtualList, type ScrollRequest } from './VirtualList';

interface TimelineProps {
  notes: readonly Note[];
  label: string;
  /** True when notes of several questions are mixed: each then names its question. */
  mixed: boolean;
  participants: readonly Participant[];
  questions: readonly GuidingQuestion[];
  timeZone: string;
  /** The event's mesas: with any, a note taken in another mesa (or the plenary) says where. */
  mesas: readonly Mesa[];
  currentMesaId: Id | null;
  /** This installation's author: notes by someone else name who wrote them. */
  authorId: Id | null;
  selected: ReadonlySet<string>;
  editingId: string | null;
  scrollTo: ScrollRequest | null;
  pinSeq: number;
  actions: NoteActions;
}

const noteKey = (n: Note) => n.id;

/** The notes of the current question, oldest first, windowed so 10,000 notes scroll smoothly. */
export function Timeline(props: TimelineProps) {
  const t = useT();
  const speakers = useMemo(() => new Map(props.participants.map((p) => [p.id, p])), [props.participants]);
  const questionLabels = useMemo(() => new Map(props.questions.map((q) => [q.id, `${q.order + 1}`])), [props.questions]);
  const general = t('capture.rail.general');
  const mesaNames = useMemo(() => new Map(props.mesas.map((m) => [m.id, m.name])), [props.mesas]);
  const mesaLabel = (note: Note): string | null => {
    if (props.mesas.length === 0 || note.mesaId === props.currentMesaId) return null;
    return t('mesas.noteMesa', { name: note.mesaId === null ? t('mesas.plenary') : (mesaNames.get(note.mesaId) ?? '?') });
  };
  const authorLabel = (note: Note): string | null =>
    note.authorName && note.authorId !== props.authorId ? t('mesas.noteAuthor', { name: note.authorName }) : null;

  const highlight = useCallback((el: HTMLElement, request: ScrollRequest) => {
    if (!request.focus) return;
    const article = el.querySelector<HTMLElement>('article, form');
    if (!article) return;
    article.focus({ preventScroll: true });
    article.classList.add('note-found');
    setTimeout(() => article.classList.remove('note-found'), 2500);
  }, []);

  const renderItem = (note: Note) => (
    <NoteItem
      note={note}
      speaker={note.speakerId === null ? null : speakers.get(note.speakerId)}
      questionLabel={
        props.mixed
          ? note.questionId === null
            ? general
            : t('capture.rail.short', { number: questionLabels.get(note.questionId) ?? '?' })
          : null
      }
      timeZone={props.timeZone}
      mesaLabel={mesaLabel(note)}
      authorLabel={authorLabel(note)}
      selected={props.selected.has(note.id)}
      editing={props.editingId === note.id}
      participants={props.participants}
      questions={props.questions}
      actions={props.actions}
    />
  );

  return (
    <div class="timeline" onClick={openLinksExternally}>
      {props.notes.length === 0 && <p class="empty timeline-empty">{t('capture.note.empty')}</p>}
      <VirtualList
        items={props.notes}
        itemKey={noteKey}
        estimate={84}
        label={props.label}
        renderItem={renderItem}
        scrollTo={props.scrollTo}
        pinSeq={props.pinSeq}
        keepInView={props.editingId}
        onScrolledTo={highlight}
      />
    </div>
  );
}
