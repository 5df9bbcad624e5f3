import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { NetworkInterfaceInfo } from 'node:os';
import type { HostSyncRequest, HostSyncResult, SyncHostStatus } from '../shared/bridge';
import { joinLink, lanAddresses } from './lan';
import { createRelay, type Relay } from './relay';

export interface SyncHostOptions {
  /** What the listener answers to plain HTTP requests (the web app, or the desktop's short page). */
  handleRequest(request: IncomingMessage, response: ServerResponse): void;
  /** Interface to listen on: every one by default, so the venue network can reach it. */
  listenHost?: string;
  /**
   * Port to ask for when the listener first opens; 0 (the default) lets the system pick a free one.
   * When hosting is turned on again, the last port is asked for first, so links already shared still work.
   */
  port?: number;
  networkInterfaces(): NodeJS.Dict<NetworkInterfaceInfo[]>;
}

export interface SyncHost {
  /** Starts hosting (opening the listener if it is closed) or adds the room to the running relay. */
  host(request: HostSyncRequest): Promise<HostSyncResult>;
  /** Removes the room and closes its connections; with no room left, the listener closes. */
  stop(eventId: string): Promise<void>;
  status(): SyncHostStatus;
  /** Closes everything (the app is quitting). */
  close(): Promise<void>;
  readonly relay: Relay;
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error): void => {
      server.off('listening', onListening);
      reject(error);
    };
    const onListening = (): void => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

/**
 * Hosting live sync: the relay on its own listener, open on the LAN only while at least one event
 * is hosted. The same listener serves plain requests (the join link opens there), so one port is
 * shown to the user.
 */
export function createSyncHost(options: SyncHostOptions): SyncHost {
  const relay = createRelay();
  const listenHost = options.listenHost ?? '0.0.0.0';
  let listener: { server: Server; port: number } | null = null;
  let lastPort = options.port ?? 0;
  // Calls run one after another: a stop while the listener opens must not leave it open, or half-closed.
  let queue: Promise<unknown> = Promise.resolve();
  const serially = <T>(work: () => Promise<T>): Promise<T> => {
    const result = queue.then(work);
    queue = result.catch(() => undefined);
    return result;
  };

  const open = async (): Promise<number> => {
    if (listener) return listener.port;
    const server = createServer(options.handleRequest);
    server.on('upgrade', (request, socket, head) => relay.handleUpgrade(request, socket, head));
    let port: number;
    try {
      port = await listen(server, lastPort, listenHost);
    } catch (error) {
      // The last port was taken meanwhile: any free one (new links then), unless the caller named it.
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || lastPort === 0 || lastPort === options.port) throw error;
      port = await listen(server, 0, listenHost);
    }
    listener = { server, port };
    lastPort = port;
    return port;
  };

  const shut = async (): Promise<void> => {
    const current = listener;
    listener = null;
    relay.closeConnections();
    if (current) await closeServer(current.server);
  };

  return {
    relay,
    host: ({ eventId, joinCode }) =>
      serially(async () => {
        relay.addRoom(eventId, joinCode);
        try {
          const port = await open();
          const addresses = lanAddresses(options.networkInterfaces());
          return {
            port,
            addresses,
            link: joinLink(addresses[0] ?? '127.0.0.1', port, eventId, joinCode),
            localUrl: `ws://127.0.0.1:${port}/sync`,
          };
        } catch (error) {
          relay.removeRoom(eventId);
          throw error;
        }
      }),
    stop: (eventId) =>
      serially(async () => {
        relay.removeRoom(eventId);
        if (relay.rooms().length === 0) await shut();
      }),
    status: () => ({ hosting: listener !== null, port: listener?.port ?? null, rooms: relay.rooms() }),
    close: () =>
      serially(async () => {
        for (const eventId of relay.rooms()) relay.removeRoom(eventId);
        await shut();
      }),
  };
}
