import { useState } from 'preact/hooks';
import { useT } from '../../i18n';
import { GENDERS, PARTICIPANT_ROLES, type Gender, type ParticipantRole } from '../../../core/model/types';

export interface ParticipantFormValue {
  name: string;
  affiliation: string;
  role: ParticipantRole;
  gender: Gender;
}

export const BLANK_PARTICIPANT: ParticipantFormValue = { name: '', affiliation: '', role: 'panellist', gender: 'unspecified' };

interface Props {
  /** Distinguishes several forms on one page (ids of labels and hints). */
  idPrefix: string;
  initial: ParticipantFormValue;
  submitLabel: string;
  onSubmit: (value: ParticipantFormValue) => void;
  onCancel?: () => void;
}

/** One participant's fields; says why gender is asked and that it may be left out. */
export function ParticipantForm({ idPrefix, initial, submitLabel, onSubmit, onCancel }: Props) {
  const t = useT();
  const [value, setValue] = useState(initial);
  const [error, setError] = useState(false);
  const set = (changes: Partial<ParticipantFormValue>) => setValue({ ...value, ...changes });
  const hintId = `${idPrefix}-gender-hint`;
  const errorId = `${idPrefix}-name-error`;
  return (
    <form
      class="participant-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (!value.name.trim()) return setError(true);
        setError(false);
        onSubmit(value);
        if (!onCancel) setValue({ ...BLANK_PARTICIPANT, role: value.role });
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && onCancel) onCancel();
      }}
    >
      <div class="participant-fields">
        <label class="field">
          <span>{t('setup.participantName')}</span>
          <input
            value={value.name}
            aria-invalid={error || undefined}
            aria-describedby={error ? errorId : undefined}
            autofocus={Boolean(onCancel)}
            onInput={(e) => set({ name: (e.currentTarget as HTMLInputElement).value })}
          />
        </label>
        <label class="field">
          <span>{t('setup.participantAffiliation')}</span>
          <input value={value.affiliation} onInput={(e) => set({ affiliation: (e.currentTarget as HTMLInputElement).value })} />
        </label>
        <label class="field">
          <span>{t('setup.participantRole')}</span>
          <select value={value.role} onChange={(e) => set({ role: (e.currentTarget as HTMLSelectElement).value as ParticipantRole })}>
            {PARTICIPANT_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>{t('setup.participantGender')}</span>
          <select
            value={value.gender}
            aria-describedby={hintId}
            onChange={(e) => set({ gender: (e.currentTarget as HTMLSelectElement).value as Gender })}
          >
            {GENDERS.map((g) => (
              <option key={g} value={g}>
                {t(`setup.genders.${g}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p id={hintId} class="hint">
        {t('setup.genderWhy')}
      </p>
      {error && (
        <p id={errorId} class="field-error" role="alert">
          {t('setup.nameRequired')}
        </p>
      )}
      <div class="toolbar">
        <button type="submit" class="button button-small button-primary">
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" class="button button-small" onClick={onCancel}>
            {t('setup.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
