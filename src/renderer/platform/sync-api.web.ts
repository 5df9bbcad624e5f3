import { BridgeError, bridgeErrorCode } from '../../shared/bridge-errors';

type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

/**
 * Calls `npm start`'s server about live-sync hosting (scripts/serve-web.mjs, src/relay/web-api.ts),
 * on the page's own origin. The server answers only pages on the same machine; its errors carry a
 * bridge error code like the desktop's, so the renderer handles both alike.
 */
export async function callSyncApi<T>(fetch: Fetch, method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const response = await fetch(path, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'same-origin',
    cache: 'no-store',
  });
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = text === '' ? undefined : JSON.parse(text);
  } catch {
    // Not ours: e.g. a plain web server's error page.
    parsed = null;
  }
  if (response.ok) return parsed as T;
  const message = typeof parsed === 'object' && parsed !== null && 'error' in parsed ? String(parsed.error) : '';
  if (bridgeErrorCode(message) !== null) throw new Error(message);
  // A plain web server, or a Relator server on another machine, has no hosting to offer this page.
  if (response.status === 404) throw new BridgeError('not-found', 'live sync cannot be hosted from this page');
  throw new Error(`live sync hosting failed (HTTP ${response.status})${message ? `: ${message}` : ''}`);
}
