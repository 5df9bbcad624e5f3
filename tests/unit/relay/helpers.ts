import { randomBytes, randomUUID } from 'node:crypto';
import { vi } from 'vitest';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { createSyncHost, type SyncHost } from '../../../src/relay/sync-host';

/** A join code as the host's renderer makes it: 128 random bits, base64url. */
export const newJoinCode = (): string => randomBytes(16).toString('base64url');
export const newEventId = (): string => randomUUID();

/** A host on loopback only, with no LAN interfaces, answering plain requests with 404. */
export function loopbackHost(port = 0): SyncHost {
  return createSyncHost({
    listenHost: '127.0.0.1',
    port,
    networkInterfaces: () => ({}),
    handleRequest: (_request, response) => {
      response.statusCode = 404;
      response.end();
    },
  });
}

/**
 * A y-websocket client as a Relator copy runs it (WebsocketProvider with Node's `ws`). The
 * BroadcastChannel shortcut between providers of one process is off, so everything goes through the relay.
 */
export function client(localUrl: string, eventId: string, code: string, doc = new Y.Doc()): { doc: Y.Doc; provider: WebsocketProvider } {
  const provider = new WebsocketProvider(localUrl, eventId, doc, {
    params: { code },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    // Reconnect soon after a relay restart (the default backs off up to 2.5 s).
    maxBackoffTime: 200,
  });
  return { doc, provider };
}

export function notes(doc: Y.Doc): Record<string, unknown> {
  return doc.getMap('notes').toJSON();
}

export async function synced(provider: WebsocketProvider): Promise<void> {
  await vi.waitFor(() => {
    if (!provider.synced) throw new Error('not synced yet');
  });
}

/**
 * Opens a raw WebSocket to `url` and reports what the server answered at the upgrade: the HTTP
 * status of a refusal, or 'open' when a WebSocket was opened.
 */
export function tryConnect(url: string): Promise<{ status: number | 'open' | 'refused' }> {
  return new Promise((resolve) => {
    const socket = new WebSocket(url);
    socket.on('unexpected-response', (_request, response) => {
      resolve({ status: response.statusCode ?? 0 });
      socket.terminate();
    });
    socket.on('open', () => {
      resolve({ status: 'open' });
      socket.terminate();
    });
    socket.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ECONNREFUSED') resolve({ status: 'refused' });
    });
  });
}
