import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { settlePending, stepSlot, withPending } from '../../../core/capture/note-list';
import { questionsOfMesa, turnsOfMesa } from '../../../core/mesas';
import type { GuidingQuestion, Id, Mesa, Note, Participant, Turn } from '../../../core/model/types';
import { currentTurn } from '../../../core/timer/queue';
import { routeHref } from '../../app/router';
import { tabSession } from '../../autosave/tab-session';
import { useNoteHistory } from '../../capture/use-note-history';
import { BinButton } from '../../components/BinButton';
import { EventLoading, EventMissing, isMissing } from '../../components/EventMissing';
import { EventTabs } from '../../components/EventTabs';
import { useT } from '../../i18n';
import {
  addNote,
  getCaptureMesa,
  getEvent,
  liveAuthor,
  liveMesas,
  liveParticipants,
  liveQuestions,
  liveTurns,
  setCaptureMesa,
  subscribeNotes,
  useLiveQuery,
  useLiveQueryResult,
  useSubscription,
  type NoteFields,
} from '../../store';
import '../../styles/capture/workspace.css';
import '../../styles/capture/notes.css';
import '../../styles/capture/composer.css';
import '../../styles/capture/synthesis.css';
import '../../styles/capture/find.css';
import '../../styles/capture/narrow-windows.css';
import { MesaPicker } from '../../components/MesaPicker';
import '../../styles/mesas.css';
import { Composer } from './Composer';
import { FindPanel } from './FindPanel';
import { HistoryButtons } from './HistoryButtons';
import { QuestionHeading } from './QuestionHeading';
import { QuestionRail } from './QuestionRail';
import { SelectionBar } from './SelectionBar';
import { rememberedSlot, rememberSlot, slotQuestionId, type Slot } from './selection';
import { SessionClock } from './SessionClock';
import { ShortcutSheet } from './ShortcutSheet';
import { SynthesisPanel } from './SynthesisPanel';
import { Timeline } from './Timeline';
import { useCaptureKeys } from './use-capture-keys';
import { useHistoryKeys } from './use-history-keys';
import { useNoteActions } from './use-note-actions';
import type { ScrollRequest } from './VirtualList';

const NO_QUESTIONS: GuidingQuestion[] = [];
const NO_PARTICIPANTS: Participant[] = [];
const NO_TURNS: Turn[] = [];
const NO_NOTES: Note[] = [];
const NO_MESAS: Mesa[] = [];

/** The rapporteur's live view: questions, timeline, composer, clock, synthesis and find. */
export function CaptureScreen({ eventId }: { eventId: string }) {
  const t = useT();
  const eventResult = useLiveQueryResult(() => getEvent(eventId), [eventId], undefined);
  const questionsResult = useLiveQueryResult(() => liveQuestions(eventId), [eventId], NO_QUESTIONS);
  const mesas = useLiveQuery(() => liveMesas(eventId), [eventId], NO_MESAS);
  const storedMesa = useLiveQuery(() => getCaptureMesa(eventId), [eventId], null);
  const author = useLiveQuery(() => liveAuthor(), [], null);
  // A remembered mesa that was deleted since counts as the plenary.
  const mesaId: Id | null = storedMesa !== null && mesas.some((m) => m.id === storedMesa) ? storedMesa : null;
  const mesa = mesas.find((m) => m.id === mesaId) ?? null;
  // The rail lists the plenary's questions and the chosen mesa's (every question in the plenary).
  const questions = useMemo(() => questionsOfMesa(questionsResult.value, mesas, mesaId), [questionsResult.value, mesas, mesaId]);
  const participants = useLiveQuery(() => liveParticipants(eventId), [eventId], NO_PARTICIPANTS);
  const turns = useLiveQuery(() => liveTurns(eventId), [eventId], NO_TURNS);
  // The speaker offered for new notes is the one speaking in this mesa (or the plenary), not in another room.
  const currentSpeakerId = useMemo(() => currentTurn(turnsOfMesa(turns, mesaId))?.speakerId ?? null, [turns, mesaId]);

  const [chosen, setChosen] = useState<Slot | null>(() => rememberedSlot(eventId));
  const slot: Slot =
    chosen === 'all' || chosen === 'general' || (chosen && questions.some((q) => q.id === chosen))
      ? chosen
      : (questions[0]?.id ?? 'general');
  const slots = useMemo<Slot[]>(() => [...questions.map((q) => q.id), 'general', 'all'], [questions]);

  // Until the questions are known, the slot remembered from the last visit is read at once (it is
  // nearly always still valid); with none remembered the first question is the slot, so wait for it.
  const querySlot = questionsResult.ready ? slot : chosen;
  const loaded = useSubscription<{ slot: Slot | null; notes: readonly Note[] }>(
    (onValue, onError) =>
      querySlot === null
        ? () => {}
        : subscribeNotes(
            eventId,
            querySlot === 'all' ? 'all' : slotQuestionId(querySlot),
            (notes) => onValue({ slot: querySlot, notes }),
            onError,
          ),
    [eventId, querySlot],
    { slot, notes: NO_NOTES },
  );
  const liveList = loaded.value.slot === slot ? loaded.value.notes : NO_NOTES;
  const [pending, setPending] = useState<Note[]>([]);
  useEffect(() => setPending((p) => settlePending(p, liveList)), [liveList]);
  const notes = useMemo(() => withPending(liveList, pending, slot === 'all' ? 'all' : slotQuestionId(slot)), [liveList, pending, slot]);
  const notesRef = useRef(notes);
  notesRef.current = notes;

  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [editingId, setEditingId] = useState<string | null>(null);
  const [scrollTo, setScrollTo] = useState<ScrollRequest | null>(null);
  const [pinSeq, setPinSeq] = useState(0);
  const [findOpen, setFindOpen] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const [announcement, setAnnouncement] = useState('');

  const onDeleted = useCallback((ids: readonly string[]) => setPending((p) => p.filter((n) => !ids.includes(n.id))), []);
  // An undo can put a just-saved note back in the bin before the live query delivered it.
  const history = useNoteHistory(eventId, (written) => onDeleted(written.filter((n) => n.deletedAt !== null).map((n) => n.id)));
  useHistoryKeys(() => history.undo(), history.redo);
  const { actions, moveSelected, tagSelected, deleteSelected, fail } = useNoteActions({
    notes: notesRef,
    history,
    setEditingId,
    setSelected,
    onDeleted,
  });

  const choose = useCallback(
    (next: Slot) => {
      setChosen(next);
      rememberSlot(eventId, next);
      setSelected(new Set());
      setEditingId(null);
    },
    [eventId],
  );
  useCaptureKeys({
    onStep: (delta) => choose(stepSlot(slots, slot, delta)),
    onNumber: (n) => questions[n - 1] && choose(questions[n - 1]!.id),
    onHelp: () => setHelpOpen(true),
    onFind: () => setFindOpen(true),
  });

  const onSave = useCallback(
    async (fields: NoteFields) => {
      const note = await addNote(eventId, { ...fields, mesaId }, { clearDraft: { tabId: (await tabSession()).tabId } });
      history.recordAdded(note);
      const listed = notesRef.current;
      const last = listed[listed.length - 1];
      setPending((p) => [...p, note]);
      // Normally the newest note ends the list; after a clock change or an import "from the future" it may not.
      if (!last || last.createdAt <= note.createdAt) setPinSeq((s) => s + 1);
      else setScrollTo((r) => ({ key: note.id, seq: (r?.seq ?? 0) + 1, focus: false }));
      setAnnouncement(t('capture.note.announced', { text: note.text.slice(0, 80) }));
      return note;
    },
    [eventId, mesaId],
  );

  const jump = useCallback(
    (note: Note) => {
      if (slot !== 'all') choose(note.questionId ?? 'general');
      setScrollTo((r) => ({ key: note.id, seq: (r?.seq ?? 0) + 1, focus: true }));
    },
    [slot, choose],
  );

  const event = eventResult.value;
  if (!eventResult.ready) return <EventLoading />;
  if (!event || isMissing(event)) return <EventMissing />;

  const question = questions.find((q) => q.id === slot);
  const slotLabel = question ? `${question.order + 1}. ${question.text}` : t(slot === 'all' ? 'capture.rail.all' : 'capture.rail.general');
  const composerQuestion = slotQuestionId(slot);
  // Short: the heading above the notes gives the question in full.
  const composerLabel = question ? t('capture.composer.targetQuestion', { number: question.order + 1 }) : t('capture.rail.general');

  return (
    <div class="capture-screen">
      <div class="capture-head">
        <nav class="breadcrumbs">
          <a href={routeHref({ name: 'library' })}>← {t('capture.back')}</a>
        </nav>
        <h1 title={event.title || undefined}>{event.title || t('library.untitled')}</h1>
        <div class="capture-tabs-row">
          <EventTabs eventId={event.id} current="capture" />
          <div class="capture-toolbar">
            <SessionClock eventId={event.id} clock={event.session} onError={fail} />
            <HistoryButtons history={history} />
            <BinButton eventId={event.id} timeZone={event.timeZone} />
            <button type="button" class="button button-small" aria-expanded={findOpen} onClick={() => setFindOpen((o) => !o)}>
              {t('capture.find.open')}
            </button>
            <button type="button" class="button button-small" aria-keyshortcuts="F1" onClick={() => setHelpOpen(true)}>
              <span aria-hidden="true">? </span>
              {t('capture.shortcuts.open')}
            </button>
          </div>
        </div>
      </div>
      <div class="capture-body">
        <QuestionRail questions={questions} slot={slot} onSelect={choose}>
          <MesaPicker
            mesas={mesas}
            mesaId={mesaId}
            onChange={(next) => void setCaptureMesa(eventId, next).catch(fail)}
            label={t('mesas.writingIn')}
            hint={t('mesas.writingInHint')}
            plenaryLabel={t('mesas.allQuestions')}
          />
        </QuestionRail>
        <section class="capture-center" aria-labelledby="capture-current">
          <QuestionHeading id="capture-current" text={slotLabel} />
          {findOpen && (
            <FindPanel
              eventId={event.id}
              questions={questions}
              participants={participants}
              onJump={jump}
              onClose={() => setFindOpen(false)}
            />
          )}
          {selected.size > 0 && (
            <SelectionBar
              count={selected.size}
              questions={questions}
              onMove={(q) => void moveSelected([...selected], q)}
              onTag={(tag) => void tagSelected([...selected], tag)}
              onDelete={() => void deleteSelected([...selected])}
              onClear={() => setSelected(new Set())}
            />
          )}
          <Timeline
            notes={notes}
            label={t('capture.note.listLabel', { question: slotLabel })}
            mixed={slot === 'all'}
            participants={participants}
            questions={questions}
            timeZone={event.timeZone}
            mesas={mesas}
            currentMesaId={mesaId}
            authorId={author?.id ?? null}
            selected={selected}
            editingId={editingId}
            scrollTo={scrollTo}
            pinSeq={pinSeq}
            actions={actions}
          />
          <Composer
            eventId={event.id}
            questionId={composerQuestion}
            targetLabel={composerLabel}
            participants={participants}
            currentSpeakerId={currentSpeakerId}
            onSave={onSave}
          />
        </section>
        <SynthesisPanel event={event} questionId={question?.id ?? null} mesa={mesa} />
      </div>
      <div class="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>
      <ShortcutSheet open={helpOpen} onClose={() => setHelpOpen(false)} />
    </div>
  );
}
