import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { docs, setPersistence, setupWSConnection } from '@y/websocket-server/utils';
import { WebSocketServer, type WebSocket } from 'ws';
import { UUID_PATTERN } from '../core/model/ids';
import { codesMatch, isJoinCode } from './join-codes';
import { createVenueDevices, type VenueRole } from './venue';

/** Where the y-websocket clients connect: `/sync/<eventId>?code=<joinCode>` (docs/sync.md). */
const SYNC_PATH = '/sync/';
/**
 * Venue devices (docs/venue-devices.md): the moderator's copy at `/sync/venue/<eventId>?code=<joinCode>`,
 * a stage display at `/sync/stage/<eventId>?code=<stageCode>`, a remote at `/sync/remote/<eventId>?code=<controlCode>`.
 */
const VENUE_PATHS: Record<string, 'source' | 'stage' | 'remote'> = { venue: 'source', stage: 'stage', remote: 'remote' };

/**
 * @y/websocket-server keeps each room's Y document in memory until the last client leaves only when
 * a persistence layer is set; without one it would keep every document for the life of the process.
 * This one stores nothing (clients hold the state in IndexedDB and sync it back after a restart):
 * it is there so the server destroys and forgets a document when its room empties.
 */
setPersistence({ provider: null, bindState: () => undefined, writeState: async () => undefined });

export interface Relay {
  /**
   * Lets clients with `joinCode` into the event's room. A new code for a room already open closes
   * the connections let in with the old one.
   */
  addRoom(eventId: string, joinCode: string): void;
  /** Closes the room's connections and refuses it from now on. */
  removeRoom(eventId: string): void;
  /** The registered rooms (event ids), sorted. */
  rooms(): string[];
  /** Event ids whose document is in memory now: a room with at least one client. */
  roomsInMemory(): string[];
  /** Open connections to one room. */
  connectionCount(eventId: string): number;
  /** For an http.Server's 'upgrade' event: accepts a WebSocket only for a registered room with its code. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void;
  /** Closes every connection (the rooms stay registered). */
  closeConnections(): void;
  /** Venue devices connected to a room now (stage displays and remotes; or one kind). */
  deviceCount(eventId: string, kind?: 'stage' | 'remote'): number;
}

type Verdict = { ok: true; eventId: string; venue: VenueRole | null } | { ok: false; status: 401 | 403 | 404; reason: string };

type Refusal = Extract<Verdict, { ok: false }>;
const NOT_FOUND: Refusal = { ok: false, status: 404, reason: 'Not found' };

/** Decides at the HTTP upgrade, before any WebSocket exists. */
function judge(
  request: IncomingMessage,
  codes: ReadonlyMap<string, string>,
  findGrant: (eventId: string, kind: 'stage' | 'remote', code: string) => Extract<VenueRole, { role: 'device' }>['grant'] | null,
): Verdict {
  let url: URL;
  try {
    url = new URL(request.url ?? '', 'http://relay.invalid');
  } catch {
    return NOT_FOUND;
  }
  if (!url.pathname.startsWith(SYNC_PATH)) return NOT_FOUND;
  const parts = url.pathname.slice(SYNC_PATH.length).split('/');
  const role = parts.length === 2 ? VENUE_PATHS[parts[0]!] : undefined;
  if (parts.length === 2 && role === undefined) return NOT_FOUND;
  const eventId = parts.at(-1)!;
  if (parts.length > 2 || !UUID_PATTERN.test(eventId)) return NOT_FOUND;
  const given = url.searchParams.get('code');
  if (given === null || given === '') return { ok: false, status: 401, reason: 'A join code is needed' };
  const expected = codes.get(eventId);
  // An unknown event and a wrong code get the same answer: the relay does not tell which events it hosts.
  const refused: Refusal = { ok: false, status: 403, reason: 'Wrong event or code' };
  if (role === 'stage' || role === 'remote') {
    // A device's code opens one mesa's stage (or remote) only, never the event's document.
    const grant = expected === undefined ? null : findGrant(eventId, role, given);
    return grant ? { ok: true, eventId, venue: { role: 'device', kind: role, grant } } : refused;
  }
  if (expected === undefined || !codesMatch(given, expected)) return refused;
  return { ok: true, eventId, venue: role === 'source' ? { role: 'source' } : null };
}

function refuse(socket: Duplex, status: number, reason: string): void {
  const body = `${reason}\n`;
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}

/**
 * The live-sync relay: the standard y-websocket protocol (sync and awareness) served by
 * @y/websocket-server, behind a check of each event's join code. It keeps no history: a room's
 * document lives only while clients are connected to it.
 * One relay per process: @y/websocket-server keeps its documents in one module-wide map.
 */
export function createRelay(): Relay {
  const codes = new Map<string, string>();
  const connections = new Map<string, Set<WebSocket>>();
  const server = new WebSocketServer({ noServer: true });
  const venue = createVenueDevices((eventId) => codes.has(eventId));

  const dropConnections = (eventId: string): void => {
    // terminate(): the sockets go now, and @y/websocket-server's close handler unloads the document.
    for (const socket of connections.get(eventId) ?? []) socket.terminate();
  };

  return {
    addRoom(eventId, joinCode) {
      if (!UUID_PATTERN.test(eventId)) throw new Error('the event id must be a UUID');
      if (!isJoinCode(joinCode)) throw new Error('the join code must be at least 22 URL-safe characters (128 bits)');
      const previous = codes.get(eventId);
      codes.set(eventId, joinCode);
      if (previous !== undefined && previous !== joinCode) {
        dropConnections(eventId);
        venue.dropEvent(eventId);
      }
    },
    removeRoom(eventId) {
      codes.delete(eventId);
      dropConnections(eventId);
      venue.dropEvent(eventId);
    },
    rooms: () => [...codes.keys()].sort(),
    roomsInMemory: () => [...docs.keys()].sort(),
    connectionCount: (eventId) => connections.get(eventId)?.size ?? 0,
    handleUpgrade(request, socket, head) {
      const verdict = judge(request, codes, venue.findGrant);
      if (!verdict.ok) return refuse(socket, verdict.status, verdict.reason);
      const { eventId } = verdict;
      if (verdict.venue) return venue.accept(request, socket, head, eventId, verdict.venue);
      server.handleUpgrade(request, socket, head, (ws) => {
        // The room may have been removed while the handshake was under way.
        if (!codes.has(eventId)) return ws.terminate();
        let open = connections.get(eventId);
        if (!open) connections.set(eventId, (open = new Set()));
        open.add(ws);
        ws.on('close', () => {
          open.delete(ws);
          if (open.size === 0 && connections.get(eventId) === open) connections.delete(eventId);
        });
        setupWSConnection(ws, request, { docName: eventId });
      });
    },
    closeConnections() {
      for (const eventId of connections.keys()) dropConnections(eventId);
      for (const eventId of codes.keys()) venue.dropEvent(eventId);
    },
    deviceCount: (eventId, kind) => venue.deviceCount(eventId, kind),
  };
}
