import { isKnownTimeZone } from '../file-format/time-zone';
import { dateTimeFormat } from '../i18n/locales';
import { formatElapsed } from '../model/session-clock';
import type { IsoDate, IsoInstant, Language } from '../model/types';
import type { TimestampMode } from './options';

/** Formats note times; one Intl formatter per report, because building them is the slow part. */
export function noteTimeFormatter(
  mode: TimestampMode,
  language: Language,
  timeZone: string,
): (note: { createdAt: IsoInstant; elapsedMs: number | null }) => string | null {
  if (mode === 'none') return () => null;
  if (mode === 'elapsed') return (n) => (n.elapsedMs === null ? null : formatElapsed(n.elapsedMs));
  const clock = clockFormatter(language, timeZone);
  return (n) => clock(n.createdAt);
}

export function clockFormatter(language: Language, timeZone: string): (at: IsoInstant) => string {
  const fmt = dateTimeFormat(language, { timeZone: safeZone(timeZone), hour: '2-digit', minute: '2-digit' });
  return (at) => fmt.format(new Date(at));
}

/** `YYYY-MM-DD HH:MM:SS` in the given zone: sortable and read by spreadsheets as a date-time. */
export function localDateTimeFormatter(timeZone: string): (at: IsoInstant) => string {
  const fmt = new Intl.DateTimeFormat('sv-SE', {
    timeZone: safeZone(timeZone),
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  });
  return (at) => fmt.format(new Date(at));
}

/** A calendar date in words ("26 de noviembre de 2026"); the raw value if it is not a valid date. */
export function longDate(date: IsoDate, language: Language): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  const d = new Date(`${date}T12:00:00Z`);
  if (Number.isNaN(d.getTime())) return date;
  return dateTimeFormat(language, { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(d);
}

/** An unknown zone would make Intl throw; the report is still useful in UTC. */
export function safeZone(timeZone: string): string {
  return isKnownTimeZone(timeZone) ? timeZone : 'UTC';
}
