import { currentLanguage } from '../../i18n';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Wall-clock time of an instant in the event's time zone ("16:05:12"); formatters are reused. */
export function formatClock(iso: string, timeZone: string): string {
  const key = `${currentLanguage()}|${timeZone}`;
  let f = formatters.get(key);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat(currentLanguage() === 'en' ? 'en-GB' : 'es-MX', {
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
        hour12: false,
        timeZone,
      });
    } catch {
      f = new Intl.DateTimeFormat('es-MX', { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });
    }
    formatters.set(key, f);
  }
  return f.format(new Date(iso));
}
