import { useMemo } from 'preact/hooks';
import { defaultTimeZone } from '../../core/model/factories';
import { timeZoneOptions } from '../../core/setup/time-zones';
import { currentLanguage, useT } from '../i18n';

interface Props {
  /** Makes the list's, hint's and error's ids unique when several forms share a page. */
  idPrefix: string;
  value: string;
  onChange: (value: string) => void;
  /** Set when the value is not a zone of the list; the field says so and the form is not saved. */
  invalid: boolean;
}

/**
 * The event's time zone, chosen from the IANA list: a text box to search it with the list under it
 * (a combobox), the computer's zone first, then Mexico's for a Spanish interface. Free text such
 * as "Hora de México" is refused by the form, with this field naming the problem.
 */
export function TimeZoneField({ idPrefix, value, onChange, invalid }: Props) {
  const t = useT();
  const language = currentLanguage();
  const options = useMemo(() => timeZoneOptions(language, defaultTimeZone()), [language]);
  const listId = `${idPrefix}-time-zones`;
  const hintId = `${idPrefix}-time-zone-hint`;
  const errorId = `${idPrefix}-time-zone-error`;
  return (
    <label class="field">
      <span>{t('event.timeZone')}</span>
      <input
        name="timeZone"
        type="text"
        list={listId}
        value={value}
        autocomplete="off"
        spellcheck={false}
        aria-describedby={invalid ? `${hintId} ${errorId}` : hintId}
        aria-invalid={invalid || undefined}
        onInput={(e) => onChange((e.currentTarget as HTMLInputElement).value)}
      />
      <datalist id={listId}>
        {options.map((o) => (
          <option key={o.zone} value={o.zone}>
            {o.label}
          </option>
        ))}
      </datalist>
      <small id={hintId} class="hint">
        {t('event.timeZoneHint')}
      </small>
      {invalid && (
        <small id={errorId} class="field-error" role="alert">
          {t('event.timeZoneInvalid')}
        </small>
      )}
    </label>
  );
}
