import { describe, expect, it } from 'vitest';
import { catalogues } from '../../../src/renderer/i18n/catalogue';
import { en } from '../../../src/renderer/i18n/en';
import { es } from '../../../src/renderer/i18n/es';

/*
 * The compiler already holds the rest: English has the same keys as Spanish (SameKeys), and t()
 * takes only keys that exist (i18next's CustomTypeOptions). What it cannot see is checked here.
 */

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Array<[string, string]> {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[`${prefix}${k}`, v]] : leaves(v, `${prefix}${k}.`)));
}

/** Every screen's catalogue file, found on disk, so a new area that was not merged is caught. */
const areaModules = import.meta.glob<Record<string, { es: Tree; en: Tree }>>('../../../src/renderer/i18n/areas/!(index).ts', {
  eager: true,
});
const areas = Object.entries(areaModules).map(([file, exports]) => {
  const catalogue = Object.values(exports).find((v) => typeof v === 'object' && v !== null && 'es' in v && 'en' in v);
  if (!catalogue) throw new Error(`${file} exports no { es, en } catalogue`);
  return { file, catalogue };
});

describe('the UI catalogue', () => {
  it('has no empty text', () => {
    for (const lang of ['es', 'en'] as const) {
      const empty = leaves(catalogues[lang] as Tree).filter(([, text]) => text.trim() === '');
      expect(empty, lang).toEqual([]);
    }
  });

  it('never tells a user to run a developer’s command (rapporteurs do not know npm)', () => {
    for (const lang of ['es', 'en'] as const) {
      const technical = leaves(catalogues[lang] as Tree).filter(([, text]) => /\b(npm|npx|node)\b/i.test(text));
      expect(technical, lang).toEqual([]);
    }
  });

  it('gives every plural both its one and other forms', () => {
    for (const lang of ['es', 'en'] as const) {
      const keys = new Set(leaves(catalogues[lang] as Tree).map(([k]) => k));
      const lonely = [...keys].filter(
        (k) => /_(one|other)$/.test(k) && !keys.has(k.replace(/_(one|other)$/, (m) => (m === '_one' ? '_other' : '_one'))),
      );
      expect(lonely, lang).toEqual([]);
    }
  });

  it('merges every area file whole, none hiding another or a base key', () => {
    expect(areas.length).toBeGreaterThanOrEqual(4);
    const owners = new Map<string, string>(Object.keys(es).map((k) => [k, 'es.ts']));
    for (const { file, catalogue } of areas) {
      for (const lang of ['es', 'en'] as const) {
        for (const [key, subtree] of Object.entries(catalogue[lang])) {
          if (lang === 'es') {
            expect(owners.get(key), `${file} and ${owners.get(key)} both define "${key}"`).toBeUndefined();
            owners.set(key, file);
          }
          expect((catalogues[lang] as Tree)[key], `${file}: ${lang}.${key} is not in the merged catalogue`).toEqual(subtree);
        }
      }
    }
    // The base catalogue is merged whole as well.
    for (const key of Object.keys(en)) expect((catalogues.en as Tree)[key]).toEqual((en as unknown as Tree)[key]);
  });
});
