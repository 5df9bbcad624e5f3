import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HostSyncRequest, HostSyncResult, SyncHostStatus } from '../shared/bridge';
import { BridgeError, bridgeErrorCode } from '../shared/bridge-errors';
import { validateHostSyncRequest, validateStopHostingSyncRequest } from '../shared/bridge-validate';

/** What the API drives: src/relay/sync-host.ts. */
interface Hosting {
  host(request: HostSyncRequest): Promise<HostSyncResult>;
  stop(eventId: string): Promise<void>;
  status(): SyncHostStatus;
}

const API_PREFIX = '/api/';
const MAX_BODY_BYTES = 4096;
const LOCAL_NAMES: ReadonlySet<string> = new Set(['127.0.0.1', 'localhost', '[::1]']);

function isLoopbackPeer(address: string | undefined): boolean {
  if (address === undefined) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
  return address === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}

/**
 * Only a page of this server, open in a browser on this machine, may turn hosting on or read the
 * codes: the peer must be loopback (a device on the venue network is not), the Host header must
 * name this machine by a loopback name and this port (a DNS-rebinding page names its own host),
 * and the request must be same-origin as the browser says it (Origin, Sec-Fetch-Site).
 */
function refusal(request: IncomingMessage): string | null {
  if (!isLoopbackPeer(request.socket.remoteAddress)) return 'hosting can only be controlled from this computer';
  const hostHeader = request.headers.host ?? '';
  let named: URL;
  try {
    named = new URL(`http://${hostHeader}`);
  } catch {
    return 'the request names no valid host';
  }
  if (!LOCAL_NAMES.has(named.hostname) || Number(named.port || 80) !== request.socket.localPort) {
    return 'the request must be addressed to this computer’s Relator server';
  }
  const origin = request.headers.origin;
  if (origin !== undefined && origin !== named.origin) return 'cross-origin requests are refused';
  if (request.method !== 'GET' && origin === undefined) return 'the request must come from a Relator page';
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin') return 'cross-site requests are refused';
  return null;
}

function send(response: ServerResponse, status: number, value?: unknown): void {
  response.setHeader('Cache-Control', 'no-store');
  if (value === undefined) {
    response.writeHead(status);
    response.end();
    return;
  }
  const body = JSON.stringify(value);
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(body) });
  response.end(body);
}

function readJson(request: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    if (!/^application\/json\b/i.test(request.headers['content-type'] ?? '')) {
      reject(new BridgeError('invalid-argument', 'the request body must be JSON'));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // The rest is read and dropped, so the answer still reaches the caller.
      if (size > MAX_BODY_BYTES) reject(new BridgeError('too-large', `the request body is larger than ${MAX_BODY_BYTES} bytes`));
      else chunks.push(chunk);
    });
    request.on('end', () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch {
        reject(new BridgeError('invalid-argument', 'the request body is not valid JSON'));
      }
    });
    request.on('error', reject);
  });
}

const STATUS_OF: Partial<Record<string, number>> = { 'invalid-argument': 400, 'too-large': 413, 'forbidden-sender': 403, 'not-found': 404 };

function fail(response: ServerResponse, error: unknown): void {
  const code = bridgeErrorCode(error);
  const message = error instanceof Error ? error.message : String(error);
  send(response, (code && STATUS_OF[code]) ?? 500, { error: message });
}

/**
 * `npm start`'s live-sync API, the browser's counterpart of the desktop's IPC handlers:
 * POST /api/sync/host, POST /api/sync/stop, GET /api/sync/status. Answers every /api/ request
 * (true) and leaves the rest to the caller (false). Requests are judged like IPC ones: who asks
 * first, then every field validated by the same functions as the desktop's.
 */
export function createSyncApi(hosting: Hosting): (request: IncomingMessage, response: ServerResponse) => boolean {
  const routes: Record<string, { method: 'GET' | 'POST'; run(request: IncomingMessage): Promise<[number, unknown?]> }> = {
    '/api/sync/host': {
      method: 'POST',
      run: async (request) => [200, await hosting.host(validateHostSyncRequest(await readJson(request)))],
    },
    '/api/sync/stop': {
      method: 'POST',
      run: async (request) => {
        await hosting.stop(validateStopHostingSyncRequest(await readJson(request)).eventId);
        return [204];
      },
    },
    '/api/sync/status': { method: 'GET', run: async () => [200, hosting.status()] },
  };

  return (request, response) => {
    const path = new URL(request.url ?? '/', 'http://api.invalid').pathname;
    if (!path.startsWith(API_PREFIX)) return false;
    const route = routes[path];
    if (!route) {
      fail(response, new BridgeError('not-found', 'no such API'));
      return true;
    }
    const refused = refusal(request);
    if (refused !== null) {
      fail(response, new BridgeError('forbidden-sender', refused));
      return true;
    }
    if (request.method !== route.method) {
      response.setHeader('Allow', route.method);
      send(response, 405, { error: `use ${route.method}` });
      return true;
    }
    route.run(request).then(
      ([status, value]) => send(response, status, value),
      (error: unknown) => fail(response, error),
    );
    return true;
  };
}

/** What the LAN listener answers under /api/: nothing can be controlled from the venue network. */
export function refuseApi(request: IncomingMessage, response: ServerResponse): boolean {
  const path = new URL(request.url ?? '/', 'http://api.invalid').pathname;
  if (!path.startsWith(API_PREFIX)) return false;
  fail(response, new BridgeError('not-found', 'live sync cannot be hosted from this page'));
  return true;
}
