import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { areaCatalogues } from '../../../src/renderer/i18n/areas';
import { en } from '../../../src/renderer/i18n/en';
import { es } from '../../../src/renderer/i18n/es';

const catalogues = {
  es: Object.assign({}, es, ...areaCatalogues.map((c) => c.es)) as Record<string, unknown>,
  en: Object.assign({}, en, ...areaCatalogues.map((c) => c.en)) as Record<string, unknown>,
};

function keys(tree: unknown, prefix = ''): string[] {
  if (typeof tree !== 'object' || tree === null) return [prefix];
  return Object.entries(tree).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

/** i18next plural forms: `n_one`/`n_other` are looked up as `n`. */
const lookupKeys = (lang: 'es' | 'en') => new Set(keys(catalogues[lang]).flatMap((k) => [k, k.replace(/_(one|other|many|zero)$/, '')]));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('the UI catalogue', () => {
  it('has the same keys in Spanish and English', () => {
    expect(keys(catalogues.en).sort()).toEqual(keys(catalogues.es).sort());
  });

  it('has no empty text', () => {
    for (const lang of ['es', 'en'] as const) {
      const empty = keys(catalogues[lang]).filter((k) => {
        const value = k.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], catalogues[lang]);
        return typeof value === 'string' && value.trim() === '';
      });
      expect(empty, lang).toEqual([]);
    }
  });

  it('holds every literal key the screens ask for, in both languages', () => {
    const used = new Set<string>();
    for (const file of sourceFiles('src/renderer')) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\(\s*'([a-zA-Z][\w.-]*)'/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(50);
    for (const lang of ['es', 'en'] as const) {
      const known = lookupKeys(lang);
      expect(
        [...used].filter((k) => !known.has(k)),
        lang,
      ).toEqual([]);
    }
  });
});
