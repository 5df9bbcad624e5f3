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
