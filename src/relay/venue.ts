import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import {
  asDeviceMessage,
  asSourceMessage,
  CLOSE_REVOKED,
  CLOSE_SOURCE_GONE,
  MAX_GRANTS_PER_EVENT,
  MAX_VENUE_MESSAGE_BYTES,
  parseFrame,
  type DeviceKind,
  type MesaKey,
  type StageView,
  type ToDeviceMessage,
  type ToSourceMessage,
} from '../core/venue/protocol';
import { codesMatch } from './join-codes';

/**
 * Venue devices (docs/venue-devices.md): stage displays and remotes on other devices of the
 * venue network. The moderator's copy (the `source`, let in with the event's join code) grants
 * codes, each for one kind and one mesa; a device let in with such a code gets only that mesa's
 * stage view, and a remote's commands go to the source that granted its code. The relay checks
 * every message's shape before it forwards it; the moderator's copy checks commands again.
 */

interface Grant {
  code: string;
  kind: DeviceKind;
  mesa: MesaKey;
  owner: WebSocket;
  devices: Set<WebSocket>;
}

interface EventDevices {
  sources: Set<WebSocket>;
  grants: Grant[];
  /** The last view of each mesa, so a device that connects shows the stage at once. */
  views: Map<MesaKey, StageView>;
}

export type VenueRole = { role: 'source' } | { role: 'device'; kind: DeviceKind; grant: Grant };

export interface VenueDevices {
  /** Finds the grant a device's code opens, comparing every grant's code in constant time; null when none. */
  findGrant(eventId: string, kind: DeviceKind, code: string): Grant | null;
  /** Accepts the WebSocket of a connection the relay has judged (role and event). */
  accept(request: IncomingMessage, socket: Duplex, head: Buffer, eventId: string, role: VenueRole): void;
  /** Closes the event's connections (sources and devices) and forgets its grants. */
  dropEvent(eventId: string): void;
  /** Devices connected to an event now, by kind. */
  deviceCount(eventId: string, kind?: DeviceKind): number;
}

const send = (socket: WebSocket, message: ToDeviceMessage | ToSourceMessage): void => {
  if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
};

const frameText = (data: RawData): string =>
  (Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer)).toString('utf8');

export function createVenueDevices(isOpen: (eventId: string) => boolean, now: () => number = () => Date.now()): VenueDevices {
  const events = new Map<string, EventDevices>();
  // maxPayload: a larger frame closes the connection before it is even buffered whole.
  const server = new WebSocketServer({ noServer: true, maxPayload: MAX_VENUE_MESSAGE_BYTES });

  const of = (eventId: string): EventDevices => {
    let entry = events.get(eventId);
    if (!entry) events.set(eventId, (entry = { sources: new Set(), grants: [], views: new Map() }));
    return entry;
  };

  const report = (entry: EventDevices, owner: WebSocket): void => {
    const devices = entry.grants
      .filter((g) => g.owner === owner)
      .map((g) => ({ code: g.code, kind: g.kind, mesa: g.mesa, connected: g.devices.size }));
    send(owner, { type: 'devices', devices });
  };

  const removeGrant = (entry: EventDevices, grant: Grant, closeCode: number, reason: string): void => {
    entry.grants = entry.grants.filter((g) => g !== grant);
    for (const device of grant.devices) device.close(closeCode, reason);
    grant.devices.clear();
  };

  const forget = (eventId: string, entry: EventDevices): void => {
    if (entry.sources.size === 0 && entry.grants.length === 0 && events.get(eventId) === entry) events.delete(eventId);
  };

  const onSource = (eventId: string, ws: WebSocket): void => {
    const entry = of(eventId);
    entry.sources.add(ws);
    ws.on('message', (data, isBinary) => {
      const message = isBinary ? null : asSourceMessage(parseFrame(frameText(data)));
      if (!message) return ws.close(1008, 'Invalid message');
      switch (message.type) {
        case 'ping':
          return send(ws, { type: 'pong', id: message.id, time: now() });
        case 'grant': {
          const existing = entry.grants.find((g) => codesMatch(g.code, message.code));
          if (existing && (existing.kind !== message.kind || existing.mesa !== message.mesa)) return ws.close(1008, 'Code in use');
          if (existing) existing.owner = ws;
          else if (entry.grants.length >= MAX_GRANTS_PER_EVENT) return ws.close(1008, 'Too many devices');
          else entry.grants.push({ code: message.code, kind: message.kind, mesa: message.mesa, owner: ws, devices: new Set() });
          return report(entry, ws);
        }
        case 'revoke': {
          const grant = entry.grants.find((g) => g.owner === ws && codesMatch(g.code, message.code));
          if (grant) removeGrant(entry, grant, CLOSE_REVOKED, 'Revoked');
          return report(entry, ws);
        }
        case 'view': {
          entry.views.set(message.mesa, message.view);
          for (const grant of entry.grants) {
            if (grant.mesa !== message.mesa) continue;
            for (const device of grant.devices) send(device, { type: 'view', view: message.view });
          }
          return;
        }
      }
    });
    ws.on('close', () => {
      entry.sources.delete(ws);
      // A source's grants live as long as its connection: its devices wait (and retry) until it is back.
      for (const grant of entry.grants.filter((g) => g.owner === ws)) removeGrant(entry, grant, CLOSE_SOURCE_GONE, 'Moderator gone');
      if (entry.sources.size === 0) entry.views.clear();
      forget(eventId, entry);
    });
  };

  const onDevice = (eventId: string, ws: WebSocket, kind: DeviceKind, grant: Grant): void => {
    const entry = of(eventId);
    grant.devices.add(ws);
    report(entry, grant.owner);
    send(ws, { type: 'view', view: entry.views.get(grant.mesa) ?? null });
    ws.on('message', (data, isBinary) => {
      const message = isBinary ? null : asDeviceMessage(parseFrame(frameText(data)), kind);
      if (!message) return ws.close(1008, 'Invalid message');
      if (message.type === 'ping') return send(ws, { type: 'pong', id: message.id, time: now() });
      // The grant may have been revoked since the command was sent.
      if (entry.grants.includes(grant)) send(grant.owner, { type: 'command', mesa: grant.mesa, command: message.command });
    });
    ws.on('close', () => {
      if (!grant.devices.delete(ws)) return;
      if (entry.grants.includes(grant)) report(entry, grant.owner);
    });
  };

  return {
    findGrant(eventId, kind, code) {
      let found: Grant | null = null;
      // Every code is compared, found or not, so the time taken does not tell how many codes precede it.
      for (const grant of events.get(eventId)?.grants ?? []) if (codesMatch(code, grant.code) && grant.kind === kind) found = grant;
      return found;
    },
    accept(request, socket, head, eventId, role) {
      server.handleUpgrade(request, socket, head, (ws) => {
        // The room, or the grant, may have gone while the handshake was under way.
        if (!isOpen(eventId)) return ws.terminate();
        if (role.role === 'source') return onSource(eventId, ws);
        if (!events.get(eventId)?.grants.includes(role.grant)) return ws.close(CLOSE_SOURCE_GONE, 'Moderator gone');
        onDevice(eventId, ws, role.kind, role.grant);
      });
    },
    dropEvent(eventId) {
      const entry = events.get(eventId);
      if (!entry) return;
      events.delete(eventId);
      // The devices are told the link is over (they stop retrying); the moderator's copy sees its connection drop.
      for (const grant of entry.grants) for (const device of grant.devices) device.close(CLOSE_REVOKED, 'Hosting stopped');
      for (const source of entry.sources) source.terminate();
    },
    deviceCount(eventId, kind) {
      let count = 0;
      for (const grant of events.get(eventId)?.grants ?? []) if (kind === undefined || grant.kind === kind) count += grant.devices.size;
      return count;
    },
  };
}
