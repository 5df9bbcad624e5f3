import i18next from 'i18next';
import { useEffect, useState } from 'preact/hooks';
import type { Language } from '../../core/model/types';
import { areaCatalogues } from './areas';
import { en } from './en';
import { es } from './es';

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
      es: { translation: Object.assign({}, es, ...areaCatalogues.map((c) => c.es)) },
      en: { translation: Object.assign({}, en, ...areaCatalogues.map((c) => c.en)) },
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

export type TFunction = (key: string, options?: Record<string, unknown>) => string;

/** The translate function, re-rendering the component when the language changes. */
export function useT(): TFunction {
  const [, setLanguage] = useState(i18n.language);
  useEffect(() => {
    const onChange = (lng: string) => setLanguage(lng);
    i18n.on('languageChanged', onChange);
    return () => i18n.off('languageChanged', onChange);
  }, []);
  return (key, options) => String(i18n.t(key, options as never));
}
