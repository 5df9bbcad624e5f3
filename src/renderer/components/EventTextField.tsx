import type { RelatorEvent } from '../../core/model/types';
import type { StoredText } from '../autosave/use-field-autosave';
import { fieldSlot, updateEvent, type EventTextField as Field } from '../store';
import { AutosaveField } from './AutosaveField';

interface Props {
  event: RelatorEvent;
  field: Field;
  id: string;
  label: string;
  rows?: number;
}

/**
 * One of the event's own texts (conclusions, agreements, the relatoría's summary, introduction…)
 * as an AutosaveField: saved while typed, guarded by the value the user's text was built on, so a
 * change saved meanwhile in another window is offered, never overwritten. The capture screen and
 * the relatoría both use it, with the same guarantees.
 */
export function EventTextField({ event, field, id, label, rows }: Props) {
  const save = async (text: string, base: StoredText): Promise<StoredText> => {
    const guard = base.updatedAt === null ? undefined : { expectedUpdatedAt: base.updatedAt, base: { [field]: base.text } };
    const saved = await updateEvent(event.id, { [field]: text }, guard);
    return { text: saved[field], updatedAt: saved.updatedAt };
  };
  const fromRecord = (record: unknown): StoredText => {
    const e = record as RelatorEvent;
    return { text: e[field], updatedAt: e.updatedAt };
  };
  return (
    <AutosaveField
      key={`${event.id}-${field}`}
      id={id}
      label={label}
      {...(rows === undefined ? {} : { rows })}
      eventId={event.id}
      slot={fieldSlot(field)}
      questionId={null}
      stored={{ text: event[field], updatedAt: event.updatedAt }}
      save={save}
      fromRecord={fromRecord}
    />
  );
}
