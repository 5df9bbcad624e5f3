import { dateTimeFormat } from '../../core/i18n/locales';
import { currentLanguage } from '../i18n';

/** A calendar date as people write it in the UI language ("26 de noviembre de 2026"). */
export function formatEventDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  if (!y || !m || !d) return isoDate;
  // Noon UTC keeps the calendar day whatever the viewer's time zone.
  const date = new Date(Date.UTC(y, m - 1, d, 12));
  return dateTimeFormat(currentLanguage(), { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

const dateTimeFormatters = new Map<string, Intl.DateTimeFormat>();

/** Day and time of an instant in the event's time zone ("26 nov 2026, 16:05"); the viewer's zone if that one is unknown. */
export function formatDateTime(iso: string, timeZone: string): string {
  const language = currentLanguage();
  const key = `${language}|${timeZone}`;
  let f = dateTimeFormatters.get(key);
  if (!f) {
    const options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };
    try {
      f = dateTimeFormat(language, { ...options, timeZone });
    } catch {
      // An unknown zone (from an imported file) would throw.
      f = dateTimeFormat(language, options);
    }
    dateTimeFormatters.set(key, f);
  }
  return f.format(new Date(iso));
}
