import type { Language } from '../model/types';

/**
 * How each language of the app writes dates, times and numbers: the one table the UI, the report
 * and the command line all read, so the same event never shows "26 Nov" in one place and "Nov 26"
 * in another.
 */
export interface LocaleSettings {
  /** BCP 47 tag for Intl and for the DOCX document's spelling language. */
  tag: string;
  /**
   * Clock hours 00–23. Spelled as `hourCycle`, never `hour12: false`, which some engines and
   * locales turn into h24 ("24:05").
   */
  hourCycle: 'h23';
}

export const LOCALES: Readonly<Record<Language, LocaleSettings>> = {
  // Spanish as written in Mexico, like the catalogues ("agregar") and the built-in sample forum.
  es: { tag: 'es-MX', hourCycle: 'h23' },
  // British English, like the catalogues' spelling (organisers, panellist, programme).
  en: { tag: 'en-GB', hourCycle: 'h23' },
};

/** A date/time formatter in the language's locale and hour cycle; `options` may override either. */
export function dateTimeFormat(language: Language, options: Intl.DateTimeFormatOptions = {}): Intl.DateTimeFormat {
  const { tag, hourCycle } = LOCALES[language];
  return new Intl.DateTimeFormat(tag, { hourCycle, ...options });
}

export function numberFormat(language: Language, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return new Intl.NumberFormat(LOCALES[language].tag, options);
}
