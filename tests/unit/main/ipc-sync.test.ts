import { randomBytes, randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerIpcHandlers } from '../../../src/main/ipc/register';
import { lazySyncHosting, type SyncHosting } from '../../../src/main/sync/hosting';
import { createSyncHost } from '../../../src/relay/sync-host';
import { desktopHostPage } from '../../../src/relay/desktop-page';
import { IPC_CHANNELS } from '../../../src/shared/bridge';
import { bridgeErrorCode } from '../../../src/shared/bridge-errors';
import { FakeDialog, FakeIpcMain, FakeShell, handlerDeps, ourEvent, policy } from './fakes';
import { tryConnect } from '../relay/helpers';

const joinCode = (): string => randomBytes(16).toString('base64url');
let ipc: FakeIpcMain;
let sync: SyncHosting;
let loads: number;

// The real handlers against the real relay, on loopback, loaded lazily as main/index.ts does.
beforeEach(() => {
  ipc = new FakeIpcMain();
  loads = 0;
  sync = lazySyncHosting(async () => {
    loads += 1;
    return createSyncHost({ listenHost: '127.0.0.1', networkInterfaces: () => ({}), handleRequest: desktopHostPage });
  });
  registerIpcHandlers(
    ipc,
    policy,
    handlerDeps(new FakeDialog(), new FakeShell(), undefined, undefined, [], undefined, [], [], undefined, undefined, sync),
  );
});
afterEach(() => sync.close());

const invoke = (channel: string, arg?: unknown) => ipc.invoke(ourEvent(), channel, arg);
const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => bridgeErrorCode(error),
  );

describe('live-sync hosting through the bridge (desktop)', () => {
  it('loads the relay only when hosting starts, hosts, reports, and stops listening when the last event stops', async () => {
    expect(await invoke(IPC_CHANNELS.syncHostStatus)).toEqual({ hosting: false, port: null, rooms: [] });
    expect(loads).toBe(0);

    const eventId = randomUUID();
    const code = joinCode();
    const result = (await invoke(IPC_CHANNELS.hostSync, { eventId, joinCode: code })) as { port: number; link: string; localUrl: string };
    expect(loads).toBe(1);
    expect(result.link).toBe(`http://127.0.0.1:${result.port}/?join=${eventId}&code=${code}`);
    expect(result.localUrl).toBe(`ws://127.0.0.1:${result.port}/sync`);
    expect(await invoke(IPC_CHANNELS.syncHostStatus)).toEqual({ hosting: true, port: result.port, rooms: [eventId] });
    expect(await tryConnect(`${result.localUrl}/${eventId}?code=${code}`)).toEqual({ status: 'open' });

    await invoke(IPC_CHANNELS.stopHostingSync, { eventId });
    expect(await invoke(IPC_CHANNELS.syncHostStatus)).toEqual({ hosting: false, port: null, rooms: [] });
    expect(await tryConnect(`${result.localUrl}/${eventId}?code=${code}`)).toEqual({ status: 'refused' });
  });

  it('answers a browser that opens the join link with a short page, in Spanish and English, that loads nothing', async () => {
    const eventId = randomUUID();
    const code = joinCode();
    const { port } = (await invoke(IPC_CHANNELS.hostSync, { eventId, joinCode: code })) as { port: number };
    const page = await fetch(`http://127.0.0.1:${port}/?join=${eventId}&code=${code}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe("default-src 'none'; base-uri 'none'; form-action 'none'");
    const html = await page.text();
    expect(html).toContain('abre este enlace en Relator');
    expect(html).toContain('open this link in Relator');
    expect(html).not.toContain('<script');
    expect((await fetch(`http://127.0.0.1:${port}/sync/${eventId}`)).status).toBe(404);
    expect((await fetch(`http://127.0.0.1:${port}/index.html`)).status).toBe(404);
  });

  it.each([
    ['no request', undefined],
    ['a string', 'evento'],
    ['no join code', { eventId: randomUUID() }],
    ['an empty join code', { eventId: randomUUID(), joinCode: '' }],
    ['a short join code (under 128 bits)', { eventId: randomUUID(), joinCode: 'abc123' }],
    ['a join code with characters a URL would change', { eventId: randomUUID(), joinCode: `${'a'.repeat(22)}&x=1` }],
    ['a huge join code', { eventId: randomUUID(), joinCode: 'a'.repeat(1_000_000) }],
    ['an event id that is not a string', { eventId: 42, joinCode: 'a'.repeat(22) }],
    ['an event id that is not a UUID', { eventId: '../../etc', joinCode: 'a'.repeat(22) }],
    ['a huge event id', { eventId: 'a'.repeat(1_000_000), joinCode: 'a'.repeat(22) }],
  ])('refuses to host with %s, and opens nothing', async (_label, request) => {
    expect(await codeOf(invoke(IPC_CHANNELS.hostSync, request))).toBe('invalid-argument');
    expect(loads).toBe(0);
    expect(await invoke(IPC_CHANNELS.syncHostStatus)).toEqual({ hosting: false, port: null, rooms: [] });
  });

  it('refuses a malformed stop or status request', async () => {
    expect(await codeOf(invoke(IPC_CHANNELS.stopHostingSync, { eventId: 'x' }))).toBe('invalid-argument');
    expect(await codeOf(invoke(IPC_CHANNELS.stopHostingSync, null))).toBe('invalid-argument');
    expect(await codeOf(invoke(IPC_CHANNELS.syncHostStatus, { all: true }))).toBe('invalid-argument');
  });
});

describe('lazy loading of the relay', () => {
  it('tries again after a failed load', async () => {
    let attempts = 0;
    const lazy = lazySyncHosting(async () => {
      attempts += 1;
      if (attempts === 1) throw new Error('module missing');
      return createSyncHost({ listenHost: '127.0.0.1', networkInterfaces: () => ({}), handleRequest: desktopHostPage });
    });
    const request = { eventId: randomUUID(), joinCode: joinCode() };
    await expect(lazy.host(request)).rejects.toThrow('module missing');
    expect((await lazy.host(request)).port).toBeGreaterThan(0);
    await lazy.close();
    expect(await lazy.status()).toEqual({ hosting: false, port: null, rooms: [] });
  });
});
