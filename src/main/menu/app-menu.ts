import type { MenuItemConstructorOptions } from 'electron';
import { MENU_TEXT, type MenuLanguage } from './menu-text';

export interface AppMenuOptions {
  language: MenuLanguage;
  /** macOS puts the app's own menu first (about, hide, quit) and keeps a Window menu. */
  platform: NodeJS.Platform;
  /** A development run adds reload and DevTools; the installed app has neither. */
  development: boolean;
}

/**
 * The application menu: Electron's default one carries reload, force reload and DevTools, which
 * have no place in the installed app (a reload mid-session is a scare, DevTools an open door).
 * What is left is what a writer needs: editing with undo, zoom for a projector or a small
 * screen, and help. Roles keep the platform's own shortcuts and behaviour.
 */
export function appMenuTemplate({ language, platform, development }: AppMenuOptions): MenuItemConstructorOptions[] {
  const text = MENU_TEXT[language];
  const isMac = platform === 'darwin';
  const menu: MenuItemConstructorOptions[] = [];
  if (isMac) {
    menu.push({
      label: 'Relator',
      submenu: [
        { role: 'about', label: text.about },
        { type: 'separator' },
        { role: 'hide', label: text.hide },
        { role: 'hideOthers', label: text.hideOthers },
        { role: 'unhide', label: text.showAll },
        { type: 'separator' },
        { role: 'quit', label: text.quit },
      ],
    });
  }
  menu.push(
    {
      label: text.edit,
      submenu: [
        { role: 'undo', label: text.undo },
        { role: 'redo', label: text.redo },
        { type: 'separator' },
        { role: 'cut', label: text.cut },
        { role: 'copy', label: text.copy },
        { role: 'paste', label: text.paste },
        { type: 'separator' },
        { role: 'selectAll', label: text.selectAll },
      ],
    },
    {
      label: text.view,
      submenu: [
        { role: 'resetZoom', label: text.resetZoom },
        { role: 'zoomIn', label: text.zoomIn },
        { role: 'zoomOut', label: text.zoomOut },
        { type: 'separator' },
        { role: 'togglefullscreen', label: text.fullScreen },
        ...(development
          ? ([{ type: 'separator' }, { role: 'reload', label: text.reload }, { role: 'toggleDevTools', label: text.devTools }] as const)
          : []),
      ],
    },
  );
  if (isMac) {
    menu.push({
      label: text.window,
      submenu: [
        { role: 'minimize', label: text.minimize },
        { role: 'close', label: text.close },
      ],
    });
  }
  // Where Windows and Linux users look for the version; on macOS it is in the app menu as well.
  menu.push({ role: 'help', label: text.help, submenu: [{ role: 'about', label: text.about }] });
  return menu;
}
