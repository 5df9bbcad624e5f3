import { useRef, useState } from 'preact/hooks';
import { PARTICIPANT_ROLES, type Participant, type ParticipantRole } from '../../../core/model/types';
import { useT } from '../../i18n';
import { addParticipant } from '../../store';

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
  const nameRef = useRef<HTMLInputElement>(null);
  const roleRef = useRef<HTMLSelectElement>(null);
  const current = participants.find((p) => p.id === currentSpeakerId);

  const add = async () => {
    const name = nameRef.current?.value.trim() ?? '';
    if (!name) {
      setError(t('capture.speaker.nameRequired'));
      nameRef.current?.focus();
      return;
    }
    try {
      const p = await addParticipant(eventId, { name, role: (roleRef.current?.value ?? 'panellist') as ParticipantRole });
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
        <button type="button" class="button button-small" onClick={() => setAdding(true)}>
          {t('capture.speaker.add')}
        </button>
      ) : (
        <div
          class="add-participant"
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
          <label>
            <span>{t('capture.speaker.name')}</span>
            <input ref={nameRef} autoFocus aria-invalid={error ? true : undefined} />
          </label>
          <label>
            <span>{t('capture.speaker.role')}</span>
            <select ref={roleRef}>
              {PARTICIPANT_ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(`roles.${r}`)}
                </option>
              ))}
            </select>
          </label>
          <button type="button" class="button button-small button-primary" onClick={() => void add()}>
            {t('capture.speaker.addSubmit')}
          </button>
          <button type="button" class="button button-small" onClick={() => setAdding(false)}>
            {t('capture.speaker.cancel')}
          </button>
          {error && (
            <p class="field-error" role="alert">
              {error}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
