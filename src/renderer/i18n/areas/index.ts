import { captureCatalogue } from './capture';
import { moderatorCatalogue } from './moderator';
import { reportCatalogue } from './report';
import { setupCatalogue } from './setup';

/**
 * Catalogues of the larger screens, one file per area (`capture.ts`, `setup.ts`, …), each
 * exporting `{ es: { <area>: {...} }, en: { <area>: {...} } }` with the same keys in both.
 * Add a screen's catalogue to this list; `i18n/index.ts` merges them with the base catalogue.
 */
export interface AreaCatalogue {
  es: Record<string, unknown>;
  en: Record<string, unknown>;
}

export const areaCatalogues: AreaCatalogue[] = [captureCatalogue, reportCatalogue, moderatorCatalogue, setupCatalogue];
