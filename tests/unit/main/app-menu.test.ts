import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { appMenuTemplate } from '../../../src/main/menu/app-menu';
import { MENU_TEXT, menuLanguage } from '../../../src/main/menu/menu-text';

type Item = MenuItemConstructorOptions;
const submenu = (item: Item | undefined): Item[] => (Array.isArray(item?.submenu) ? item.submenu : []);
const roles = (template: Item[]) =>
  template.flatMap((item) =>
    submenu(item)
      .map((entry) => entry.role)
      .filter(Boolean),
  );
const byLabel = (template: Item[], label: string) => template.find((item) => item.label === label);

describe('application menu', () => {
  it('on Windows and Linux: Edit, View and Help, in Spanish, with the platform roles for each command', () => {
    const template = appMenuTemplate({ language: 'es', platform: 'win32', development: false });
    expect(template.map((item) => item.label)).toEqual(['Edición', 'Ver', 'Ayuda']);
    expect(
      submenu(byLabel(template, 'Edición'))
        .filter((item) => item.role)
        .map((item) => [item.role, item.label]),
    ).toEqual([
      ['undo', 'Deshacer'],
      ['redo', 'Rehacer'],
      ['cut', 'Cortar'],
      ['copy', 'Copiar'],
      ['paste', 'Pegar'],
      ['selectAll', 'Seleccionar todo'],
    ]);
    expect(submenu(byLabel(template, 'Ver')).map((item) => item.role)).toEqual([
      'resetZoom',
      'zoomIn',
      'zoomOut',
      undefined,
      'togglefullscreen',
    ]);
    expect(submenu(byLabel(template, 'Ayuda')).map((item) => [item.role, item.label])).toEqual([['about', 'Acerca de Relator']]);
  });

  it('offers no reload, force reload or DevTools in the installed app, and only reload and DevTools in a development run', () => {
    for (const platform of ['win32', 'linux', 'darwin'] as const) {
      const installed = roles(appMenuTemplate({ language: 'es', platform, development: false }));
      expect(installed).not.toContain('reload');
      expect(installed).not.toContain('forceReload');
      expect(installed).not.toContain('toggleDevTools');
    }
    const development = roles(appMenuTemplate({ language: 'es', platform: 'linux', development: true }));
    expect(development).toContain('reload');
    expect(development).toContain('toggleDevTools');
    expect(development).not.toContain('forceReload');
  });

  it('on macOS adds the app menu and the Window menu, so Cmd+Q, Cmd+H and Cmd+M work', () => {
    const template = appMenuTemplate({ language: 'en', platform: 'darwin', development: false });
    expect(template.map((item) => item.label)).toEqual(['Relator', 'Edit', 'View', 'Window', 'Help']);
    expect(submenu(template[0]).map((item) => item.role)).toEqual(['about', undefined, 'hide', 'hideOthers', 'unhide', undefined, 'quit']);
    expect(submenu(byLabel(template, 'Window')).map((item) => item.role)).toEqual(['minimize', 'close']);
  });

  it('speaks English when the system prefers it, Spanish otherwise', () => {
    expect(menuLanguage(['en-GB', 'es-ES'])).toBe('en');
    expect(menuLanguage(['fr-FR', 'es-MX', 'en-US'])).toBe('es');
    expect(menuLanguage(['fr-FR', 'en_US'])).toBe('en');
    expect(menuLanguage(['de-DE'])).toBe('es');
    expect(menuLanguage([])).toBe('es');
    const english = appMenuTemplate({ language: 'en', platform: 'linux', development: false });
    expect(english.map((item) => item.label)).toEqual(['Edit', 'View', 'Help']);
    // Every word has both languages, and they differ where the languages do.
    expect(Object.keys(MENU_TEXT.en).sort()).toEqual(Object.keys(MENU_TEXT.es).sort());
    expect(MENU_TEXT.en.paste).not.toBe(MENU_TEXT.es.paste);
  });
});
