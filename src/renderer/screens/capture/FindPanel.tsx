import { memo } from 'preact/compat';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { NoteSearchIndex, type NoteFilters } from '../../../core/capture/search';
import { NOTE_KINDS, type GuidingQuestion, type Note, type NoteKind, type Participant } from '../../../core/model/types';
import { currentLanguage, useT } from '../../i18n';
import { subscribeNotes, useSubscription } from '../../store';

interface FindPanelProps {
  eventId: string;
  questions: readonly GuidingQuestion[];
  participants: readonly Participant[];
  onJump: (note: Note) => void;
  onClose: () => void;
}

const SHOWN = 100;

/**
 * Search over every note of the event, accent- and case-insensitive, with filters. The notes are
 * read (and folded once) only while the panel is open.
 */
export function FindPanel({ eventId, questions, participants, onJump, onClose }: FindPanelProps) {
  const t = useT();
  // The same list the "all questions" view follows: one copy of the notes when both are open.
  const notes = useSubscription<readonly Note[] | null>(
    (onValue, onError) => subscribeNotes(eventId, 'all', onValue, onError),
    [eventId],
    null,
  ).value;
  const index = useRef(new NoteSearchIndex());
  const indexed = useMemo(() => {
    if (notes) index.current.update(notes);
    return notes;
  }, [notes]);
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<NoteFilters>({});
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);

  const results = useMemo(
    () =>
      indexed && (query.trim() || Object.values(filters).some(Boolean))
        ? index.current.search(indexed, query, filters, indexed.length)
        : null,
    [indexed, query, filters],
  );
  // Labels looked up once per render, not once per shown result: each key typed re-renders up to 100 of them.
  const language = currentLanguage();
  const kindLabels = useMemo(() => new Map(NOTE_KINDS.map((k) => [k, t(`capture.kinds.${k}`)])), [language]);
  const whereLabels = useMemo(
    () => new Map(questions.map((q) => [q.id, t('capture.rail.short', { number: q.order + 1 })])),
    [questions, language],
  );
  const general = t('capture.rail.general');
  const speakers = useMemo(() => new Map(participants.map((p) => [p.id, p.name])), [participants]);
  const set = (patch: NoteFilters) => setFilters((f) => ({ ...f, ...patch }));
  const value = (e: Event) => (e.currentTarget as HTMLInputElement | HTMLSelectElement).value;

  return (
    <section
      class="find-panel"
      aria-labelledby="find-title"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <div class="section-head">
        <h2 id="find-title">{t('capture.find.title')}</h2>
        <button type="button" class="button button-small" onClick={onClose}>
          {t('capture.find.close')}
        </button>
      </div>
      <div class="find-filters">
        <label class="find-query">
          <span>{t('capture.find.query')}</span>
          <input ref={input} type="search" value={query} onInput={(e) => setQuery(value(e))} />
        </label>
        <label>
          <span>{t('capture.editor.question')}</span>
          <select onChange={(e) => set({ questionId: value(e) || null })}>
            <option value="">{t('capture.find.anyQuestion')}</option>
            {questions.map((q) => (
              <option key={q.id} value={q.id}>{`${q.order + 1}. ${q.text.slice(0, 50)}`}</option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('capture.speaker.label')}</span>
          <select onChange={(e) => set({ speakerId: value(e) || null })}>
            <option value="">{t('capture.find.anySpeaker')}</option>
            {participants.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('capture.kinds.label')}</span>
          <select onChange={(e) => set({ kind: (value(e) || null) as NoteKind | null })}>
            <option value="">{t('capture.find.anyKind')}</option>
            {NOTE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`capture.kinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('capture.find.tag')}</span>
          <input size={10} onInput={(e) => set({ tag: value(e).replace(/^#/, '') || null })} />
        </label>
        <label class="find-starred">
          <input type="checkbox" onChange={(e) => set({ starredOnly: (e.currentTarget as HTMLInputElement).checked })} />
          <span>{t('capture.find.starred')}</span>
        </label>
      </div>
      {indexed === null && <p>{t('capture.find.loading')}</p>}
      {results && (
        <div class="find-results">
          <p role="status">
            {results.length ? t('capture.find.results', { count: results.length }) : t('capture.find.none')}
            {results.length > SHOWN && ` ${t('capture.find.more', { count: SHOWN })}`}
          </p>
          <ul data-testid="find-results">
            {results.slice(0, SHOWN).map((n) => (
              <FindResult
                key={n.id}
                note={n}
                kind={kindLabels.get(n.kind) ?? n.kind}
                where={n.questionId ? (whereLabels.get(n.questionId) ?? '?') : general}
                speaker={n.speakerId ? (speakers.get(n.speakerId) ?? '') : null}
                onJump={onJump}
              />
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

interface FindResultProps {
  note: Note;
  kind: string;
  where: string;
  speaker: string | null;
  onJump: (note: Note) => void;
}

/** One found note; unchanged between two keys typed, it is not rendered again. */
const FindResult = memo(function FindResult({ note, kind, where, speaker, onJump }: FindResultProps) {
  return (
    <li>
      <button type="button" class="find-result" onClick={() => onJump(note)}>
        <span class="note-kind">{kind}</span>
        <span class="find-where">{where}</span>
        {speaker !== null && <span class="note-speaker">{speaker}</span>}
        <span class="find-text">{note.text.length > 140 ? `${note.text.slice(0, 140)}…` : note.text}</span>
      </button>
    </li>
  );
});
