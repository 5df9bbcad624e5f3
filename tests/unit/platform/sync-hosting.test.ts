import { describe, expect, it } from 'vitest';
import { createElectronPlatform } from '../../../src/renderer/platform/platform.electron';
import { createWebPlatform, type WebHost } from '../../../src/renderer/platform/platform.web';
import type { RelatorBridge } from '../../../src/shared/bridge';
import { bridgeErrorCode, bridgeErrorDetail } from '../../../src/shared/bridge-errors';

const EVENT_ID = '3f0c2a9e-8b1d-4c6e-9a2f-5d7b1e0c4a88';
const CODE = 'q2v9Xk3LmN8pR4sT6uW1yZ';
const RESULT = {
  port: 41234,
  addresses: ['192.168.1.20'],
  link: `http://192.168.1.20:41234/?join=${EVENT_ID}&code=${CODE}`,
  localUrl: 'ws://127.0.0.1:41234/sync',
};

describe('desktop platform: live-sync hosting', () => {
  it('goes through the bridge as it is', async () => {
    const calls: unknown[] = [];
    const bridge = {
      hostSync: async (request: unknown) => (calls.push(['host', request]), RESULT),
      stopHostingSync: async (request: unknown) => void calls.push(['stop', request]),
      syncHostStatus: async () => (calls.push(['status']), { hosting: true, port: 41234, rooms: [EVENT_ID] }),
    } as unknown as RelatorBridge;
    const platform = createElectronPlatform(bridge);
    expect(await platform.hostSync({ eventId: EVENT_ID, joinCode: CODE })).toEqual(RESULT);
    expect(await platform.syncHostStatus()).toEqual({ hosting: true, port: 41234, rooms: [EVENT_ID] });
    await platform.stopHostingSync({ eventId: EVENT_ID });
    expect(calls).toEqual([['host', { eventId: EVENT_ID, joinCode: CODE }], ['status'], ['stop', { eventId: EVENT_ID }]]);
  });
});

/** A page whose server answers with `respond`; the requests it made are kept. */
function webPlatform(respond: (path: string, init: RequestInit) => Response) {
  const requests: Array<{ path: string; method: string | undefined; body: unknown; contentType: string | undefined }> = [];
  const host = {
    fetch: async (path: string, init: RequestInit = {}) => {
      const headers = (init.headers ?? {}) as Record<string, string>;
      requests.push({
        path,
        method: init.method,
        body: typeof init.body === 'string' ? JSON.parse(init.body) : init.body,
        contentType: headers['Content-Type'],
      });
      return respond(path, init);
    },
  } as unknown as WebHost;
  return { platform: createWebPlatform(host), requests };
}

const json = (status: number, value: unknown) =>
  new Response(JSON.stringify(value), { status, headers: { 'Content-Type': 'application/json' } });

describe('browser platform: live-sync hosting through npm start’s server', () => {
  it('asks its own origin’s API', async () => {
    const { platform, requests } = webPlatform((path) =>
      path === '/api/sync/host'
        ? json(200, RESULT)
        : path === '/api/sync/status'
          ? json(200, { hosting: false, port: null, rooms: [] })
          : new Response(null, { status: 204 }),
    );
    expect(await platform.hostSync({ eventId: EVENT_ID, joinCode: CODE })).toEqual(RESULT);
    expect(await platform.stopHostingSync({ eventId: EVENT_ID })).toBeUndefined();
    expect(await platform.syncHostStatus()).toEqual({ hosting: false, port: null, rooms: [] });
    expect(requests).toEqual([
      { path: '/api/sync/host', method: 'POST', body: { eventId: EVENT_ID, joinCode: CODE }, contentType: 'application/json' },
      { path: '/api/sync/stop', method: 'POST', body: { eventId: EVENT_ID }, contentType: 'application/json' },
      { path: '/api/sync/status', method: 'GET', body: undefined, contentType: undefined },
    ]);
  });

  it('passes the server’s refusal on with its bridge error code, like the desktop’s', async () => {
    const { platform } = webPlatform(() => json(400, { error: '[relator:invalid-argument] joinCode must be a string' }));
    const error = await platform.hostSync({ eventId: EVENT_ID, joinCode: CODE }).catch((e: unknown) => e);
    expect(bridgeErrorCode(error)).toBe('invalid-argument');
    expect(bridgeErrorDetail(error)).toBe('joinCode must be a string');
  });

  it('says hosting is not available on a page served by a server without the API (another machine, a static host)', async () => {
    const { platform } = webPlatform(() => new Response('<!doctype html><title>404</title>', { status: 404 }));
    expect(bridgeErrorCode(await platform.syncHostStatus().catch((e: unknown) => e))).toBe('not-found');
  });

  it('reports any other failure with its HTTP status', async () => {
    const { platform } = webPlatform(() => json(500, { error: 'listen EADDRINUSE' }));
    await expect(platform.hostSync({ eventId: EVENT_ID, joinCode: CODE })).rejects.toThrow(
      'live sync hosting failed (HTTP 500): listen EADDRINUSE',
    );
  });
});
