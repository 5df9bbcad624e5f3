import { memo } from 'preact/compat';
import { TimeZoneField } from '../../components/TimeZoneField';
import { useT } from '../../i18n';
import type { EventFormKey, EventFormValue } from './event-form';

interface Props {
  value: EventFormValue;
  onChange: (key: EventFormKey, value: string) => void;
  titleError: boolean;
  /** The time zone typed is not one of the list. */
  zoneError: boolean;
}

/** The new event's data, prefilled from the program where it said something. */
export const EventDataForm = memo(function EventDataForm({ value, onChange, titleError, zoneError }: Props) {
  const t = useT();
  const field = (key: EventFormKey, label: string, type: 'text' | 'date' | 'time' = 'text', rows = 0, hint?: string) => {
    const hintId = hint ? `setup-${key}-hint` : undefined;
    const errorId = key === 'title' && titleError ? 'setup-title-error' : undefined;
    const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
    const onInput = (e: Event) => onChange(key, (e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value);
    return (
      <label class="field">
        <span>{label}</span>
        {rows ? (
          <textarea name={key} rows={rows} value={value[key]} aria-describedby={describedBy} onInput={onInput} />
        ) : (
          <input
            name={key}
            // Preact's input typings split by type; a union of types is still a valid input.
            type={type as 'text'}
            value={value[key]}
            aria-describedby={describedBy}
            aria-invalid={errorId ? true : undefined}
            onInput={onInput}
          />
        )}
        {hint && (
          <small id={hintId} class="hint">
            {hint}
          </small>
        )}
        {errorId && (
          <small id={errorId} class="field-error" role="alert">
            {t('setup.titleRequired')}
          </small>
        )}
      </label>
    );
  };
  return (
    <section class="panel event-form setup-event-form" aria-labelledby="setup-data-title">
      <h2 id="setup-data-title">{t('setup.dataTitle')}</h2>
      {field('title', t('setup.eventTitle'))}
      {field('subtitle', t('setup.subtitle'))}
      <div class="setup-row">
        {field('date', t('setup.date'), 'date')}
        {field('startTime', t('setup.startTime'), 'time')}
      </div>
      {field('place', t('setup.place'))}
      <TimeZoneField idPrefix="setup" value={value.timeZone} invalid={zoneError} onChange={(zone) => onChange('timeZone', zone)} />
      {field('organisers', t('setup.organisers'), 'text', 3, t('setup.organisersHint'))}
      {field('objectives', t('setup.objectives'), 'text', 5, t('setup.objectivesHint'))}
    </section>
  );
});
