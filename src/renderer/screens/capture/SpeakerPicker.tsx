import { useRef, useState } from 'preact/hooks';
import type { Participant } from '../../../core/model/types';
import { BLANK_PARTICIPANT, ParticipantFields } from '../../components/ParticipantFields';
import { useT } from '../../i18n';
import { addParticipant } from '../../store';

const ERROR_ID = 'capture-add-error';

interface SpeakerPickerProps {
  eventId: string;
  participants: readonly Participant[];
  speakerId: string | null;
  currentSpeakerId: string | null;
  onChange: (id: string | null) => void;
}

/**
 * Who is speaking: a select (typing letters jumps to a name), the moderator's current speaker
 * marked, and a quick "add participant" for someone not on the list.
 */
export function SpeakerPicker({ eventId, participants, speakerId, currentSpeakerId, onChange }: SpeakerPickerProps) {
  const t = useT();
  const [adding, setAdding] = useState(false);
  const [error, setError] = useState('');
  const [person, setPerson] = useState(BLANK_PARTICIPANT);
  const nameRef = useRef<HTMLInputElement>(null);
  const current = participants.find((p) => p.id === currentSpeakerId);

  const open = () => {
    setPerson(BLANK_PARTICIPANT);
    setAdding(true);
  };

  const add = async () => {
    const name = person.name.trim();
    if (!name) {
      setError(t('participant.nameRequired'));
      nameRef.current?.focus();
      return;
    }
    try {
      const p = await addParticipant(eventId, { name, role: person.role });
      onChange(p.id);
      setAdding(false);
      setError('');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <div class="speaker-picker">
      <label class="speaker-select">
        <span>{t('capture.speaker.label')}</span>
        <select value={speakerId ?? ''} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value || null)}>
          <option value="">{t('capture.speaker.none')}</option>
          {participants.map((p) => (
            <option key={p.id} value={p.id}>
              {p.id === currentSpeakerId ? t('capture.speaker.currentOption', { name: p.name }) : p.name}
            </option>
          ))}
        </select>
      </label>
      {current && <span class="current-speaker">{t('capture.speaker.current', { name: current.name })}</span>}
      {!adding ? (
        <button type="button" class="button button-small" onClick={open}>
          {t('capture.speaker.add')}
        </button>
      ) : (
        <div
          class="quick-add-participant"
          role="group"
          aria-label={t('capture.speaker.addTitle')}
          onKeyDown={(e) => {
            if (e.key === 'Escape') setAdding(false);
            if (e.key === 'Enter') {
              e.preventDefault();
              void add();
            }
          }}
        >
          <ParticipantFields
            idPrefix="capture-add"
            value={person}
            onChange={(changes) => setPerson({ ...person, ...changes })}
            affiliation={false}
            gender={false}
            shortLabels
            nameErrorId={error ? ERROR_ID : undefined}
            nameRef={nameRef}
            autoFocus
          />
          <button type="button" class="button button-small button-primary" onClick={() => void add()}>
            {t('capture.speaker.addSubmit')}
          </button>
          <button type="button" class="button button-small" onClick={() => setAdding(false)}>
            {t('capture.speaker.cancel')}
          </button>
          {error && (
            <p id={ERROR_ID} class="field-error" role="alert">
              {error}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
