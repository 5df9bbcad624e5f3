import { app, BrowserWindow, dialog, ipcMain, screen, session, shell } from 'electron';
import * as fs from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isAppUrl, resolveAppLocation } from './app-location';
import { registerIpcHandlers } from './ipc/register';
import { hardenSession, hardenWebContents } from './security';
import { createStageWindows, type StageWindows } from './stage-window';
import { mainWindowOptions } from './window';
import { validateExternalUrl } from '../shared/bridge-validate';

/* Thin entry: wires the real Electron objects into the tested modules and does nothing else. */

const here = dirname(fileURLToPath(import.meta.url));
const location = resolveAppLocation(join(here, '../renderer/index.html'), process.env.ELECTRON_RENDERER_URL);
const preloadPath = join(here, '../preload/index.cjs');
let mainWindow: BrowserWindow | null = null;
// Created once the app is ready: Electron's screen cannot be used before.
let stageWindows: StageWindows<BrowserWindow> | undefined;

function openExternal(url: string): void {
  shell.openExternal(validateExternalUrl(url)).catch((error: unknown) => console.error('openExternal failed', error));
}

function createWindow(): void {
  const window = new BrowserWindow(mainWindowOptions(preloadPath));
  mainWindow = window;
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
    // The stage only mirrors the moderator's screen; left alone it would keep the app running.
    stageWindows?.closeAll();
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
    const stages = createStageWindows({
      create: (options) => new BrowserWindow(options),
      screen,
      preloadPath,
      entryUrl: location.entryUrl,
      moderatorBounds: () => mainWindow?.getBounds(),
    });
    stageWindows = stages;
    // Only the main window is a trusted sender: the stage display reads the shared database
    // and listens on a BroadcastChannel, so it never needs the bridge.
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
        openStageWindow: ({ eventId, title }) => void stages.open(eventId, title),
      },
    );
    createWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow();
    });
  });
}
