import type { BrowserWindowConstructorOptions, Rectangle, WebPreferences } from 'electron';

/**
 * Every security switch is spelled out even where it is already Electron's default, so a future
 * default change or a careless edit shows up in review/tests. Every window of the app, the hidden
 * print window included, takes all of them.
 */
const LOCKED_DOWN = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
} as const satisfies WebPreferences;

/** DevTools are off unless asked for: only a development run (not the installed app) asks. */
function secureWebPreferences(preloadPath: string, devTools: boolean): WebPreferences {
  return { preload: preloadPath, devTools, ...LOCKED_DOWN, spellcheck: true };
}

/** The session of the hidden windows that print reports to PDF, apart from the app's own. */
export const PRINT_PARTITION = 'relator-print';

/**
 * A hidden window that prints a report to PDF: no preload, no JavaScript (the page is static and
 * holds user text), its own session, a Letter-sized viewport.
 */
export function printWindowOptions(): BrowserWindowConstructorOptions {
  return {
    width: 816,
    height: 1056,
    show: false,
    webPreferences: {
      partition: PRINT_PARTITION,
      javascript: false,
      ...LOCKED_DOWN,
      spellcheck: false,
    },
  };
}

/** The moderator's / rapporteur's window. */
export function mainWindowOptions(preloadPath: string, devTools = false): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 840,
    minWidth: 720,
    minHeight: 520,
    show: false,
    title: 'Relator',
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(preloadPath, devTools),
  };
}

const STAGE_WINDOW_SIZE = { width: 960, height: 540 } as const;

/**
 * The stage display for the room. Black from the first frame, so a projector never flashes
 * white; placed on `bounds` (another display's work area) when there is one.
 */
export function stageWindowOptions(
  preloadPath: string,
  title: string,
  bounds?: Rectangle,
  devTools = false,
): BrowserWindowConstructorOptions {
  return {
    ...(bounds ?? STAGE_WINDOW_SIZE),
    minWidth: 320,
    minHeight: 180,
    show: false,
    title,
    backgroundColor: '#000',
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(preloadPath, devTools),
  };
}
