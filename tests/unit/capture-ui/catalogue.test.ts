import { describe, expect, it } from 'vitest';
import { captureCatalogue } from '../../../src/renderer/i18n/areas/capture';
import { NOTE_KINDS } from '../../../src/core/model/types';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('capture catalogue', () => {
  it('has every string in Spanish and in English', () => {
    expect(keys(captureCatalogue.en).sort()).toEqual(keys(captureCatalogue.es).sort());
  });

  it('names every note kind in both languages', () => {
    for (const lang of ['es', 'en'] as const) {
      const kinds = (captureCatalogue[lang].capture as { kinds: Record<string, string> }).kinds;
      for (const kind of NOTE_KINDS) expect(kinds[kind], `${lang}: ${kind}`).toBeTruthy();
    }
  });
});
