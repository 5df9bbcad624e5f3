import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, shell } from 'electron';
import * as fs from 'node:fs/promises';
import { networkInterfaces } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isAppUrl, resolveAppLocation } from './app-location';
import { createQuitBackup } from './backup/quit';
import { createBackupService } from './backup/service';
import { registerIpcHandlers } from './ipc/register';
import { createOpenedFiles, eventFilesInArgs } from './open-files';
import { appMenuTemplate } from './menu/app-menu';
import { menuLanguage, type MenuLanguage } from './menu/menu-text';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './protocol/app-protocol';
import { hardenSession, hardenWebContents } from './security';
import { createStageWindows, type StageWindows } from './stage-window';
import { lazySyncHosting } from './sync/hosting';
import { createPdfPrinter } from './pdf-printer';
import { mainWindowOptions, PRINT_PARTITION } from './window';
import { IPC_EVENTS, QUIT_BACKUP_CHANNEL } from '../shared/bridge';
import { validateExternalUrl } from '../shared/bridge-validate';

/* Thin entry: wires the real Electron objects into the tested modules and does nothing else. */

const here = dirname(fileURLToPath(import.meta.url));
// An installed app never takes its pages from elsewhere, whatever the environment says.
const development = !app.isPackaged;
const location = resolveAppLocation(process.env.ELECTRON_RENDERER_URL, { packaged: app.isPackaged });
const rendererRoot = join(here, '../renderer');
const preloadPath = join(here, '../preload/index.cjs');
let mainWindow: BrowserWindow | null = null;
// Created once the app is ready: Electron's screen cannot be used before.
let stageWindows: StageWindows<BrowserWindow> | undefined;
// Double-clicked event files wait here until the window takes them (src/main/open-files.ts).
const openedFiles = createOpenedFiles(fs, () => mainWindow?.webContents.send(IPC_EVENTS.fileOpened));

/** The menu in `language`: the system's at first, then the UI's as soon as the page says which it is. */
function setMenu(language: MenuLanguage): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate({ language, platform: process.platform, development })));
}
// The last changes reach the backups folder before the app goes: the window is asked to write them.
const quitBackup = createQuitBackup({
  request: () => {
    if (!mainWindow || mainWindow.isDestroyed()) return false;
    mainWindow.webContents.send(QUIT_BACKUP_CHANNEL);
    return true;
  },
  quit: () => app.quit(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
});

// Live sync's relay, listening on the LAN only while the user hosts an event (src/relay).
const syncHosting = lazySyncHosting(async () => {
  const { createSyncHost, desktopHostRequests } = await import('../relay/index');
  // The LAN listener also serves the venue device page (stage display, remote) from the renderer's build.
  return createSyncHost({ handleRequest: desktopHostRequests(rendererRoot), networkInterfaces });
});

function openExternal(url: string): void {
  shell.openExternal(validateExternalUrl(url)).catch((error: unknown) => console.error('openExternal failed', error));
}

function createWindow(): void {
  const window = new BrowserWindow(mainWindowOptions(preloadPath, development));
  mainWindow = window;
  window.once('ready-to-show', () => window.show());
  // Closing the window quits the app (except on macOS, where Cmd+Q does and 'before-quit' covers it):
  // the last backups are written first, as for a quit.
  if (process.platform !== 'darwin') window.on('close', (event) => quitBackup.beforeQuit(event));
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
    // The stage only mirrors the moderator's screen; left alone it would keep the app running.
    stageWindows?.closeAll();
  });
  void window.loadURL(location.entryUrl);
}

// Every renderer is sandboxed, including any the app never meant to create.
app.enableSandbox();
// Must happen before "ready": the scheme's privileges are fixed when Chromium starts.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

if (!app.requestSingleInstanceLock()) {
  // A second copy would share the same stored notes; the first one is brought forward instead.
  app.quit();
} else {
  // Windows and Linux name a double-clicked file on the command line, of this start or of a second one.
  openedFiles.add(eventFilesInArgs(process.argv.slice(1), process.cwd()));
  app.on('second-instance', (_event, argv, workingDirectory) => {
    openedFiles.add(eventFilesInArgs(argv.slice(1), workingDirectory));
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  // macOS sends the file as an event, possibly before the app is ready.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openedFiles.add(eventFilesInArgs([path], process.cwd()));
  });

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, location, openExternal));

  app.on('before-quit', (event) => quitBackup.beforeQuit(event));
  // Nothing keeps listening on the LAN once the app is gone.
  app.on('will-quit', () => void syncHosting.close().catch((error: unknown) => console.error('closing the sync relay failed', error)));

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  void app.whenReady().then(() => {
    if (location.kind === 'app') protocol.handle(APP_SCHEME, createAppProtocolHandler(fs, rendererRoot));
    hardenSession(session.defaultSession, location);
    app.setAboutPanelOptions({ applicationName: 'Relator', applicationVersion: app.getVersion() });
    setMenu(menuLanguage(app.getPreferredSystemLanguages()));
    const stages = createStageWindows({
      create: (options) => new BrowserWindow(options),
      screen,
      preloadPath,
      devTools: development,
      entryUrl: location.entryUrl,
      moderatorBounds: () => mainWindow?.getBounds(),
    });
    stageWindows = stages;
    const printPdf = createPdfPrinter({
      create: (options) => new BrowserWindow(options),
      session: session.fromPartition(PRINT_PARTITION),
      fs,
      tempDirectory: () => app.getPath('temp'),
    });
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
        openStageWindow: ({ eventId, title, mesaId }) => void stages.open(eventId, title, mesaId ?? null),
        takeOpenedFile: () => openedFiles.takeNext(),
        setMenuLanguage: setMenu,
        printPdf,
        backups: createBackupService({
          fs,
          now: () => Date.now(),
          utcOffsetMinutes: (ms) => -new Date(ms).getTimezoneOffset(),
          defaultFolder: join(app.getPath('documents'), 'Relator', 'Copias de seguridad'),
          dataFolder: app.getPath('userData'),
        }),
        quitBackupDone: () => quitBackup.done(),
        sync: syncHosting,
      },
    );
    createWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow();
    });
  });
}
