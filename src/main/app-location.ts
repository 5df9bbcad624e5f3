import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Where the renderer comes from: the built files on disk, or the electron-vite dev server.
 * Everything else (navigation, IPC senders, network requests) is judged against it.
 */
export type AppLocation =
  | { readonly kind: 'file'; readonly entryUrl: string; readonly baseUrl: string }
  | { readonly kind: 'dev'; readonly entryUrl: string; readonly origin: string };

export function resolveAppLocation(rendererIndexPath: string, devServerUrl: string | undefined): AppLocation {
  if (devServerUrl) {
    const url = new URL(devServerUrl);
    if (url.protocol !== 'http:' || !['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)) {
      throw new Error(`ELECTRON_RENDERER_URL must be a local http URL, got ${devServerUrl}`);
    }
    return { kind: 'dev', entryUrl: url.href, origin: url.origin };
  }
  const entryUrl = pathToFileURL(rendererIndexPath).href;
  const baseUrl = pathToFileURL(dirname(rendererIndexPath)).href.replace(/\/?$/, '/');
  return { kind: 'file', entryUrl, baseUrl };
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True for pages of this app: files of the built renderer, or the dev server's origin. */
export function isAppUrl(location: AppLocation, url: string): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (location.kind === 'dev') return parsed.origin === location.origin;
  if (parsed.protocol !== 'file:' || parsed.host !== '') return false;
  // new URL() has already resolved any "..", so a prefix test cannot be escaped.
  const bare = `${parsed.protocol}//${parsed.pathname}`;
  return bare.startsWith(location.baseUrl);
}

/**
 * Requests the window may make: its own files, in-memory data, and (in dev) the dev server's
 * hot-reload socket. Any remote host is refused, so no remote content can ever load.
 */
export function isAllowedRequest(location: AppLocation, url: string): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (['data:', 'blob:', 'devtools:'].includes(parsed.protocol)) return true;
  if (isAppUrl(location, url)) return true;
  if (location.kind === 'dev' && (parsed.protocol === 'ws:' || parsed.protocol === 'wss:')) {
    return parsed.host === new URL(location.origin).host;
  }
  return false;
}
