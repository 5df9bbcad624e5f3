import { useState } from 'preact/hooks';
import type { Gender, GuidingQuestion, Id, Participant, ParticipantRole } from '../../../core/model/types';
import { MAX_PLANNED_SECONDS } from '../../../core/timer/queue';
import { BLANK_PARTICIPANT, ParticipantFields } from '../../components/ParticipantFields';
import { useT } from '../../i18n';

const NEW = '__new__';

export interface SpeakerRequest {
  /** An existing participant, or a new one to add first. */
  person: { id: Id } | { name: string; role: ParticipantRole; gender: Gender };
  plannedSeconds: number | null;
  questionId: Id | null;
}

interface Props {
  participants: Participant[];
  questions: GuidingQuestion[];
  /** Resolves true when the speaker was queued (the form then clears). */
  onAdd: (request: SpeakerRequest) => Promise<boolean>;
}

/** Adds a speaker to the queue: someone already registered or a new person, with planned minutes. */
export function AddSpeakerForm({ participants, questions, onAdd }: Props) {
  const t = useT();
  const [who, setWho] = useState(participants.length === 0 ? NEW : '');
  const [person, setPerson] = useState(BLANK_PARTICIPANT);
  const [minutes, setMinutes] = useState('5');
  const [open, setOpen] = useState(false);
  const [questionId, setQuestionId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const isNew = who === NEW || participants.length === 0;

  const submit = async (e: Event) => {
    e.preventDefault();
    if (isNew && person.name.trim() === '') return setError(t('participant.nameRequired'));
    if (!isNew && who === '') return setError(t('moderator.add.personRequired'));
    const value = Number(minutes.replace(',', '.'));
    const seconds = Math.round(value * 60);
    if (!open && (minutes.trim() === '' || !(seconds > 0) || seconds > MAX_PLANNED_SECONDS)) {
      return setError(t('moderator.add.minutesInvalid'));
    }
    setError(null);
    const ok = await onAdd({
      person: isNew ? { name: person.name.trim(), role: person.role, gender: person.gender } : { id: who },
      plannedSeconds: open ? null : seconds,
      questionId: questionId || null,
    });
    if (ok) {
      setPerson({ ...BLANK_PARTICIPANT, role: person.role });
      if (!isNew) setWho('');
    }
  };

  return (
    <form class="add-speaker" onSubmit={(e) => void submit(e)} noValidate>
      <h3>{t('moderator.add.heading')}</h3>
      {participants.length > 0 && (
        <label class="field">
          <span>{t('moderator.add.person')}</span>
          <select value={who} onChange={(e) => setWho(e.currentTarget.value)}>
            <option value="">{t('moderator.add.choose')}</option>
            {participants.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
            <option value={NEW}>{t('moderator.add.newPerson')}</option>
          </select>
        </label>
      )}
      {isNew && (
        <fieldset class="new-person participant-fields">
          <ParticipantFields
            idPrefix="add-speaker"
            value={person}
            onChange={(changes) => setPerson({ ...person, ...changes })}
            affiliation={false}
            shortLabels
          />
        </fieldset>
      )}
      <div class="field-row">
        <label class="field">
          <span>{t('moderator.add.minutes')}</span>
          <input type="text" inputMode="decimal" value={minutes} disabled={open} onInput={(e) => setMinutes(e.currentTarget.value)} />
        </label>
        {questions.length > 0 && (
          <label class="field">
            <span>{t('moderator.add.question')}</span>
            <select value={questionId} onChange={(e) => setQuestionId(e.currentTarget.value)}>
              <option value="">{t('moderator.add.noQuestion')}</option>
              {questions.map((q, i) => (
                <option key={q.id} value={q.id}>
                  {`${i + 1}. ${q.text.length > 70 ? `${q.text.slice(0, 69)}…` : q.text}`}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <label class="check">
        <input type="checkbox" checked={open} onChange={(e) => setOpen(e.currentTarget.checked)} /> {t('moderator.add.openDiscussion')}
      </label>
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" class="button button-primary">
        {t('moderator.add.submit')}
      </button>
    </form>
  );
}
