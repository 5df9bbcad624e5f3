import { extname, join, sep } from 'node:path';
import { withSecurityHeaders } from '../csp';

/**
 * The renderer is served from `app://relator/…` instead of file://: a file page could read any
 * other file:// URL it could name, and every file page shares one origin with every other file.
 * With a scheme of our own, the page has a real origin and the handler below decides, file by
 * file, what exists.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'relator';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * Registered before the app is ready. `standard` gives the pages an origin (IndexedDB, relative
 * URLs), `secure` makes it a secure context like https, `supportFetchAPI` lets the page fetch its
 * own files and workers, `codeCache` keeps start-up fast. No `bypassCSP`, and no service workers:
 * the files are on disk already (the web build's service worker never runs here).
 */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
} as const;

/**
 * The types of the files the renderer build produces. Anything else is not served: the folder
 * holds only the build, and a file of an unknown kind there is not something the page needs.
 */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

/** Characters that have no place in a file name the build writes: separators, controls, drive or stream colons. */
const FORBIDDEN_IN_SEGMENT = /[\\/:\u0000-\u001f\u007f]/;
/** Percent-encoded separators and NUL: a request that hides one is refused before decoding. */
const ENCODED_SEPARATOR = /%(?:2f|5c|00)/i;

/**
 * The path segments an app:// URL asks for, decoded, or null when the URL is not one of ours or
 * tries anything but naming a file below the root: `..` or `.` (even percent-encoded), encoded
 * separators, backslashes, empty segments, credentials or a port. "/" is the entry page.
 */
export function requestedSegments(url: string): string[] | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  if (parsed.username !== '' || parsed.password !== '') return null;
  if (parsed.pathname === '/' || parsed.pathname === '') return ['index.html'];
  const segments: string[] = [];
  for (const raw of parsed.pathname.slice(1).split('/')) {
    if (ENCODED_SEPARATOR.test(raw)) return null;
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (segment === '' || segment === '.' || segment === '..' || FORBIDDEN_IN_SEGMENT.test(segment)) return null;
    segments.push(segment);
  }
  return segments;
}

/** The slice of node:fs/promises the handler uses; tests hand in the real module on a temporary folder. */
export interface AppFilesFs {
  realpath(path: string): Promise<string>;
  stat(path: string): Promise<{ isFile(): boolean }>;
  readFile(path: string): Promise<Uint8Array>;
}

export type AppFileLookup = { found: true; path: string; contentType: string } | { found: false; status: 400 | 403 | 404 };

/**
 * Finds the file an app:// URL names inside `root`, judged by its real path: a symbolic link
 * (or a junction) that leads out of the folder is refused even though its name is inside.
 */
async function lookUpAppFile(fs: AppFilesFs, root: string, url: string): Promise<AppFileLookup> {
  const segments = requestedSegments(url);
  if (!segments) return { found: false, status: 400 };
  const contentType = CONTENT_TYPES[extname(segments.at(-1)!).toLowerCase()];
  if (!contentType) return { found: false, status: 404 };
  let realRoot: string;
  let real: string;
  try {
    realRoot = await fs.realpath(root);
    real = await fs.realpath(join(realRoot, ...segments));
  } catch {
    return { found: false, status: 404 };
  }
  if (!real.startsWith(realRoot + sep)) return { found: false, status: 403 };
  try {
    if (!(await fs.stat(real)).isFile()) return { found: false, status: 404 };
  } catch {
    return { found: false, status: 404 };
  }
  return { found: true, path: real, contentType };
}

function headers(contentType: string): Headers {
  const result = new Headers();
  for (const [name, values] of Object.entries(withSecurityHeaders({ 'Content-Type': contentType }))) {
    for (const value of values) result.append(name, value);
  }
  return result;
}

const STATUS_TEXT: Record<number, string> = { 400: 'Bad Request', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed' };

function refusal(status: 400 | 403 | 404 | 405): Response {
  return new Response(STATUS_TEXT[status], { status, headers: headers('text/plain; charset=utf-8') });
}

/** What protocol.handle passes in; Electron's Request satisfies it. */
export interface AppRequestLike {
  url: string;
  method: string;
}

/**
 * The handler given to `protocol.handle('app', …)`: serves the renderer's built files from
 * `root` with the app's CSP, and nothing else. Only GET and HEAD: the page never posts to itself.
 */
export function createAppProtocolHandler(fs: AppFilesFs, root: string): (request: AppRequestLike) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refusal(405);
    const file = await lookUpAppFile(fs, root, request.url);
    if (!file.found) return refusal(file.status);
    let bytes: Uint8Array;
    try {
      bytes = await fs.readFile(file.path);
    } catch {
      return refusal(404);
    }
    const body = request.method === 'HEAD' ? null : (bytes as Uint8Array<ArrayBuffer>);
    const response = headers(file.contentType);
    response.set('Content-Length', String(bytes.byteLength));
    return new Response(body, { status: 200, headers: response });
  };
}
