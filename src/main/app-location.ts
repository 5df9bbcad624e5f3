import { APP_HOST, APP_ORIGIN, APP_SCHEME } from './protocol/app-protocol';
import { isLanRelayUrl } from './sync/relay-requests';

/**
 * Where the renderer comes from: the built files, served on the app:// scheme (src/main/protocol),
 * or the electron-vite dev server. Everything else (navigation, IPC senders, network requests) is
 * judged against it.
 */
export type AppLocation =
  | { readonly kind: 'app'; readonly entryUrl: string; readonly origin: string }
  | { readonly kind: 'dev'; readonly entryUrl: string; readonly origin: string };

/**
 * The dev server is used only in a development run (`npm run dev`): an installed app ignores
 * ELECTRON_RENDERER_URL, so no environment variable can make it load pages from elsewhere.
 */
export function resolveAppLocation(devServerUrl: string | undefined, { packaged }: { packaged: boolean }): AppLocation {
  if (devServerUrl && !packaged) {
    const url = new URL(devServerUrl);
    if (url.protocol !== 'http:' || !['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)) {
      throw new Error(`ELECTRON_RENDERER_URL must be a local http URL, got ${devServerUrl}`);
    }
    return { kind: 'dev', entryUrl: url.href, origin: url.origin };
  }
  return { kind: 'app', entryUrl: `${APP_ORIGIN}/index.html`, origin: APP_ORIGIN };
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True for pages of this app: app://relator/… (the protocol handler decides which files exist), or the dev server. */
export function isAppUrl(location: AppLocation, url: string): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (location.kind === 'dev') return parsed.origin === location.origin;
  // A URL of a non-special scheme has the opaque origin "null" in WHATWG terms: compare its parts.
  return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === '';
}

/** True for the origin Chromium reports for our pages ("app://relator", or the dev server's). */
export function isAppOrigin(location: AppLocation, origin: string): boolean {
  return origin.replace(/\/$/, '') === location.origin;
}

/**
 * Requests the window may make: its own files, in-memory data, live sync's WebSocket to a relay on
 * the venue network, and (in dev) the dev server's hot-reload socket. Any other remote host and any
 * file:// URL is refused, so nothing else can load.
 */
export function isAllowedRequest(location: AppLocation, url: string): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (['data:', 'blob:', 'devtools:'].includes(parsed.protocol)) return true;
  if (isAppUrl(location, url)) return true;
  if (isLanRelayUrl(parsed)) return true;
  if (location.kind === 'dev' && (parsed.protocol === 'ws:' || parsed.protocol === 'wss:')) {
    return parsed.host === new URL(location.origin).host;
  }
  return false;
}
