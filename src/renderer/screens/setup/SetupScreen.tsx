import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';
import '../../styles/setup.css';
import { navigate, routeHref } from '../../app/router';
import { describeError } from '../../app/errors';
import { useNotices } from '../../components/Notices';
import { useT } from '../../i18n';
import { importBundle, type SavedSetupDraft } from '../../store';
import { newId } from '../../../core/model/ids';
import type { ExtractedProgram } from '../../../core/program';
import { buildSetupBundle, canRedo, canUndo, EMPTY_DRAFT, questionDoubts, type SetupDraft } from '../../../core/setup';
import { canonicalTimeZone } from '../../../core/setup/time-zones';
import { AgendaEditor } from './AgendaEditor';
import { EventDataForm } from './EventDataForm';
import { BLANK_EVENT_FORM, formFromProgram, formToFields, prefill, type EventFormKey } from './event-form';
import { ParticipantsEditor } from './ParticipantsEditor';
import { PasteArea } from './PasteArea';
import { doubtLines } from './QuestionDoubts';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ProgramPreview } from './ProgramPreview';
import { initialSetupState, setupReducer } from './setup-state';
import { useExtraction } from './use-extraction';
import { useSetupAutosave } from './use-setup-autosave';
import { useUndoKeys } from './use-undo-keys';

/** `#/setup`: from a pasted program to a ready event, written in one go when the user says so. */
export function SetupScreen() {
  const t = useT();
  const { notify } = useNotices();
  const [text, setText] = useState('');
  /** The last change of the text came in one piece (a paste, a restored draft): read it without waiting. */
  const wholeText = useRef(true);
  const [refused, setRefused] = useState(false);
  const [state, dispatch] = useReducer(setupReducer, undefined, initialSetupState);
  const [form, setForm] = useState(BLANK_EVENT_FORM);
  const [programPeople, setProgramPeople] = useState<readonly string[]>([]);
  const touched = useRef(new Set<EventFormKey>());
  /** The text of a restored draft: its first reading must not replace the restored questions. */
  const restoredText = useRef<string | null>(null);
  /**
   * A reading replaces the questions (until the user changes them) and fills the form's untouched fields. Called
   * with the reading's own state change, so the text beside the questions, the questions and the form change in
   * one render and one frame: the text is laid out once, not once without its questions and again with them.
   */
  const onReading = useCallback((result: ExtractedProgram, source: string) => {
    setProgramPeople(result.people);
    if (restoredText.current !== null && source === restoredText.current) {
      restoredText.current = null;
      return;
    }
    dispatch({ type: 'extracted', questions: result.questions, newKey: newId });
    setForm((f) => prefill(f, touched.current, formFromProgram(result.event)));
  }, []);
  const extraction = useExtraction(text, wholeText.current, onReading);
  const [titleError, setTitleError] = useState(false);
  const [zoneError, setZoneError] = useState(false);
  /** The doubts the user is asked to confirm before an implausible question list becomes an event. */
  const [confirming, setConfirming] = useState<string[] | null>(null);
  const [saving, setSaving] = useState(false);
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const saved = useRef(false);
  const draft = state.history.present;
  // Stable callbacks let the memoised lists skip re-rendering on every keystroke in the paste box.
  const apply = useCallback((change: (d: SetupDraft) => SetupDraft) => dispatch({ type: 'change', change }), []);
  const onFormChange = useCallback((key: EventFormKey, value: string) => {
    touched.current.add(key);
    if (key === 'title' && value.trim()) setTitleError(false);
    if (key === 'timeZone') setZoneError(false);
    setForm((f) => ({ ...f, [key]: value }));
  }, []);

  const restore = useCallback((saved: SavedSetupDraft) => {
    restoredText.current = saved.text;
    touched.current = new Set(saved.touched);
    wholeText.current = true;
    setText(saved.text);
    // A draft saved before the form had a time zone gets the computer's.
    setForm({ ...BLANK_EVENT_FORM, ...saved.form });
    dispatch({ type: 'restore', draft: saved.draft, followsSource: saved.followsSource });
  }, []);
  const snapshot = useMemo(
    () => ({ text, draft, form, touched: [...touched.current], followsSource: state.followsSource }),
    [text, draft, form, state.followsSource],
  );
  const autosave = useSetupAutosave(snapshot, restore);
  const discard = () => {
    restore({ version: 1, text: '', draft: EMPTY_DRAFT, form: BLANK_EVENT_FORM, touched: [], followsSource: true, savedAt: '' });
    restoredText.current = null;
    void autosave.discard().catch(() => undefined);
  };

  /** The text the preview shows: the one the latest reading (and so the questions) came from. */
  const shownSource = extraction.result ? extraction.source : '';

  useUndoKeys(
    () => dispatch({ type: 'undo' }),
    () => dispatch({ type: 'redo' }),
  );

  // Saved drafts come back on reopening; only a change still waiting to be written is worth a prompt.
  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (autosave.unsaved() && !saved.current) e.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, []);

  const create = async (confirmed = false) => {
    if (!form.title.trim()) {
      setTitleError(true);
      document.querySelector<HTMLInputElement>('.setup-event-form input[name="title"]')?.focus();
      return;
    }
    if (canonicalTimeZone(form.timeZone) === null) {
      setZoneError(true);
      const field = document.querySelector<HTMLInputElement>('.setup-event-form input[name="timeZone"]');
      field?.focus();
      // Centred: the sticky create bar would otherwise cover the field and its message.
      field?.scrollIntoView({ block: 'center' });
      return;
    }
    const doubts = questionDoubts(draft.questions);
    if (doubts && !confirmed) {
      setConfirming(doubtLines(doubts, t));
      return;
    }
    setSaving(true);
    try {
      const bundle = buildSetupBundle(formToFields(form), draft);
      const result = await importBundle(bundle);
      if (result.status !== 'imported') throw new Error(t('errors.conflict'));
      saved.current = true;
      await autosave.finish().catch(() => undefined);
      notify({ kind: 'info', text: t('setup.created', { title: bundle.event.title }) });
      navigate({ name: 'event', eventId: result.eventId });
    } catch (error) {
      notify({ kind: 'error', text: `${t('setup.createFailed')} ${describeError(error, t)}` });
    } finally {
      setSaving(false);
    }
  };

  return (
    <section class="setup" aria-labelledby="setup-title">
      <nav class="breadcrumbs">
        <a href={routeHref({ name: 'library' })}>← {t('event.back')}</a>
      </nav>
      <h1 id="setup-title">{t('setup.title')}</h1>
      <p class="hint">{t('setup.intro')}</p>
      {autosave.restored && (
        <p class="setup-restored" role="status" data-testid="setup-restored">
          {t('setup.draftRestored')} ·{' '}
          <button type="button" class="button button-small" onClick={discard}>
            {t('setup.discardDraft')}
          </button>
        </p>
      )}
      <PasteArea
        text={text}
        onText={(value, pasted) => {
          if (pasted) extraction.readNow(value);
          wholeText.current = pasted;
          setRefused(false);
          setText(value);
        }}
        tooLarge={refused || extraction.tooLarge}
        onRefused={() => setRefused(true)}
      />
      <ProgramPreview
        extraction={extraction}
        source={shownSource}
        draft={draft}
        followsSource={state.followsSource}
        apply={apply}
        newKey={newId}
        activeKey={activeKey}
        onActivate={setActiveKey}
        canUndo={canUndo(state.history)}
        canRedo={canRedo(state.history)}
        onUndo={() => dispatch({ type: 'undo' })}
        onRedo={() => dispatch({ type: 'redo' })}
        onReextract={() => extraction.result && dispatch({ type: 'reextract', questions: extraction.result.questions, newKey: newId })}
      />
      <EventDataForm value={form} titleError={titleError} zoneError={zoneError} onChange={onFormChange} />
      <ParticipantsEditor participants={draft.participants} programPeople={programPeople} apply={apply} newKey={newId} />
      <AgendaEditor draft={draft} apply={apply} newKey={newId} />
      <div class="panel setup-create">
        <p>
          {t('setup.createSummary', {
            questions: draft.questions.length,
            participants: draft.participants.length,
            turns: draft.agenda.length,
          })}
        </p>
        <div class="toolbar">
          <button type="button" class="button button-primary" disabled={saving} onClick={() => void create()}>
            {t('setup.create')}
          </button>
          <a class="button" href={routeHref({ name: 'library' })}>
            {t('setup.cancel')}
          </a>
        </div>
      </div>
      {confirming && (
        <ConfirmDialog
          title={t('setup.doubtsConfirmTitle')}
          body={confirming.join(' ')}
          cancelLabel={t('setup.doubtsReview')}
          choices={[{ label: t('setup.doubtsConfirm'), value: 'create' }]}
          onClose={(value) => {
            setConfirming(null);
            if (value === 'create') void create(true);
            else document.querySelector<HTMLElement>('[data-testid="question-doubts"]')?.scrollIntoView({ block: 'center' });
          }}
        />
      )}
    </section>
  );
}
