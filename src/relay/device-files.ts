import { readFile, realpath } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, sep } from 'node:path';

/**
 * The desktop app's LAN listener serves the venue device page (device.html, docs/venue-devices.md)
 * and the built files it loads, from the renderer's build folder: a TV or a phone opens it in its
 * browser. Only that page, its assets and the icon: every other path is for the caller to answer.
 * Nothing here is secret (it is the app's code); what a device sees of the event comes through
 * the relay, with a code.
 */

/** The app's CSP (src/main/csp.ts, which the relay may not import; tests/unit/relay/device-files.test.ts keeps them equal). */
export const DEVICE_PAGE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; " +
  "connect-src 'self' ws:; object-src 'none'; base-uri 'none'; form-action 'none'";

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

/** The request path's file, relative to the build folder, when it is one the device page may load. */
function servable(pathname: string): string[] | null {
  if (pathname === '/device.html') return ['device.html'];
  if (pathname === '/favicon.svg') return ['favicon.svg'];
  const asset = /^\/assets\/([A-Za-z0-9][A-Za-z0-9._-]*)$/.exec(pathname);
  return asset && TYPES[extname(asset[1]!).toLowerCase()] ? ['assets', asset[1]!] : null;
}

/** Answers the device page's requests (true) and leaves every other one to the caller (false). */
export function createDeviceFiles(root: string): (request: IncomingMessage, response: ServerResponse) => boolean {
  return (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return false;
    const segments = servable(new URL(request.url ?? '/', 'http://relay.invalid').pathname);
    if (!segments) return false;
    void (async () => {
      try {
        const realRoot = await realpath(root);
        const real = await realpath(join(realRoot, ...segments));
        // A link inside the build folder that leads out of it is not followed.
        if (!real.startsWith(realRoot + sep)) throw new Error('outside the build folder');
        const body = await readFile(real);
        response.writeHead(200, {
          'Content-Type': TYPES[extname(real).toLowerCase()]!,
          'Content-Security-Policy': DEVICE_PAGE_CSP,
          'X-Content-Type-Options': 'nosniff',
          'Referrer-Policy': 'no-referrer',
          'Cache-Control': 'no-cache',
          'Content-Length': body.length,
        });
        response.end(request.method === 'HEAD' ? undefined : body);
      } catch {
        response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' });
        response.end('Not found\n');
      }
    })();
    return true;
  };
}
