import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { mainWindowOptions } from '../../../src/main/window';
import { IPC_CHANNELS, IPC_EVENTS, type OpenedFile } from '../../../src/shared/bridge';

/*
 * The real entry, src/main/index.ts, run against a stand-in 'electron' module (there is no
 * Electron binary on this machine): checks the wiring between Electron and the tested modules.
 */
const state = vi.hoisted(() => {
  const appListeners = new Map<string, (...args: unknown[]) => void>();
  let ready!: () => void;
  const readyPromise = new Promise<void>((resolve) => (ready = resolve));
  return {
    appListeners,
    ready,
    readyPromise,
    windows: [] as Array<{
      options: { webPreferences: Record<string, unknown>; title?: string };
      loaded: string[];
      webContents: { id: number };
      focus?: () => void;
    }>,
    handled: [] as string[],
    handlers: new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>(),
    sessionHooks: [] as string[],
    sandboxEnabled: false,
    privilegedSchemes: [] as unknown[],
    protocolHandlers: new Map<string, (request: { url: string; method: string }) => Promise<Response>>(),
    menu: undefined as unknown,
    sent: [] as string[],
  };
});

vi.mock('electron', () => {
  class BrowserWindow {
    static getAllWindows = () => state.windows;
    readonly loaded: string[] = [];
    readonly webContents = { id: state.windows.length + 1, on() {}, send: (channel: string) => void state.sent.push(channel) };
    constructor(readonly options: { webPreferences: Record<string, unknown>; title?: string }) {
      state.windows.push(this);
    }
    once() {}
    on() {}
    setMenu() {}
    isDestroyed() {
      return false;
    }
    isMinimized() {
      return false;
    }
    focus() {}
    getBounds() {
      return { x: 0, y: 0, width: 1280, height: 840 };
    }
    loadURL(url: string) {
      this.loaded.push(url);
      return Promise.resolve();
    }
  }
  const hook = (name: string) => () => void state.sessionHooks.push(name);
  return {
    app: {
      isPackaged: true,
      getVersion: () => '0.1.0',
      getPreferredSystemLanguages: () => ['es-CO', 'en-US'],
      setAboutPanelOptions: () => undefined,
      enableSandbox: () => (state.sandboxEnabled = true),
      requestSingleInstanceLock: () => true,
      on: (name: string, listener: (...args: unknown[]) => void) => state.appListeners.set(name, listener),
      whenReady: () => state.readyPromise,
      getPath: () => '/home/user/Documents',
      quit: () => undefined,
    },
    BrowserWindow,
    Menu: {
      buildFromTemplate: (template: unknown) => ({ template }),
      setApplicationMenu: (menu: unknown) => (state.menu = menu),
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => {
        state.privilegedSchemes.push(...schemes);
      },
      handle: (scheme: string, handler: (request: { url: string; method: string }) => Promise<Response>) =>
        state.protocolHandlers.set(scheme, handler),
    },
    dialog: {},
    shell: { openExternal: async () => undefined },
    ipcMain: {
      handle: (channel: string, listener: (event: unknown, ...args: unknown[]) => Promise<unknown>) => {
        state.handled.push(channel);
        state.handlers.set(channel, listener);
      },
      removeHandler: () => undefined,
    },
    screen: {
      getAllDisplays: () => [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 } }],
      getPrimaryDisplay: () => ({ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 } }),
      getDisplayMatching: () => ({ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 } }),
    },
    session: {
      defaultSession: {
        webRequest: { onBeforeRequest: hook('onBeforeRequest'), onHeadersReceived: hook('onHeadersReceived') },
        setPermissionRequestHandler: hook('permissionRequest'),
        setPermissionCheckHandler: hook('permissionCheck'),
      },
      // The print windows' own session: only its request filter is set.
      fromPartition: (partition: string) => ({ webRequest: { onBeforeRequest: hook(`${partition}:onBeforeRequest`) } }),
    },
  };
});

describe('main entry', () => {
  it('hardens the session, registers the bridge and opens one sandboxed window on the app:// page', async () => {
    // The installed app (isPackaged in the stand-in) must not follow this.
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173/');
    await import('../../../src/main/index');
    expect(state.sandboxEnabled).toBe(true);
    expect(state.appListeners.has('web-contents-created')).toBe(true);
    expect(state.windows).toHaveLength(0);
    expect(state.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
    ]);

    state.ready();
    await vi.waitFor(() => expect(state.windows).toHaveLength(1));
    expect(state.sessionHooks.sort()).toEqual([
      'onBeforeRequest',
      'onHeadersReceived',
      'permissionCheck',
      'permissionRequest',
      'relator-print:onBeforeRequest',
    ]);
    expect(state.handled.sort()).toEqual(Object.values(IPC_CHANNELS).sort());
    const [window] = state.windows;
    const srcMain = resolve(__dirname, '../../../src/main');
    // The switches themselves are listed once, in security.test.ts; here, that the entry uses them
    // with its own preload, and without DevTools in the installed app.
    expect(window?.options.webPreferences).toEqual(mainWindowOptions(resolve(srcMain, '../preload/index.cjs')).webPreferences);
    expect(window?.options.webPreferences.devTools).toBe(false);
    expect(window?.loaded).toEqual(['app://relator/index.html']);
  });

  it('serves the renderer folder beside it on app://, and nothing outside it', async () => {
    await vi.waitFor(() => expect(state.protocolHandlers.has('app')).toBe(true));
    const serve = state.protocolHandlers.get('app')!;
    // Next to src/main is the renderer's source folder, which has an index.html like the build.
    const page = await serve({ url: 'app://relator/index.html', method: 'GET' });
    expect(page.status).toBe(200);
    expect(await page.text()).toBe(readFileSync(resolve(__dirname, '../../../src/renderer/index.html'), 'utf8'));
    expect((await serve({ url: 'app://relator/%2e%2e/main/index.ts', method: 'GET' })).status).not.toBe(200);
    expect((await serve({ url: 'app://relator/..%2fpackage.json', method: 'GET' })).status).toBe(400);
  });

  it('replaces the default menu with the minimal one, in the system language, without reload or DevTools', async () => {
    await vi.waitFor(() => expect(state.menu).toBeDefined());
    const { template } = state.menu as { template: Array<{ label?: string; submenu?: Array<{ role?: string }> }> };
    const labels = template.map((item) => item.label);
    expect(labels).toContain('Edición');
    expect(labels).toContain('Ayuda');
    const roles = template.flatMap((item) => item.submenu ?? []).map((item) => item.role);
    expect(roles).not.toContain('toggleDevTools');
    expect(roles).not.toContain('reload');
  });
});

describe('stage display', () => {
  const eventId = '3f0c2a9e-8b1d-4c6e-9a2f-5d7b1e0c4a88';
  const entry = 'app://relator/index.html';
  const from = (contentsId: number) => ({ sender: { id: contentsId }, senderFrame: { url: entry, parent: null } });

  it('opens from the main window, with its preload, on the event stage route, titled in the UI language; the stage itself may not use the bridge', async () => {
    await vi.waitFor(() => expect(state.windows).toHaveLength(1));
    const open = state.handlers.get(IPC_CHANNELS.openStageWindow)!;
    await open(from(state.windows[0]!.webContents.id), { eventId, title: 'Stage — Relator' });
    expect(state.windows).toHaveLength(2);
    const stage = state.windows[1]!;
    expect(stage.options.webPreferences).toEqual(state.windows[0]!.options.webPreferences);
    expect(stage.options.title).toBe('Stage — Relator');
    expect(stage.loaded).toEqual([`${entry}#/events/${eventId}/stage`]);
    await expect(open(from(stage.webContents.id), { eventId, title: 'x' })).rejects.toThrow(/forbidden-sender/);
    expect(state.windows).toHaveLength(2);
  });
});

describe('opening a double-clicked event file', () => {
  it('takes the file a second start names (Windows, Linux) or macOS sends, tells the window, and hands it over once', async () => {
    await vi.waitFor(() => expect(state.windows.length).toBeGreaterThan(0));
    const dir = mkdtempSync(join(tmpdir(), 'relator-entry-'));
    try {
      writeFileSync(join(dir, 'Foro.relator.json'), '{"a":1}');
      writeFileSync(join(dir, 'Mesa.relator.json'), '{"b":2}');
      const take = state.handlers.get(IPC_CHANNELS.takeOpenedFile)!;
      const main = { sender: { id: state.windows[0]!.webContents.id }, senderFrame: { url: 'app://relator/index.html', parent: null } };
      state.sent.length = 0;
      state.appListeners.get('second-instance')!({}, ['/opt/Relator/relator', '--flag', 'Foro.relator.json'], dir);
      let prevented = false;
      state.appListeners.get('open-file')!({ preventDefault: () => (prevented = true) }, join(dir, 'Mesa.relator.json'));
      expect(prevented).toBe(true);
      expect(state.sent).toEqual([IPC_EVENTS.fileOpened, IPC_EVENTS.fileOpened]);
      const first = (await take(main, undefined)) as OpenedFile;
      expect([first.name, new TextDecoder().decode(first.bytes)]).toEqual(['Foro.relator.json', '{"a":1}']);
      expect(((await take(main, undefined)) as OpenedFile).name).toBe('Mesa.relator.json');
      expect(await take(main, undefined)).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the menu language', () => {
  it('follows the interface once the page says which language it shows', async () => {
    await vi.waitFor(() => expect(state.menu).toBeDefined());
    const labels = () => (state.menu as { template: Array<{ label?: string }> }).template.map((item) => item.label);
    expect(labels()).toContain('Edición');
    const main = { sender: { id: state.windows[0]!.webContents.id }, senderFrame: { url: 'app://relator/index.html', parent: null } };
    await state.handlers.get(IPC_CHANNELS.setLanguage)!(main, 'en');
    expect(labels()).toEqual(expect.arrayContaining(['Edit', 'View', 'Help']));
    expect(labels()).not.toContain('Edición');
  });
});
