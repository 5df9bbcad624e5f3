import type { ProgramEventData } from '../../../core/program';
import type { SetupEventFields } from '../../../core/setup';
import { defaultTimeZone } from '../../../core/model/factories';
import { canonicalTimeZone } from '../../../core/setup/time-zones';

/** The event form as typed: lists are text, one organiser per line, objectives by paragraph. */
export interface EventFormValue {
  title: string;
  subtitle: string;
  date: string;
  startTime: string;
  place: string;
  organisers: string;
  objectives: string;
  /** An IANA name chosen from the list; checked with canonicalTimeZone before the event is created. */
  timeZone: string;
}

export type EventFormKey = keyof EventFormValue;

export const BLANK_EVENT_FORM: EventFormValue = {
  title: '',
  subtitle: '',
  date: '',
  startTime: '',
  place: '',
  organisers: '',
  objectives: '',
  timeZone: defaultTimeZone(),
};

export function formFromProgram(data: ProgramEventData): Partial<EventFormValue> {
  return {
    title: data.title,
    subtitle: data.subtitle,
    date: data.date,
    startTime: data.startTime,
    place: data.place,
    organisers: data.organisers.join('\n'),
    objectives: data.objectives.join('\n\n'),
  };
}

/** Fields the user has not typed in follow what the program says; typed ones are theirs. */
export function prefill(form: EventFormValue, touched: ReadonlySet<EventFormKey>, found: Partial<EventFormValue>): EventFormValue {
  const next = { ...form };
  for (const [key, value] of Object.entries(found) as [EventFormKey, string][]) {
    if (!touched.has(key)) next[key] = value;
  }
  return next;
}

const split = (text: string, separator: RegExp) =>
  text
    .split(separator)
    .map((s) => s.trim())
    .filter(Boolean);

export function formToFields(form: EventFormValue): SetupEventFields {
  return {
    title: form.title,
    subtitle: form.subtitle,
    date: form.date,
    startTime: form.startTime,
    place: form.place,
    organisers: split(form.organisers, /\n/),
    objectives: split(form.objectives, /\n\s*\n/),
    timeZone: canonicalTimeZone(form.timeZone) ?? defaultTimeZone(),
  };
}
