#!/usr/bin/env node
// @ts-check
/**
 * Serves the browser build of Relator (out/web) on 127.0.0.1 with the app's security headers.
 * Used by `npm start` when Electron is missing and by Playwright's webServer.
 *   node scripts/serve-web.mjs [--port N] [--dir out/web] [--no-build]
 * Builds out/web first when it is missing or older than the sources (unless --no-build).
 * Files are served by sirv; what is Relator's own is the headers, the build check and the ports.
 * It also hosts live sync for the browser version (src/relay, bundled by scripts/build-relay.mjs):
 * /api/sync/* on this loopback server turns hosting on and off, and while an event is hosted a second
 * listener, on every interface and a free port, serves the same app and the relay to the venue network.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { networkInterfaces } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import sirv from 'sirv';
import { buildRelay, isRelayBundleStale, relayBundlePath } from './build-relay.mjs';
import { newestMtime } from './lib/newest-mtime.mjs';
import { UsageError, parseScriptArgs, portOption } from './lib/script-args.mjs';

export const PROJECT_ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** Same policy as the desktop app (src/main/csp.ts and src/renderer/index.html); a test compares them. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; " +
  "connect-src 'self' ws:; object-src 'none'; base-uri 'none'; form-action 'none'";

/** On every response, errors included. */
const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  // Fresh files after every rebuild (with ETags, an unchanged file is a 304); this is a local tool, not a CDN.
  'Cache-Control': 'no-cache',
};

const USAGE = 'usage: node scripts/serve-web.mjs [--port N] [--dir DIR] [--no-build]';

/**
 * @typedef {{ port: number, portGiven: boolean, dir: string, build: boolean }} ServeWebOptions
 * @param {string[]} argv
 * @returns {ServeWebOptions}
 */
export function parseArgs(argv) {
  const values = parseScriptArgs(argv, { port: { type: 'string' }, dir: { type: 'string' }, 'no-build': { type: 'boolean' } }, USAGE);
  if (values.dir === '') throw new UsageError(`--dir needs a folder\n${USAGE}`);
  return {
    port: portOption(values.port, 5173, USAGE),
    portGiven: values.port !== undefined,
    dir: values.dir ?? 'out/web',
    build: !values['no-build'],
  };
}

const BUILD_INPUTS = ['src/renderer', 'src/core', 'src/shared', 'vite.web.config.ts', 'vite.renderer.shared.ts', 'package.json'];

/**
 * True when the bundle is missing or any renderer source changed after it was built.
 * @param {string} dir
 */
export function isBuildStale(dir, root = PROJECT_ROOT) {
  const index = join(dir, 'index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  return BUILD_INPUTS.some((input) => newestMtime(join(root, input)) > built);
}

/** @returns {Promise<void>} */
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

/**
 * sirv (in its production mode) serves exactly the files it lists at start-up, looked up by request
 * path, so no request path can climb out of the folder. A link inside the folder still could: every
 * listed file is checked here by its real path first, and a folder with a link leading out of it is
 * not served at all. The folder is the app's own build output; whoever could swap a file for a link
 * after start-up could as well change the app itself.
 * @param {string} root a real path
 */
function assertNoEscapingLinks(root) {
  for (const name of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    const real = realpathSync(join(root, name));
    if (real !== root && !real.startsWith(root + sep)) {
      throw new Error(`${join(root, name)} leads outside the folder being served (to ${real}); not serving it`);
    }
  }
}

/**
 * @param {import('node:http').Server} server
 * @param {number} port
 * @param {string} host
 * @returns {Promise<number>}
 */
function listen(server, port, host) {
  return new Promise((resolvePromise, reject) => {
    /** @param {Error} error */
    const onError = (error) => {
      server.off('listening', onListening);
      reject(error);
    };
    const onListening = () => {
      server.off('error', onError);
      resolvePromise(/** @type {import('node:net').AddressInfo} */ (server.address()).port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

/**
 * The relay's bundle, rebuilt first when a source changed (esbuild takes well under a second).
 * @returns {Promise<typeof import('../src/relay/index.ts')>}
 */
async function loadRelay() {
  if (isRelayBundleStale()) await buildRelay();
  return import(pathToFileURL(relayBundlePath).href);
}

/**
 * @typedef {import('node:http').IncomingMessage} Request
 * @typedef {import('node:http').ServerResponse} Response
 * @typedef {{ url: string, port: number, close(): Promise<void>, server: import('node:http').Server, sync: import('../src/relay/sync-host.ts').SyncHost }} Served
 */

/**
 * Starts the static server. With `strictPort` a busy port is an error (Playwright expects its
 * port); otherwise the next free ports are tried.
 * @param {{ dir: string, port?: number, host?: string, strictPort?: boolean, lanHost?: string, interfaces?: () => NodeJS.Dict<import('node:os').NetworkInterfaceInfo[]> }} options
 *   `lanHost` and `interfaces`: where the sync listener opens and which addresses the join link may name (tests narrow them to loopback).
 * @returns {Promise<Served>}
 */
export async function serveStatic({
  dir,
  port = 5173,
  host = '127.0.0.1',
  strictPort = false,
  lanHost = '0.0.0.0',
  interfaces = networkInterfaces,
}) {
  const root = realpathSync(dir);
  assertNoEscapingLinks(root);
  // `single`: a path without an extension is an app route and gets index.html; a missing file is a 404.
  const files = sirv(root, { single: true, etag: true, dotfiles: false });
  const relay = await loadRelay();
  // The venue network gets the app (the join link opens it) and the relay, never the hosting API.
  const sync = relay.createSyncHost({
    listenHost: lanHost,
    networkInterfaces: interfaces,
    handleRequest: (request, response) => {
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
      if (!relay.refuseApi(request, response)) files(request, response);
    },
  });
  const api = relay.createSyncApi(sync);
  const server = createServer((request, response) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
    if (!api(request, response)) files(request, response);
  });

  let bound;
  for (let attempt = 0; ; attempt += 1) {
    try {
      bound = await listen(server, port === 0 ? 0 : port + attempt, host);
      break;
    } catch (error) {
      const code = /** @type {{ code?: string }} */ (error).code;
      if (code !== 'EADDRINUSE' || strictPort || port === 0 || attempt >= 20) throw error;
    }
  }
  /** @returns {Promise<void>} */
  const close = async () => {
    await sync.close();
    await new Promise((resolvePromise) => {
      server.close(() => resolvePromise(undefined));
      server.closeAllConnections();
    });
  };
  return { url: `http://${host}:${bound}/`, port: bound, close, server, sync };
}

/**
 * Builds if needed, serves, and shuts down cleanly on SIGTERM/SIGINT.
 * @param {string[]} argv
 * @param {{ log?: (line: string) => void }} [options]
 */
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
    process.exit(error instanceof UsageError ? 2 : 1);
  });
}
