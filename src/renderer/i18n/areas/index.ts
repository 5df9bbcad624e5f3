import { autosaveCatalogue } from './autosave';
import { backupsCatalogue } from './backups';
import { captureCatalogue } from './capture';
import { generalReportCatalogue } from './general-report';
import { historyCatalogue } from './history';
import { mergeCatalogue } from './merge';
import { mesasCatalogue } from './mesas';
import { moderatorCatalogue } from './moderator';
import { reportCatalogue } from './report';
import { setupCatalogue } from './setup';
import { syncCatalogue } from './sync';
import { updatesCatalogue } from './updates';
import { venueCatalogue } from './venue';

/**
 * Catalogues of the larger screens, one file per area (`capture.ts`, `setup.ts`, …), each
 * exporting `{ es: { <area>: {...} }, en: { <area>: {...} } }`, with English typed
 * `SameKeys<typeof es>` so both languages hold the same keys. Add a screen's catalogue to both
 * lists below; `i18n/catalogue.ts` merges them with the base catalogue (es.ts, en.ts).
 */
export const areaCatalogues = {
  es: {
    ...captureCatalogue.es,
    ...historyCatalogue.es,
    ...reportCatalogue.es,
    ...moderatorCatalogue.es,
    ...setupCatalogue.es,
    ...autosaveCatalogue.es,
    ...updatesCatalogue.es,
    ...mergeCatalogue.es,
    ...mesasCatalogue.es,
    ...backupsCatalogue.es,
    ...syncCatalogue.es,
    ...generalReportCatalogue.es,
    ...venueCatalogue.es,
  },
  en: {
    ...captureCatalogue.en,
    ...historyCatalogue.en,
    ...reportCatalogue.en,
    ...moderatorCatalogue.en,
    ...setupCatalogue.en,
    ...autosaveCatalogue.en,
    ...updatesCatalogue.en,
    ...mergeCatalogue.en,
    ...mesasCatalogue.en,
    ...backupsCatalogue.en,
    ...syncCatalogue.en,
    ...generalReportCatalogue.en,
    ...venueCatalogue.en,
  },
};
