import type { Ref } from 'preact';
import { GENDERS, PARTICIPANT_ROLES, type Gender, type ParticipantRole } from '../../core/model/types';
import { useT } from '../i18n';

export interface ParticipantFieldsValue {
  name: string;
  position: string;
  affiliation: string;
  role: ParticipantRole;
  gender: Gender;
  sector: string;
}

export const BLANK_PARTICIPANT: ParticipantFieldsValue = {
  name: '',
  position: '',
  affiliation: '',
  role: 'panellist',
  gender: 'unspecified',
  sector: '',
};

interface Props {
  /** Makes the hint's id unique when several forms share a page. */
  idPrefix: string;
  value: ParticipantFieldsValue;
  onChange: (changes: Partial<ParticipantFieldsValue>) => void;
  /** Quick forms leave out what can be filled in later on the event overview (cargo, institution, sector). */
  affiliation?: boolean;
  gender?: boolean;
  /** Narrow forms label the role "Rol" rather than "Papel en el evento". */
  shortLabels?: boolean;
  /** Id of the caller's name error, set while the name is missing. */
  nameErrorId?: string | undefined;
  nameRef?: Ref<HTMLInputElement>;
  autoFocus?: boolean;
}

/**
 * One person's fields, the same wherever someone is added or edited. The caller owns the
 * layout around them, the validation message and what submitting does.
 */
export function ParticipantFields(props: Props) {
  const { idPrefix, value, onChange, affiliation = true, gender = true, shortLabels = false, nameErrorId } = props;
  const t = useT();
  const hintId = `${idPrefix}-gender-hint`;
  return (
    <>
      <label class="field">
        <span>{t('participant.name')}</span>
        <input
          type="text"
          ref={props.nameRef}
          value={value.name}
          maxLength={200}
          autofocus={props.autoFocus}
          aria-invalid={nameErrorId ? true : undefined}
          aria-describedby={nameErrorId}
          onInput={(e) => onChange({ name: e.currentTarget.value })}
        />
      </label>
      {affiliation && (
        <label class="field">
          <span>{t('participant.position')}</span>
          <input type="text" value={value.position} maxLength={500} onInput={(e) => onChange({ position: e.currentTarget.value })} />
        </label>
      )}
      {affiliation && (
        <label class="field">
          <span>{t('participant.affiliation')}</span>
          <input type="text" value={value.affiliation} maxLength={500} onInput={(e) => onChange({ affiliation: e.currentTarget.value })} />
        </label>
      )}
      <label class="field">
        <span>{t(shortLabels ? 'participant.roleShort' : 'participant.role')}</span>
        <select value={value.role} onChange={(e) => onChange({ role: e.currentTarget.value as ParticipantRole })}>
          {PARTICIPANT_ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`roles.${r}`)}
            </option>
          ))}
        </select>
      </label>
      {gender && (
        <label class="field">
          <span>{t('participant.gender')}</span>
          <select value={value.gender} aria-describedby={hintId} onChange={(e) => onChange({ gender: e.currentTarget.value as Gender })}>
            {GENDERS.map((g) => (
              <option key={g} value={g}>
                {t(`participant.genders.${g}`)}
              </option>
            ))}
          </select>
        </label>
      )}
      {affiliation && (
        <label class="field">
          <span>{t('participant.sector')}</span>
          <input type="text" value={value.sector} maxLength={500} onInput={(e) => onChange({ sector: e.currentTarget.value })} />
        </label>
      )}
      {gender && (
        <p id={hintId} class="hint participant-hint">
          {t('participant.genderWhy')}
        </p>
      )}
    </>
  );
}
