import { useState } from 'preact/hooks';
import type { GuidingQuestion, Id, Note } from '../../core/model/types';
import { useNoteHistory } from '../capture/use-note-history';
import { useT } from '../i18n';
import { listBin, liveQuestions, useLiveQuery } from '../store';
import { BinPanel } from './BinPanel';

const NO_NOTES: Note[] = [];
const NO_QUESTIONS: GuidingQuestion[] = [];

/** "Bin (3)": the event's deleted notes, opening the bin panel. Used on the capture view and the event overview. */
export function BinButton({ eventId, timeZone }: { eventId: Id; timeZone: string }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const notes = useLiveQuery(() => listBin(eventId), [eventId], NO_NOTES);
  // Deleted questions too: a note in the bin may have been taken under one.
  const questions = useLiveQuery(() => (open ? liveQuestions(eventId, true) : NO_QUESTIONS), [eventId, open], NO_QUESTIONS);
  const history = useNoteHistory(eventId);
  return (
    <>
      <button
        type="button"
        class="button button-small bin-button"
        aria-haspopup="dialog"
        title={t('bin.openLabel', { count: notes.length })}
        onClick={() => setOpen(true)}
      >
        {t('bin.open', { count: notes.length })}
      </button>
      {open && <BinPanel notes={notes} questions={questions} timeZone={timeZone} history={history} onClose={() => setOpen(false)} />}
    </>
  );
}
