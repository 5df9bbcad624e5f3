import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type Served } from '../../../scripts/serve-web.mjs';
import { CONTENT_SECURITY_POLICY } from '../../../src/main/csp';
import { createWebPlatform, type WebHost } from '../../../src/renderer/platform/platform.web';
import { createSyncApi } from '../../../src/relay/web-api';
import { bridgeErrorCode } from '../../../src/shared/bridge-errors';
import { newEventId, newJoinCode, tryConnect } from './helpers';

const INDEX = '<!doctype html><title>Relator</title><div id="app"></div>';
let parent: string;
let served: Served;
let origin: string;

beforeAll(async () => {
  parent = await mkdtemp(join(tmpdir(), 'relator-web-sync-'));
  await mkdir(join(parent, 'web'));
  await writeFile(join(parent, 'web', 'index.html'), INDEX);
  // The LAN listener on loopback and no interfaces: the test machine's network stays out of it.
  served = await serveStatic({ dir: join(parent, 'web'), port: 0, lanHost: '127.0.0.1', interfaces: () => ({}) });
  origin = `http://127.0.0.1:${served.port}`;
});
afterEach(async () => {
  for (const eventId of served.sync.status().rooms) await served.sync.stop(eventId);
});
afterAll(async () => {
  await served?.close();
  await rm(parent, { recursive: true, force: true });
});

interface Answer {
  status: number;
  headers: Record<string, unknown>;
  body: string;
}

/** A raw request, so every header is exactly what the test says (fetch adds and forbids some). */
function call(
  port: number,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

/** What a Relator page on this server sends (Chromium adds Origin to a POST and Sec-Fetch-Site to both). */
const page = (body?: unknown) => ({
  method: body === undefined ? 'GET' : 'POST',
  headers: {
    ...(body === undefined ? {} : { Origin: origin, 'Content-Type': 'application/json' }),
    'Sec-Fetch-Site': 'same-origin',
  },
  body: body === undefined ? undefined : JSON.stringify(body),
});

const errorCode = (answer: Answer) => bridgeErrorCode(JSON.parse(answer.body).error);

describe('npm start’s server: hosting live sync', () => {
  it('opens the LAN listener only while an event is hosted; it serves the app with the same CSP, and the relay', async () => {
    expect(JSON.parse((await call(served.port, '/api/sync/status', page())).body)).toEqual({ hosting: false, port: null, rooms: [] });

    const eventId = newEventId();
    const joinCode = newJoinCode();
    const hosted = await call(served.port, '/api/sync/host', page({ eventId, joinCode }));
    expect(hosted.status).toBe(200);
    expect(hosted.headers['cache-control']).toBe('no-store');
    const result = JSON.parse(hosted.body);
    expect(result.port).not.toBe(served.port);
    expect(result).toEqual({
      port: result.port,
      addresses: [],
      link: `http://127.0.0.1:${result.port}/?join=${eventId}&code=${joinCode}`,
      localUrl: `ws://127.0.0.1:${result.port}/sync`,
    });
    expect(JSON.parse((await call(served.port, '/api/sync/status', page())).body)).toEqual({
      hosting: true,
      port: result.port,
      rooms: [eventId],
    });

    // The join link opens the same app, with the same headers.
    const app = await call(result.port, `/?join=${eventId}&code=${joinCode}`);
    expect(app.status).toBe(200);
    expect(app.body).toBe(INDEX);
    expect(app.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    // …and nothing on the venue network can control hosting or read the codes.
    const fromLan = await call(result.port, '/api/sync/status', page());
    expect(fromLan.status).toBe(404);
    expect(errorCode(fromLan)).toBe('not-found');
    expect((await call(result.port, '/api/sync/host', page({ eventId: newEventId(), joinCode: newJoinCode() }))).status).toBe(404);
    expect(await tryConnect(`${result.localUrl}/${eventId}?code=${joinCode}`)).toEqual({ status: 'open' });
    expect(await tryConnect(`${result.localUrl}/${eventId}?code=${newJoinCode()}`)).toEqual({ status: 403 });

    const stopped = await call(served.port, '/api/sync/stop', page({ eventId }));
    expect(stopped.status).toBe(204);
    expect(JSON.parse((await call(served.port, '/api/sync/status', page())).body)).toEqual({ hosting: false, port: null, rooms: [] });
    expect(await tryConnect(`${result.localUrl}/${eventId}?code=${joinCode}`)).toEqual({ status: 'refused' });
    // The app itself is still served on loopback.
    expect((await call(served.port, '/')).body).toBe(INDEX);
  });

  it.each([
    ['a page of another site', { Origin: 'http://evil.example' }],
    ['a page of another port of this machine', { Origin: 'http://127.0.0.1:1' }],
    ['a request without Origin (not from a page)', { Origin: undefined }],
    ['a DNS-rebinding page (its own host name)', { Host: 'evil.example:PORT', Origin: 'http://evil.example:PORT' }],
    ['a cross-site fetch', { 'Sec-Fetch-Site': 'cross-site' }],
  ])('refuses to host for %s, and opens nothing', async (_label, override) => {
    const request = page({ eventId: newEventId(), joinCode: newJoinCode() });
    const headers: Record<string, string> = { ...request.headers };
    for (const [name, value] of Object.entries(override)) {
      if (value === undefined) delete headers[name];
      else headers[name] = value.replace('PORT', String(served.port));
    }
    const answer = await call(served.port, '/api/sync/host', { ...request, headers });
    expect(answer.status).toBe(403);
    expect(errorCode(answer)).toBe('forbidden-sender');
    expect(served.sync.status()).toEqual({ hosting: false, port: null, rooms: [] });
  });

  it('refuses to tell the hosted events to a cross-origin page', async () => {
    await served.sync.host({ eventId: newEventId(), joinCode: newJoinCode() });
    const answer = await call(served.port, '/api/sync/status', {
      headers: { Origin: 'http://evil.example', 'Sec-Fetch-Site': 'cross-site' },
    });
    expect(answer.status).toBe(403);
    expect(answer.body).not.toContain('rooms');
  });

  it.each([
    ['no join code', { eventId: newEventId() }, 400, 'invalid-argument'],
    ['a short join code', { eventId: newEventId(), joinCode: 'abc' }, 400, 'invalid-argument'],
    ['an event id that is not a UUID', { eventId: '../x', joinCode: newJoinCode() }, 400, 'invalid-argument'],
    ['a huge body', { eventId: newEventId(), joinCode: 'a'.repeat(100_000) }, 413, 'too-large'],
  ])('refuses to host with %s', async (_label, body, status, code) => {
    const answer = await call(served.port, '/api/sync/host', page(body));
    expect(answer.status).toBe(status);
    expect(errorCode(answer)).toBe(code);
    expect(served.sync.status().hosting).toBe(false);
  });

  it('refuses a body that is not JSON, the wrong method and an unknown call', async () => {
    const notJson = await call(served.port, '/api/sync/host', { ...page({}), body: 'eventId=1' });
    expect([notJson.status, errorCode(notJson)]).toEqual([400, 'invalid-argument']);
    const form = await call(served.port, '/api/sync/host', { ...page({}), headers: { ...page({}).headers, 'Content-Type': 'text/plain' } });
    expect([form.status, errorCode(form)]).toEqual([400, 'invalid-argument']);
    const get = await call(served.port, '/api/sync/host', page());
    expect([get.status, get.headers.allow]).toEqual([405, 'POST']);
    const unknown = await call(served.port, '/api/sync/everything', page());
    expect([unknown.status, errorCode(unknown)]).toEqual([404, 'not-found']);
  });

  it('works for the browser platform of a page on this server', async () => {
    const host = {
      fetch: (path: string, init: RequestInit = {}) =>
        fetch(`${origin}${path}`, { ...init, headers: { ...(init.headers as Record<string, string>), Origin: origin } }),
    } as unknown as WebHost;
    const platform = createWebPlatform(host);
    const eventId = newEventId();
    const result = await platform.hostSync({ eventId, joinCode: newJoinCode() });
    expect(await platform.syncHostStatus()).toEqual({ hosting: true, port: result.port, rooms: [eventId] });
    expect(bridgeErrorCode(await platform.hostSync({ eventId, joinCode: 'short' }).catch((e: unknown) => e))).toBe('invalid-argument');
    await platform.stopHostingSync({ eventId });
    expect(await platform.syncHostStatus()).toEqual({ hosting: false, port: null, rooms: [] });
  });
});

describe('the hosting API on its own', () => {
  it('refuses a peer on the venue network, whatever its headers say', async () => {
    const calls: string[] = [];
    const api = createSyncApi({
      host: async () => (calls.push('host'), { port: 1, addresses: [], link: '', localUrl: '' }),
      stop: async () => void calls.push('stop'),
      status: () => (calls.push('status'), { hosting: false, port: null, rooms: [] }),
    });
    const answered: Array<{ status: number; body: string }> = [];
    const response = {
      setHeader: () => undefined,
      writeHead(status: number) {
        answered.push({ status, body: '' });
        return this;
      },
      end(body?: string) {
        answered[answered.length - 1]!.body = body ?? '';
      },
    } as unknown as ServerResponse;
    const request = {
      url: '/api/sync/status',
      method: 'GET',
      headers: { host: '127.0.0.1:5173', 'sec-fetch-site': 'same-origin' },
      socket: { remoteAddress: '192.168.1.30', localPort: 5173 },
    } as unknown as IncomingMessage;
    expect(api(request, response)).toBe(true);
    expect(answered[0]?.status).toBe(403);
    expect(bridgeErrorCode(JSON.parse(answered[0]!.body).error)).toBe('forbidden-sender');
    // The same request from this machine is answered (IPv4-mapped loopback counts).
    const local = { ...request, socket: { remoteAddress: '::ffff:127.0.0.1', localPort: 5173 } } as unknown as IncomingMessage;
    expect(api(local, response)).toBe(true);
    await new Promise((resolve) => setImmediate(resolve));
    expect(answered[1]?.status).toBe(200);
    expect(calls).toEqual(['status']);
    // Anything outside /api/ is left to the file server.
    expect(api({ ...request, url: '/assets/a.js' } as unknown as IncomingMessage, response)).toBe(false);
  });
});
