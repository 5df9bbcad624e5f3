import { dateTimeFormat } from '../../../core/i18n/locales';
import { currentLanguage } from '../../i18n';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Wall-clock time of an instant in the event's time zone ("16:05:12"); formatters are reused. */
export function formatClock(iso: string, timeZone: string): string {
  const language = currentLanguage();
  const key = `${language}|${timeZone}`;
  let f = formatters.get(key);
  if (!f) {
    const options: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', second: '2-digit' };
    try {
      f = dateTimeFormat(language, { ...options, timeZone });
    } catch {
      // An unknown zone (from an imported file) would throw: the viewer's own zone is better than nothing.
      f = dateTimeFormat(language, options);
    }
    formatters.set(key, f);
  }
  return f.format(new Date(iso));
}
