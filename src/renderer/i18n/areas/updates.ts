import type { SameKeys } from '../same-keys';

/** The web app's update offer (es default, en). Same keys in both. */
const es = {
  updates: {
    available: 'Nueva versión disponible',
    apply: 'Actualizar',
    applyHint: 'Recarga Relator con la nueva versión; tus notas y borradores se conservan.',
    later: 'Ahora no',
  },
};

const en: SameKeys<typeof es> = {
  updates: {
    available: 'New version available',
    apply: 'Update',
    applyHint: 'Reloads Relator with the new version; your notes and drafts are kept.',
    later: 'Not now',
  },
};

export const updatesCatalogue = { es, en };
