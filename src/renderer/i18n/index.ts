import i18next, { type ParseKeys, type TFunction as I18nTFunction } from 'i18next';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Language } from '../../core/model/types';
import { catalogues } from './catalogue';

/**
 * The UI's i18n: i18next with the two catalogues bundled (no network), initialised
 * synchronously so the first paint is already in the user's language.
 */
export const i18n = i18next.createInstance();

export function initI18n(language: Language): void {
  void i18n.init({
    lng: language,
    fallbackLng: 'es',
    supportedLngs: ['es', 'en'],
    resources: {
      es: { translation: catalogues.es },
      en: { translation: catalogues.en },
    },
    initAsync: false,
    interpolation: { escapeValue: false }, // Preact escapes text itself
    returnNull: false,
  });
  document.documentElement.lang = language;
}

export function currentLanguage(): Language {
  return i18n.language === 'en' ? 'en' : 'es';
}

export async function changeLanguage(language: Language): Promise<void> {
  await i18n.changeLanguage(language);
  document.documentElement.lang = language;
}

/** The translate function: takes only keys the catalogue holds (checked by the compiler). */
export type TFunction = I18nTFunction;

/** A key of the catalogue, for code that stores one to translate later (tab labels, cues). */
export type MessageKey = ParseKeys;

/** The translate function, re-rendering the component when the language changes. */
export function useT(): TFunction {
  const [language, setLanguage] = useState(i18n.language);
  useEffect(() => {
    const onChange = (lng: string) => setLanguage(lng);
    i18n.on('languageChanged', onChange);
    return () => i18n.off('languageChanged', onChange);
  }, []);
  return useMemo(() => i18n.getFixedT(language), [language]);
}
