import { areaCatalogues } from './areas';
import { en } from './en';
import { es } from './es';
import type { SameKeys } from './same-keys';

/** The whole UI catalogue per language: the base keys (es.ts, en.ts) and every screen's area. */
export const catalogues = {
  es: { ...es, ...areaCatalogues.es },
  en: { ...en, ...areaCatalogues.en } satisfies SameKeys<typeof es & typeof areaCatalogues.es>,
};

export type Messages = typeof catalogues.es;

/*
 * i18next's typed keys: `t('no.such.key')` and `i18n.t('no.such.key')` fail to compile, and a key
 * built from a union (`t(`roles.${role}`)`) must name an existing entry for every member.
 * Plural forms (`count_one`, `count_other`) are asked for as `count`. `strictKeyChecks` keeps a
 * default value (`t('key', 'text')`) from letting a missing key through.
 */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
    strictKeyChecks: true;
  }
}
