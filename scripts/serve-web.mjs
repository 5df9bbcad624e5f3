#!/usr/bin/env node
/**
 * Serves the browser build of Relator (out/web) on 127.0.0.1 with the app's security headers.
 * Used by `npm start` when Electron is missing and by Playwright's webServer.
 *   node scripts/serve-web.mjs [--port N] [--dir out/web] [--no-build]
 * Builds out/web first when it is missing or older than the sources (unless --no-build).
 */
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const PROJECT_ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** Same policy as the desktop app (src/main/csp.ts and src/renderer/index.html); a test compares them. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

export const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  // Fresh files after every rebuild; this is a local tool, not a CDN.
  'Cache-Control': 'no-cache',
};

export const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
};

export function parseArgs(argv) {
  const options = { port: 5173, portGiven: false, dir: 'out/web', build: true };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '--port') {
      const port = Number(value());
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port needs a number from 0 to 65535`);
      options.port = port;
      options.portGiven = true;
    } else if (flag === '--dir') {
      const dir = value();
      if (!dir) throw new Error('--dir needs a folder');
      options.dir = dir;
    } else if (flag === '--no-build') {
      options.build = false;
    } else {
      throw new Error(`unknown option ${arg} (use --port N, --dir DIR, --no-build)`);
    }
  }
  return options;
}

/**
 * Maps a request path to a file under root. Anything that would leave root is refused;
 * unknown paths without an extension are app routes and get index.html.
 */
export function resolveRequest(root, rawUrl) {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(rawUrl ?? '/', 'http://localhost').pathname);
  } catch {
    return { status: 400 };
  }
  if (pathname.includes('\0')) return { status: 400 };
  const base = resolve(root);
  const candidate = resolve(base, `.${pathname}`);
  if (candidate !== base && !candidate.startsWith(base + sep)) return { status: 403 };
  const file = existsSync(candidate) && statSync(candidate).isDirectory() ? join(candidate, 'index.html') : candidate;
  if (existsSync(file) && statSync(file).isFile()) return { status: 200, file };
  if (extname(pathname) === '') return { status: 200, file: join(base, 'index.html') };
  return { status: 404 };
}

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

const BUILD_INPUTS = ['src/renderer', 'src/core', 'src/shared', 'vite.web.config.ts', 'vite.renderer.shared.ts', 'package.json'];

/** True when the bundle is missing or any renderer source changed after it was built. */
export function isBuildStale(dir, root = PROJECT_ROOT) {
  const index = join(dir, 'index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  return BUILD_INPUTS.some((input) => newestMtime(join(root, input)) > built);
}

export function buildWeb(root = PROJECT_ROOT) {
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [vite, 'build', '--config', 'vite.web.config.ts', '--logLevel', 'warn'], {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolvePromise() : reject(new Error(`the web build failed (exit code ${code})`))));
  });
}

function listen(server, port, host) {
  return new Promise((resolvePromise, reject) => {
    const onError = (error) => {
      server.off('listening', onListening);
      reject(error);
    };
    const onListening = () => {
      server.off('error', onError);
      resolvePromise(server.address().port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

/**
 * Starts the static server. With `strictPort` a busy port is an error (Playwright expects its
 * port); otherwise the next free ports are tried. Resolves to { url, port, close }.
 */
export async function serveStatic({ dir, port = 5173, host = '127.0.0.1', strictPort = false }) {
  const root = resolve(dir);
  const server = createServer((request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { ...SECURITY_HEADERS, Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Method not allowed\n');
      return;
    }
    const result = resolveRequest(root, request.url);
    if (result.status !== 200) {
      response.writeHead(result.status, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(`${result.status}\n`);
      return;
    }
    const { size } = statSync(result.file);
    response.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': MIME_TYPES[extname(result.file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': size,
    });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    createReadStream(result.file)
      .on('error', () => response.destroy())
      .pipe(response);
  });

  let bound;
  for (let attempt = 0; ; attempt += 1) {
    try {
      bound = await listen(server, port === 0 ? 0 : port + attempt, host);
      break;
    } catch (error) {
      if (error.code !== 'EADDRINUSE' || strictPort || port === 0 || attempt >= 20) throw error;
    }
  }
  const close = () =>
    new Promise((resolvePromise) => {
      server.close(() => resolvePromise());
      server.closeAllConnections();
    });
  return { url: `http://${host}:${bound}/`, port: bound, close, server };
}

/** Builds if needed, serves, and shuts down cleanly on SIGTERM/SIGINT. */
export async function main(argv, { log = console.log } = {}) {
  const options = parseArgs(argv);
  const dir = resolve(PROJECT_ROOT, options.dir);
  // Only the default folder is ours to rebuild; a --dir is served as it is.
  if (options.build && dir === resolve(PROJECT_ROOT, 'out/web') && isBuildStale(dir)) {
    log('Relator: building the web version (out/web)…');
    await buildWeb();
  }
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`${options.dir}/index.html does not exist; build it first`);
  const served = await serveStatic({ dir, port: options.port, strictPort: options.portGiven });
  log(`Relator web: ${served.url} (serving ${options.dir}; Ctrl+C to stop)`);
  const stop = () => served.close().then(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  return served;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(`Relator web: ${error.code === 'EADDRINUSE' ? 'the port is already in use' : error.message}`);
    process.exit(1);
  });
}
