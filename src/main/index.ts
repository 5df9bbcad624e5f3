import { app, BrowserWindow, dialog, ipcMain, session, shell } from 'electron';
import * as fs from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isAppUrl, resolveAppLocation } from './app-location';
import { registerIpcHandlers } from './ipc/register';
import { hardenSession, hardenWebContents } from './security';
import { mainWindowOptions } from './window';
import { validateExternalUrl } from '../shared/bridge-validate';

/* Thin entry: wires the real Electron objects into the tested modules and does nothing else. */

const here = dirname(fileURLToPath(import.meta.url));
const location = resolveAppLocation(join(here, '../renderer/index.html'), process.env.ELECTRON_RENDERER_URL);
let mainWindow: BrowserWindow | null = null;

function openExternal(url: string): void {
  shell.openExternal(validateExternalUrl(url)).catch((error: unknown) => console.error('openExternal failed', error));
}

function createWindow(): void {
  const window = new BrowserWindow(mainWindowOptions(join(here, '../preload/index.cjs')));
  mainWindow = window;
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  void window.loadURL(location.entryUrl);
}

// Every renderer is sandboxed, including any the app never meant to create.
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  // A second copy would share the same stored notes; the first one is brought forward instead.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, location, openExternal));

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession, location);
    registerIpcHandlers(
      ipcMain,
      {
        trustedWebContentsId: () => mainWindow?.webContents.id,
        isAppUrl: (url) => isAppUrl(location, url),
      },
      {
        dialog,
        shell,
        fs,
        window: () => mainWindow ?? undefined,
        defaultDirectory: () => app.getPath('documents'),
      },
    );
    createWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow();
    });
  });
}
