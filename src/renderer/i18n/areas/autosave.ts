import type { SameKeys } from '../same-keys';

/** Strings about text kept while typing: drafts, failed saves, and edits that met another tab's. */
const es = {
  origin: {
    reload: 'de esta pestaña, antes de recargarla ({{time}})',
    crash: 'de esta pestaña, que se cerró inesperadamente ({{time}})',
    'closed-tab': 'de otra pestaña o ventana que ya se cerró ({{time}})',
    'crashed-tab': 'de otra pestaña o ventana que se cerró inesperadamente ({{time}})',
    'other-tab': 'de otra pestaña o ventana ({{time}})',
    earlier: 'de una sesión anterior ({{time}})',
  },
  restored: 'Se recuperó un borrador sin guardar {{origin}}.',
  offersLabel: 'Borradores sin guardar',
  offer: 'Texto sin guardar {{origin}}:',
  take: 'Recuperar',
  takeLabel: 'Recuperar el texto sin guardar {{origin}}',
  discard: 'Descartar',
  discardLabel: 'Descartar el texto sin guardar {{origin}}',
  draftFailed: 'No se pudo guardar el borrador. {{reason}} El texto sigue en el cuadro y se volverá a intentar.',
  fieldFailed: 'No se pudo guardar. {{reason}} El texto sigue en el cuadro y se volverá a intentar.',
  conflict: {
    title: 'Otra pestaña o ventana cambió esto mientras lo editabas.',
    hint: 'No se sobrescribió nada: elige qué versión conservar, o combínalas a mano.',
    deleted: 'Otra pestaña o ventana eliminó esto mientras lo editabas.',
    mine: 'Tu versión',
    theirs: 'La otra versión ({{time}})',
    empty: '(vacío)',
    keepMine: 'Conservar la mía',
    keepTheirs: 'Conservar la otra',
    combine: 'Combinar a mano',
    combined: 'Se juntaron las dos versiones en el cuadro: edítalo y se guardará.',
  },
};

const en: SameKeys<typeof es> = {
  origin: {
    reload: 'from this tab, before it was reloaded ({{time}})',
    crash: 'from this tab, which closed unexpectedly ({{time}})',
    'closed-tab': 'from another tab or window that has been closed ({{time}})',
    'crashed-tab': 'from another tab or window that closed unexpectedly ({{time}})',
    'other-tab': 'from another tab or window ({{time}})',
    earlier: 'from an earlier session ({{time}})',
  },
  restored: 'An unsaved draft was recovered {{origin}}.',
  offersLabel: 'Unsaved drafts',
  offer: 'Unsaved text {{origin}}:',
  take: 'Recover',
  takeLabel: 'Recover the unsaved text {{origin}}',
  discard: 'Discard',
  discardLabel: 'Discard the unsaved text {{origin}}',
  draftFailed: 'The draft could not be saved. {{reason}} The text is still in the box and saving will be tried again.',
  fieldFailed: 'Could not save. {{reason}} The text is still in the box and saving will be tried again.',
  conflict: {
    title: 'Another tab or window changed this while you were editing it.',
    hint: 'Nothing was overwritten: choose which version to keep, or combine them by hand.',
    deleted: 'Another tab or window deleted this while you were editing it.',
    mine: 'Your version',
    theirs: 'The other version ({{time}})',
    empty: '(empty)',
    keepMine: 'Keep mine',
    keepTheirs: 'Keep theirs',
    combine: 'Combine by hand',
    combined: 'Both versions are now in the box: edit it and it will be saved.',
  },
};

export const autosaveCatalogue = { es: { autosave: es }, en: { autosave: en } };
