import { useState } from 'preact/hooks';
import { useT } from '../../i18n';
import { BLANK_PARTICIPANT, ParticipantFields, type ParticipantFieldsValue } from '../../components/ParticipantFields';

interface Props {
  /** Distinguishes several forms on one page (ids of labels and hints). */
  idPrefix: string;
  initial: ParticipantFieldsValue;
  submitLabel: string;
  onSubmit: (value: ParticipantFieldsValue) => void;
  onCancel?: () => void;
}

/** Adds or edits one participant with every field; without `onCancel` it clears itself for the next person. */
export function ParticipantForm({ idPrefix, initial, submitLabel, onSubmit, onCancel }: Props) {
  const t = useT();
  const [value, setValue] = useState(initial);
  const [error, setError] = useState(false);
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
        <ParticipantFields
          idPrefix={idPrefix}
          value={value}
          onChange={(changes) => setValue({ ...value, ...changes })}
          nameErrorId={error ? errorId : undefined}
          autoFocus={Boolean(onCancel)}
        />
      </div>
      {error && (
        <p id={errorId} class="field-error" role="alert">
          {t('participant.nameRequired')}
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
