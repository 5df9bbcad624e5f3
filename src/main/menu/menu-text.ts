/**
 * The words of the application menu, the only text the main process shows itself. The renderer's
 * catalogue (src/renderer/i18n) is out of the main process's reach, so the menu keeps its own,
 * typed the same way: English must have exactly the Spanish keys.
 */
const es = {
  edit: 'Edición',
  undo: 'Deshacer',
  redo: 'Rehacer',
  cut: 'Cortar',
  copy: 'Copiar',
  paste: 'Pegar',
  selectAll: 'Seleccionar todo',
  view: 'Ver',
  resetZoom: 'Tamaño real',
  zoomIn: 'Ampliar',
  zoomOut: 'Reducir',
  fullScreen: 'Pantalla completa',
  reload: 'Recargar',
  devTools: 'Herramientas de desarrollo',
  window: 'Ventana',
  minimize: 'Minimizar',
  close: 'Cerrar ventana',
  help: 'Ayuda',
  about: 'Acerca de Relator',
  hide: 'Ocultar Relator',
  hideOthers: 'Ocultar otros',
  showAll: 'Mostrar todo',
  quit: 'Salir de Relator',
} as const;

export type MenuText = { readonly [K in keyof typeof es]: string };

const en: MenuText = {
  edit: 'Edit',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select All',
  view: 'View',
  resetZoom: 'Actual Size',
  zoomIn: 'Zoom In',
  zoomOut: 'Zoom Out',
  fullScreen: 'Full Screen',
  reload: 'Reload',
  devTools: 'Developer Tools',
  window: 'Window',
  minimize: 'Minimize',
  close: 'Close Window',
  help: 'Help',
  about: 'About Relator',
  hide: 'Hide Relator',
  hideOthers: 'Hide Others',
  showAll: 'Show All',
  quit: 'Quit Relator',
};

export type MenuLanguage = 'es' | 'en';

export const MENU_TEXT: Readonly<Record<MenuLanguage, MenuText>> = { es, en };

/**
 * The menu's language from the system's preferred languages, the first Spanish or English one
 * wins; Spanish when there is neither (the app's own default).
 */
export function menuLanguage(preferred: readonly string[]): MenuLanguage {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    if (primary === 'es' || primary === 'en') return primary;
  }
  return 'es';
}
