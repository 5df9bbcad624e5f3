import { IPC_CHANNELS, type RelatorBridge } from '../shared/bridge';

/** The only ipcRenderer capability the bridge needs; the object itself never leaves this file. */
export interface InvokeOnly {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
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
export function createBridge(ipc: InvokeOnly): RelatorBridge {
  return Object.freeze({
    openFile: (request) => call(ipc, IPC_CHANNELS.openFile, request),
    saveFile: (request) => call(ipc, IPC_CHANNELS.saveFile, request),
    openExternal: (url) => call<void>(ipc, IPC_CHANNELS.openExternal, url),
    openStageWindow: (request) => call<void>(ipc, IPC_CHANNELS.openStageWindow, request),
  } satisfies RelatorBridge);
}

const BRIDGE_KEY = 'relator';

export function exposeBridge(contextBridge: ContextBridgeLike, ipc: InvokeOnly): void {
  contextBridge.exposeInMainWorld(BRIDGE_KEY, createBridge(ipc));
}
