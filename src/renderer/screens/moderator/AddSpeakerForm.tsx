import { useState } from 'preact/hooks';
import {
  GENDERS,
  PARTICIPANT_ROLES,
  type Gender,
  type GuidingQuestion,
  type Id,
  type Participant,
  type ParticipantRole,
} from '../../../core/model/types';
import { MAX_PLANNED_SECONDS } from '../../../core/timer/queue';
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
  const [name, setName] = useState('');
  const [role, setRole] = useState<ParticipantRole>('panellist');
  const [gender, setGender] = useState<Gender>('unspecified');
  const [minutes, setMinutes] = useState('5');
  const [open, setOpen] = useState(false);
  const [questionId, setQuestionId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const isNew = who === NEW || participants.length === 0;

  const submit = async (e: Event) => {
    e.preventDefault();
    if (isNew && name.trim() === '') return setError(t('moderator.add.nameRequired'));
    if (!isNew && who === '') return setError(t('moderator.add.personRequired'));
    const value = Number(minutes.replace(',', '.'));
    const seconds = Math.round(value * 60);
    if (!open && (minutes.trim() === '' || !(seconds > 0) || seconds > MAX_PLANNED_SECONDS)) {
      return setError(t('moderator.add.minutesInvalid'));
    }
    setError(null);
    const person = isNew ? { name: name.trim(), role, gender } : { id: who };
    const ok = await onAdd({ person, plannedSeconds: open ? null : seconds, questionId: questionId || null });
    if (ok) {
      setName('');
      setGender('unspecified');
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
        <fieldset class="new-person">
          <label class="field">
            <span>{t('moderator.add.name')}</span>
            <input type="text" value={name} maxLength={200} onInput={(e) => setName(e.currentTarget.value)} />
          </label>
          <div class="field-row">
            <label class="field">
              <span>{t('moderator.add.role')}</span>
              <select value={role} onChange={(e) => setRole(e.currentTarget.value as ParticipantRole)}>
                {PARTICIPANT_ROLES.map((r) => (
                  <option key={r} value={r}>
                    {t(`roles.${r}`)}
                  </option>
                ))}
              </select>
            </label>
            <label class="field">
              <span>{t('moderator.add.gender')}</span>
              <select
                value={gender}
                aria-describedby="gender-note"
                onChange={(e) => setGender(e.currentTarget.value as Gender)}
              >
                {GENDERS.map((g) => (
                  <option key={g} value={g}>
                    {t(`moderator.genders.${g}`)}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <p id="gender-note" class="hint">
            {t('moderator.add.genderNote')}
          </p>
        </fieldset>
      )}
      <div class="field-row">
        <label class="field">
          <span>{t('moderator.add.minutes')}</span>
          <input
            type="text"
            inputMode="decimal"
            value={minutes}
            disabled={open}
            onInput={(e) => setMinutes(e.currentTarget.value)}
          />
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
        <input type="checkbox" checked={open} onChange={(e) => setOpen(e.currentTarget.checked)} />{' '}
        {t('moderator.add.openDiscussion')}
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
