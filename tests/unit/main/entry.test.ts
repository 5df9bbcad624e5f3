import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { mainWindowOptions } from '../../../src/main/window';
import { IPC_CHANNELS } from '../../../src/shared/bridge';

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
    }>,
    handled: [] as string[],
    handlers: new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>(),
    sessionHooks: [] as string[],
    sandboxEnabled: false,
  };
});

vi.mock('electron', () => {
  class BrowserWindow {
    static getAllWindows = () => state.windows;
    readonly loaded: string[] = [];
    readonly webContents = { id: state.windows.length + 1, on() {} };
    constructor(readonly options: { webPreferences: Record<string, unknown>; title?: string }) {
      state.windows.push(this);
    }
    once() {}
    on() {}
    setMenu() {}
    isDestroyed() {
      return false;
    }
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
      enableSandbox: () => (state.sandboxEnabled = true),
      requestSingleInstanceLock: () => true,
      on: (name: string, listener: (...args: unknown[]) => void) => state.appListeners.set(name, listener),
      whenReady: () => state.readyPromise,
      getPath: () => '/home/user/Documents',
      quit: () => undefined,
    },
    BrowserWindow,
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
    },
  };
});

describe('main entry', () => {
  it('hardens the session, registers the bridge and opens one sandboxed window on the built renderer', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', '');
    await import('../../../src/main/index');
    expect(state.sandboxEnabled).toBe(true);
    expect(state.appListeners.has('web-contents-created')).toBe(true);
    expect(state.windows).toHaveLength(0);

    state.ready();
    await vi.waitFor(() => expect(state.windows).toHaveLength(1));
    expect(state.sessionHooks.sort()).toEqual(['onBeforeRequest', 'onHeadersReceived', 'permissionCheck', 'permissionRequest']);
    expect(state.handled.sort()).toEqual(Object.values(IPC_CHANNELS).sort());
    const [window] = state.windows;
    const srcMain = resolve(__dirname, '../../../src/main');
    // The switches themselves are listed once, in security.test.ts; here, that the entry uses them with its own preload.
    expect(window?.options.webPreferences).toEqual(mainWindowOptions(resolve(srcMain, '../preload/index.cjs')).webPreferences);
    expect(window?.loaded).toEqual([pathToFileURL(resolve(srcMain, '../renderer/index.html')).href]);
  });
});

describe('stage display', () => {
  const eventId = '3f0c2a9e-8b1d-4c6e-9a2f-5d7b1e0c4a88';
  const entry = pathToFileURL(resolve(__dirname, '../../../src/main/../renderer/index.html')).href;
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
