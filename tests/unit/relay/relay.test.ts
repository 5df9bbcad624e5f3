import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WebsocketProvider } from 'y-websocket';
import type { SyncHost } from '../../../src/relay/sync-host';
import { client, loopbackHost, newEventId, newJoinCode, notes, synced, tryConnect } from './helpers';

const hosts: SyncHost[] = [];
const providers: WebsocketProvider[] = [];

function startHost(port = 0): SyncHost {
  const host = loopbackHost(port);
  hosts.push(host);
  return host;
}

function join(localUrl: string, eventId: string, code: string) {
  const joined = client(localUrl, eventId, code);
  providers.push(joined.provider);
  return joined;
}

/** A host on loopback hosting one event, with two copies (a, b) joined through it and synced. */
async function hostedRoom() {
  const host = startHost();
  const eventId = newEventId();
  const code = newJoinCode();
  const hosted = await host.host({ eventId, joinCode: code });
  const a = join(hosted.localUrl, eventId, code);
  const b = join(hosted.localUrl, eventId, code);
  await Promise.all([synced(a.provider), synced(b.provider)]);
  return { host, eventId, code, ...hosted, a, b };
}

afterEach(async () => {
  for (const provider of providers.splice(0)) provider.destroy();
  for (const host of hosts.splice(0)) await host.close();
});

describe('relay: two copies through it', () => {
  it('carries a note written in one copy to the other, both ways, and the awareness state (the running timer)', async () => {
    const { host, eventId, a, b } = await hostedRoom();

    a.doc.getMap('notes').set('n1', 'Primera intervención');
    b.doc.getMap('notes').set('n2', 'Respuesta de la mesa 2');
    await vi.waitFor(() => {
      expect(notes(a.doc)).toEqual({ n1: 'Primera intervención', n2: 'Respuesta de la mesa 2' });
      expect(notes(b.doc)).toEqual(notes(a.doc));
    });

    a.provider.awareness.setLocalStateField('timer', { speaker: 'Ana', startedAt: 1000 });
    await vi.waitFor(() => {
      const states = [...b.provider.awareness.getStates().values()];
      expect(states).toContainEqual({ timer: { speaker: 'Ana', startedAt: 1000 } });
    });
    expect(host.relay.connectionCount(eventId)).toBe(2);
  });
});

describe('relay: who gets in', () => {
  it('refuses at the HTTP upgrade, before any WebSocket opens: a path outside /sync, an unknown event, no code, a wrong code', async () => {
    const host = startHost();
    const eventId = newEventId();
    const code = newJoinCode();
    const { port } = await host.host({ eventId, joinCode: code });
    const base = `ws://127.0.0.1:${port}`;

    expect(await tryConnect(`${base}/other/${eventId}?code=${code}`)).toEqual({ status: 404 });
    expect(await tryConnect(`${base}/${eventId}?code=${code}`)).toEqual({ status: 404 });
    expect(await tryConnect(`${base}/sync/${eventId}/more?code=${code}`)).toEqual({ status: 404 });
    expect(await tryConnect(`${base}/sync/${newEventId()}?code=${code}`)).toEqual({ status: 403 });
    expect(await tryConnect(`${base}/sync/${eventId}`)).toEqual({ status: 401 });
    expect(await tryConnect(`${base}/sync/${eventId}?code=`)).toEqual({ status: 401 });
    expect(await tryConnect(`${base}/sync/${eventId}?code=${newJoinCode()}`)).toEqual({ status: 403 });
    expect(await tryConnect(`${base}/sync/${eventId}?code=${code.slice(0, -1)}`)).toEqual({ status: 403 });
    expect(host.relay.connectionCount(eventId)).toBe(0);
    expect(host.relay.roomsInMemory()).toEqual([]);

    // The right code gets in.
    expect(await tryConnect(`${base}/sync/${eventId}?code=${code}`)).toEqual({ status: 'open' });
  });

  it('refuses codes too short to be secret when a room is registered', async () => {
    const host = startHost();
    await expect(host.host({ eventId: newEventId(), joinCode: 'abc123' })).rejects.toThrow(/join code/);
    await expect(host.host({ eventId: 'not-a-uuid', joinCode: newJoinCode() })).rejects.toThrow(/UUID/);
    expect(host.status()).toEqual({ hosting: false, port: null, rooms: [] });
  });

  it('a new code for a hosted event closes the connections let in with the old one', async () => {
    const host = startHost();
    const eventId = newEventId();
    const oldCode = newJoinCode();
    const { localUrl, port } = await host.host({ eventId, joinCode: oldCode });
    const a = join(localUrl, eventId, oldCode);
    await synced(a.provider);
    const newCode = newJoinCode();
    await host.host({ eventId, joinCode: newCode });
    await vi.waitFor(() => expect(host.relay.connectionCount(eventId)).toBe(0));
    expect(await tryConnect(`ws://127.0.0.1:${port}/sync/${eventId}?code=${oldCode}`)).toEqual({ status: 403 });
    expect(await tryConnect(`ws://127.0.0.1:${port}/sync/${eventId}?code=${newCode}`)).toEqual({ status: 'open' });
  });
});

describe('relay: memory', () => {
  it('unloads a room’s document when its last client leaves; a later client gets the state only from other clients', async () => {
    const { host, eventId, code, localUrl, a, b } = await hostedRoom();
    a.doc.getMap('notes').set('n1', 'Acta de la mesa 1');
    await vi.waitFor(() => expect(notes(b.doc)).toEqual({ n1: 'Acta de la mesa 1' }));
    expect(host.relay.roomsInMemory()).toEqual([eventId]);

    a.provider.disconnect();
    await vi.waitFor(() => expect(host.relay.connectionCount(eventId)).toBe(1));
    expect(host.relay.roomsInMemory()).toEqual([eventId]);
    b.provider.disconnect();
    await vi.waitFor(() => expect(host.relay.roomsInMemory()).toEqual([]));
    expect(host.status().rooms).toEqual([eventId]);

    // Alone, a new copy finds an empty room: the relay kept nothing.
    const c = join(localUrl, eventId, code);
    await synced(c.provider);
    expect(notes(c.doc)).toEqual({});
    // A copy that holds the state brings it back.
    a.provider.connect();
    await vi.waitFor(() => expect(notes(c.doc)).toEqual({ n1: 'Acta de la mesa 1' }));
  });
});

describe('relay: restart mid-session', () => {
  it('two copies that keep writing while the relay is down converge after it is back on the same port, nothing lost', async () => {
    const { host: first, eventId, code, port, a, b } = await hostedRoom();
    a.doc.getMap('notes').set('before-a', 'antes (A)');
    b.doc.getMap('notes').set('before-b', 'antes (B)');
    await vi.waitFor(() => expect(Object.keys(notes(a.doc)).sort()).toEqual(['before-a', 'before-b']));

    await first.close();
    await vi.waitFor(() => expect(a.provider.wsconnected || b.provider.wsconnected).toBe(false));
    a.doc.getMap('notes').set('during-a', 'sin relé (A)');
    b.doc.getMap('notes').set('during-b', 'sin relé (B)');
    a.doc.getText('synthesis').insert(0, 'Síntesis de A. ');
    b.doc.getText('synthesis').insert(0, 'Síntesis de B. ');

    const second = startHost(port);
    expect((await second.host({ eventId, joinCode: code })).port).toBe(port);
    a.doc.getMap('notes').set('after-a', 'después (A)');
    await vi.waitFor(() => {
      expect(Object.keys(notes(a.doc)).sort()).toEqual(['after-a', 'before-a', 'before-b', 'during-a', 'during-b']);
      expect(notes(b.doc)).toEqual(notes(a.doc));
      expect(b.doc.getText('synthesis').toString()).toBe(a.doc.getText('synthesis').toString());
    });
    const synthesis = a.doc.getText('synthesis').toString();
    expect(synthesis).toContain('Síntesis de A. ');
    expect(synthesis).toContain('Síntesis de B. ');
  });
});

describe('stopping the hosting', () => {
  it('closes the room’s sockets; with no room left the listener closes and connecting fails', async () => {
    const host = startHost();
    const first = newEventId();
    const second = newEventId();
    const code = newJoinCode();
    const { localUrl, port } = await host.host({ eventId: first, joinCode: code });
    expect((await host.host({ eventId: second, joinCode: code })).port).toBe(port);
    expect(host.status()).toEqual({ hosting: true, port, rooms: [first, second].sort() });
    const a = join(localUrl, first, code);
    const b = join(localUrl, second, code);
    await Promise.all([synced(a.provider), synced(b.provider)]);

    await host.stop(first);
    await vi.waitFor(() => expect(host.relay.connectionCount(first)).toBe(0));
    expect(host.relay.connectionCount(second)).toBe(1);
    expect(host.status()).toEqual({ hosting: true, port, rooms: [second] });
    expect(await tryConnect(`ws://127.0.0.1:${port}/sync/${first}?code=${code}`)).toEqual({ status: 403 });

    await host.stop(second);
    expect(host.status()).toEqual({ hosting: false, port: null, rooms: [] });
    expect(host.relay.connectionCount(second)).toBe(0);
    expect(await tryConnect(`ws://127.0.0.1:${port}/sync/${second}?code=${code}`)).toEqual({ status: 'refused' });
  });
});

describe('hosting again', () => {
  it('listens on the same port as before, so a link already shared still works and copies reconnect by themselves', async () => {
    const host = startHost();
    const eventId = newEventId();
    const code = newJoinCode();
    const first = await host.host({ eventId, joinCode: code });
    const a = join(first.localUrl, eventId, code);
    await synced(a.provider);
    await host.stop(eventId);
    a.doc.getMap('notes').set('offline', 'escrita sin relé');

    const again = await host.host({ eventId, joinCode: code });
    expect(again.port).toBe(first.port);
    const b = join(again.localUrl, eventId, code);
    await vi.waitFor(() => expect(notes(b.doc)).toEqual({ offline: 'escrita sin relé' }));
  });

  it('takes another free port when the last one was taken meanwhile', async () => {
    const host = startHost();
    const eventId = newEventId();
    const code = newJoinCode();
    const first = await host.host({ eventId, joinCode: code });
    await host.stop(eventId);
    const squatter = startHost(first.port);
    await squatter.host({ eventId: newEventId(), joinCode: code });
    const again = await host.host({ eventId, joinCode: code });
    expect(again.port).not.toBe(first.port);
    expect(await tryConnect(`${again.localUrl}/${eventId}?code=${code}`)).toEqual({ status: 'open' });
  });
});
