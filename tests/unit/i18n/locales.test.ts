import { describe, expect, it } from 'vitest';
import { LOCALES, dateTimeFormat, numberFormat } from '../../../src/core/i18n/locales';
import { clockFormatter, longDate } from '../../../src/core/report/time-format';

describe('the locale table', () => {
  it('writes the hour after midnight as 00, never 24, in every language', () => {
    const at = new Date('2026-11-26T00:05:00Z');
    for (const language of ['es', 'en'] as const) {
      expect(dateTimeFormat(language, { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' }).format(at), language).toBe('00:05');
      expect(clockFormatter(language, 'UTC')(at.toISOString()), language).toBe('00:05');
    }
  });

  it('gives the report the same dates and numbers as the UI language', () => {
    expect(longDate('2026-11-26', 'es')).toBe('26 de noviembre de 2026');
    expect(longDate('2026-11-26', 'en')).toBe('26 November 2026');
    expect(numberFormat('es').format(1234567.5)).toBe('1,234,567.5');
    expect(numberFormat('en').format(1234567.5)).toBe('1,234,567.5');
  });

  it('names real BCP 47 locales that Intl supports', () => {
    for (const { tag } of Object.values(LOCALES)) expect(Intl.DateTimeFormat.supportedLocalesOf(tag)).toEqual([tag]);
  });
});
