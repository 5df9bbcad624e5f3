import { IPC_CHANNELS, IPC_EVENTS, QUIT_BACKUP_CHANNEL, type RelatorBridge } from '../shared/bridge';

/** The ipcRenderer capabilities the bridge needs; the object itself never leaves this file. */
export interface InvokeOnly {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
}

export interface ListenOnly {
  on(channel: string, listener: (...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (...args: unknown[]) => void): unknown;
}

export interface ContextBridgeLike {
  exposeInMainWorld(apiKey: string, api: unknown): void;
}

/**
 * Electron wraps a rejected handler's message as "Error invoking remote method '<channel>':
 * Error: <message>". The renderer only needs our message (it carries the [relator:code]).
 */
function unwrap(error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error);
  const inner = /^Error invoking remote method '[^']*': (?:\w*Error: )?([\s\S]*)$/.exec(message);
  return new Error(inner?.[1] ?? message);
}

async function call<T>(ipc: InvokeOnly, channel: string, arg: unknown): Promise<T> {
  try {
    return (await ipc.invoke(channel, arg)) as T;
  } catch (error) {
    throw unwrap(error);
  }
}

/**
 * Fixed functions on fixed channels, one argument each. The renderer cannot choose a channel
 * or reach ipcRenderer; whatever it passes is checked again in the main process.
 */
export function createBridge(ipc: InvokeOnly & ListenOnly): RelatorBridge {
  return Object.freeze({
    openFile: (request) => call(ipc, IPC_CHANNELS.openFile, request),
    saveFile: (request) => call(ipc, IPC_CHANNELS.saveFile, request),
    openExternal: (url) => call<void>(ipc, IPC_CHANNELS.openExternal, url),
    openStageWindow: (request) => call<void>(ipc, IPC_CHANNELS.openStageWindow, request),
    takeOpenedFile: () => call(ipc, IPC_CHANNELS.takeOpenedFile, undefined),
    setLanguage: (language) => call<void>(ipc, IPC_CHANNELS.setLanguage, language),
    onFileOpened: (listener) => {
      // The page gets no arguments: Electron's event object would hand it the ipcRenderer itself.
      const forward = (): void => listener();
      ipc.on(IPC_EVENTS.fileOpened, forward);
      return () => void ipc.removeListener(IPC_EVENTS.fileOpened, forward);
    },
    printPdf: (request) => call<Uint8Array>(ipc, IPC_CHANNELS.printPdf, request),
    backupLocation: () => call(ipc, IPC_CHANNELS.backupLocation, undefined),
    chooseBackupFolder: (request) => call(ipc, IPC_CHANNELS.chooseBackupFolder, request),
    resetBackupFolder: () => call(ipc, IPC_CHANNELS.resetBackupFolder, undefined),
    writeBackup: (request) => call(ipc, IPC_CHANNELS.writeBackup, request),
    listBackups: () => call(ipc, IPC_CHANNELS.listBackups, undefined),
    readBackup: (name) => call(ipc, IPC_CHANNELS.readBackup, name),
    readDatabaseMarker: () => call(ipc, IPC_CHANNELS.readDatabaseMarker, undefined),
    writeDatabaseMarker: (marker) => call<void>(ipc, IPC_CHANNELS.writeDatabaseMarker, marker),
    hostSync: (request) => call(ipc, IPC_CHANNELS.hostSync, request),
    stopHostingSync: (request) => call<void>(ipc, IPC_CHANNELS.stopHostingSync, request),
    syncHostStatus: () => call(ipc, IPC_CHANNELS.syncHostStatus, undefined),
    onQuitBackup: (callback) => {
      if (typeof callback !== 'function') return;
      ipc.on(QUIT_BACKUP_CHANNEL, () => {
        // Whatever the page's backups do, the main process hears back and can quit.
        const settle = () => void ipc.invoke(IPC_CHANNELS.quitBackupDone, undefined).catch(() => undefined);
        Promise.resolve().then(callback).then(settle, settle);
      });
    },
  } satisfies RelatorBridge);
}

const BRIDGE_KEY = 'relator';

export function exposeBridge(contextBridge: ContextBridgeLike, ipc: InvokeOnly & ListenOnly): void {
  contextBridge.exposeInMainWorld(BRIDGE_KEY, createBridge(ipc));
}
