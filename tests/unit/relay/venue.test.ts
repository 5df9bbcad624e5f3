import { afterEach, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { CLOSE_REVOKED, CLOSE_SOURCE_GONE, type StageView } from '../../../src/core/venue/protocol';
import type { SyncHost } from '../../../src/relay/sync-host';
import { loopbackHost, newEventId, newJoinCode, tryConnect } from './helpers';

const hosts: SyncHost[] = [];
const sockets: WebSocket[] = [];

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.terminate();
  for (const host of hosts.splice(0)) await host.close();
});

/** A raw connection that records every JSON message and how it closed. */
function open(url: string) {
  const socket = new WebSocket(url);
  sockets.push(socket);
  const received: Record<string, unknown>[] = [];
  const closed: { code: number | null } = { code: null };
  socket.on('message', (data) => received.push(JSON.parse(String(data))));
  socket.on('close', (code) => (closed.code = code));
  const ready = new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  const send = (value: unknown) => socket.send(JSON.stringify(value));
  const last = (type: string) => received.filter((m) => m.type === type).at(-1);
  return { socket, received, closed, ready, send, last };
}

const VIEW: StageView = {
  mesaName: 'Mesa 1',
  speaker: 'Ana Pérez',
  speaking: true,
  timer: { phase: 'running', plannedMs: 180_000, adjustMs: 0, allowanceMs: 180_000, closedSpansMs: 0, runningSince: 1_000_000 },
  idlePlannedMs: null,
  thresholds: { warningMs: 60_000, finalMs: 15_000 },
  message: 'Un minuto',
  queued: 2,
};

async function hosted() {
  const host = loopbackHost();
  hosts.push(host);
  const eventId = newEventId();
  const joinCode = newJoinCode();
  const { port } = await host.host({ eventId, joinCode });
  const base = `ws://127.0.0.1:${port}/sync`;
  const source = open(`${base}/venue/${eventId}?code=${joinCode}`);
  await source.ready;
  return { host, eventId, joinCode, base, source };
}

describe('relay: venue devices', () => {
  it('lets a device in only with a code the moderator granted, for its kind; a join code or a stage code opens nothing else', async () => {
    const { host, eventId, joinCode, base, source } = await hosted();
    const stageCode = newJoinCode();
    expect(await tryConnect(`${base}/stage/${eventId}?code=${stageCode}`)).toEqual({ status: 403 });
    source.send({ type: 'grant', kind: 'stage', mesa: 'plenary', code: stageCode });
    await vi.waitFor(() =>
      expect(source.last('devices')).toEqual({
        type: 'devices',
        devices: [{ code: stageCode, kind: 'stage', mesa: 'plenary', connected: 0 }],
      }),
    );

    expect(await tryConnect(`${base}/stage/${eventId}`)).toEqual({ status: 401 });
    expect(await tryConnect(`${base}/stage/${newEventId()}?code=${stageCode}`)).toEqual({ status: 403 });
    expect(await tryConnect(`${base}/remote/${eventId}?code=${stageCode}`)).toEqual({ status: 403 });
    expect(await tryConnect(`${base}/stage/${eventId}?code=${joinCode}`)).toEqual({ status: 403 });
    // The stage code is not a join code: the event's document stays closed to it.
    expect(await tryConnect(`${base}/sync/${eventId}?code=${stageCode}`)).toEqual({ status: 404 });
    expect(await tryConnect(`${base}/${eventId}?code=${stageCode}`)).toEqual({ status: 403 });
    expect(await tryConnect(`${base}/venue/${eventId}?code=${stageCode}`)).toEqual({ status: 403 });
    expect(await tryConnect(`${base}/other/${eventId}?code=${stageCode}`)).toEqual({ status: 404 });
    expect(await tryConnect(`${base}/stage/${eventId}?code=${stageCode}`)).toEqual({ status: 'open' });
    expect(host.relay.connectionCount(eventId)).toBe(0);
  });

  it('forwards the moderator’s view to the stage of its mesa only, gives a newcomer the last one, and answers pings with its clock', async () => {
    const { eventId, base, source } = await hosted();
    const mesa = newEventId();
    const [plenaryCode, mesaCode] = [newJoinCode(), newJoinCode()];
    source.send({ type: 'grant', kind: 'stage', mesa: 'plenary', code: plenaryCode });
    source.send({ type: 'grant', kind: 'stage', mesa, code: mesaCode });
    source.send({ type: 'view', mesa, view: VIEW });
    await vi.waitFor(() => expect((source.last('devices')?.devices as unknown[]).length).toBe(2));

    const mesaStage = open(`${base}/stage/${eventId}?code=${mesaCode}`);
    const plenaryStage = open(`${base}/stage/${eventId}?code=${plenaryCode}`);
    await Promise.all([mesaStage.ready, plenaryStage.ready]);
    await vi.waitFor(() => expect(mesaStage.last('view')).toEqual({ type: 'view', view: VIEW }));
    await vi.waitFor(() => expect(plenaryStage.last('view')).toEqual({ type: 'view', view: null }));

    const later = { ...VIEW, message: null, timer: { ...VIEW.timer, phase: 'paused', runningSince: null, closedSpansMs: 5000 } };
    source.send({ type: 'view', mesa, view: later });
    await vi.waitFor(() => expect(mesaStage.last('view')).toEqual({ type: 'view', view: later }));
    expect(plenaryStage.last('view')).toEqual({ type: 'view', view: null });

    const before = Date.now();
    mesaStage.send({ type: 'ping', id: 7 });
    await vi.waitFor(() => expect(mesaStage.last('pong')).toMatchObject({ id: 7 }));
    expect(mesaStage.last('pong')!.time).toBeGreaterThanOrEqual(before);
    await vi.waitFor(() => expect(source.last('devices')!.devices).toContainEqual({ code: mesaCode, kind: 'stage', mesa, connected: 1 }));
  });

  it('closes a stage display that tries to send anything but a ping, and a source that sends a malformed view', async () => {
    const { eventId, base, source } = await hosted();
    const code = newJoinCode();
    source.send({ type: 'grant', kind: 'stage', mesa: 'plenary', code });
    await vi.waitFor(() => expect(source.last('devices')).toBeDefined());
    const stage = open(`${base}/stage/${eventId}?code=${code}`);
    await stage.ready;
    stage.send({ type: 'command', command: { type: 'toggle' } });
    await vi.waitFor(() => expect(stage.closed.code).toBe(1008));
    expect(source.last('command')).toBeUndefined();

    source.send({ type: 'view', mesa: 'plenary', view: { ...VIEW, timer: { ...VIEW.timer, runningSince: null } } });
    await vi.waitFor(() => expect(source.closed.code).toBe(1008));
  });

  it('passes a remote’s valid commands to the moderator with the mesa of its code, and refuses others', async () => {
    const { eventId, base, source } = await hosted();
    const mesa = newEventId();
    const code = newJoinCode();
    source.send({ type: 'grant', kind: 'remote', mesa, code });
    await vi.waitFor(() => expect(source.last('devices')).toBeDefined());
    const remote = open(`${base}/remote/${eventId}?code=${code}`);
    await remote.ready;
    remote.send({ type: 'command', command: { type: 'adjust', deltaMs: 60_000 } });
    remote.send({ type: 'command', command: { type: 'next' } });
    await vi.waitFor(() =>
      expect(source.received.filter((m) => m.type === 'command')).toEqual([
        { type: 'command', mesa, command: { type: 'adjust', deltaMs: 60_000 } },
        { type: 'command', mesa, command: { type: 'next' } },
      ]),
    );
    // Only ±1 minute: anything else is not a remote's command.
    remote.send({ type: 'command', command: { type: 'adjust', deltaMs: 3_600_000 } });
    await vi.waitFor(() => expect(remote.closed.code).toBe(1008));
    expect(source.received.filter((m) => m.type === 'command')).toHaveLength(2);
  });

  it('closes a device when its code is revoked (it stops trying), when the moderator leaves (it retries) and when hosting stops', async () => {
    const { host, eventId, joinCode, base, source } = await hosted();
    const [a, b] = [newJoinCode(), newJoinCode()];
    source.send({ type: 'grant', kind: 'remote', mesa: 'plenary', code: a });
    source.send({ type: 'grant', kind: 'stage', mesa: 'plenary', code: b });
    await vi.waitFor(() => expect((source.last('devices')?.devices as unknown[]).length).toBe(2));
    const remote = open(`${base}/remote/${eventId}?code=${a}`);
    const stage = open(`${base}/stage/${eventId}?code=${b}`);
    await Promise.all([remote.ready, stage.ready]);

    source.send({ type: 'revoke', code: a });
    await vi.waitFor(() => expect(remote.closed.code).toBe(CLOSE_REVOKED));
    expect(await tryConnect(`${base}/remote/${eventId}?code=${a}`)).toEqual({ status: 403 });

    source.socket.close();
    await vi.waitFor(() => expect(stage.closed.code).toBe(CLOSE_SOURCE_GONE));
    expect(await tryConnect(`${base}/stage/${eventId}?code=${b}`)).toEqual({ status: 403 });

    const again = open(`${base}/venue/${eventId}?code=${joinCode}`);
    await again.ready;
    again.send({ type: 'grant', kind: 'stage', mesa: 'plenary', code: b });
    await vi.waitFor(() => expect(again.last('devices')).toBeDefined());
    const back = open(`${base}/stage/${eventId}?code=${b}`);
    await back.ready;
    expect(host.relay.deviceCount(eventId)).toBe(1);
    await host.stop(eventId);
    await vi.waitFor(() => expect(back.closed.code).not.toBeNull());
    expect(host.relay.deviceCount(eventId)).toBe(0);
  });
});
