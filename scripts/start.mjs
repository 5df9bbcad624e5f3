#!/usr/bin/env node
// @ts-check
/**
 * `npm start`: opens the desktop app when the Electron binary is installed. When it is not,
 * tries once to fetch it, and otherwise serves the same app for the browser and says so in
 * plain words (no stack trace).
 *   node scripts/start.mjs [--dev] [--port N] [--no-build]
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { UsageError, parseScriptArgs, portOption } from './lib/script-args.mjs';
import { PROJECT_ROOT, buildWeb, isBuildStale, serveStatic } from './serve-web.mjs';

export const INSTALL_TIMEOUT_MS = 60_000;
/** After a failed download, `npm start` does not wait for another one for this long. */
export const RETRY_AFTER_MS = 6 * 60 * 60 * 1000;

/**
 * Where electron's own launcher looks for the executable (path.txt names it under dist/).
 * @param {string} electronDir
 * @returns {string | null}
 */
export function findElectronBinary(electronDir, env = process.env) {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  if (relative === '') return null;
  const distDir = env.ELECTRON_OVERRIDE_DIST_PATH || join(electronDir, 'dist');
  const binary = join(distDir, relative);
  return existsSync(binary) ? binary : null;
}

/** @param {string | undefined} value */
function flag(value) {
  return value === '1' || value === 'true';
}

export function downloadAllowed(env = process.env) {
  return !flag(env.ELECTRON_SKIP_BINARY_DOWNLOAD) && !flag(env.CI);
}

const USAGE = 'usage: npm start -- [--dev] [--port N] [--no-build]';

/**
 * @param {string[]} argv
 * @returns {{ dev: boolean, port: number, build: boolean }}
 */
export function parseStartArgs(argv) {
  const values = parseScriptArgs(argv, { dev: { type: 'boolean' }, port: { type: 'string' }, 'no-build': { type: 'boolean' } }, USAGE);
  return { dev: values.dev ?? false, port: portOption(values.port, 5173, USAGE), build: !values['no-build'] };
}

/**
 * The words shown when the browser version stands in for the desktop app.
 * @param {string} url
 */
export function webFallbackMessage(url) {
  return [
    `Relator: ${url}`,
    'La aplicación de escritorio no pudo abrirse porque aquí falta el programa Electron; la misma aplicación funciona en el navegador en la dirección de arriba. Para tener la de escritorio, ejecuta `npx install-electron --no` en un equipo con internet y luego `npm start`.',
    'The desktop app could not start because the Electron binary is missing here; the same app runs in your browser at the address above. To get the desktop app, run `npx install-electron --no` on a machine with internet access, then `npm start`.',
  ].join('\n');
}

/** @param {string} root */
function markerPath(root) {
  return join(root, 'node_modules', '.cache', 'relator', 'electron-download.json');
}

/** @param {string} root */
export function recentlyFailed(root, now = Date.now()) {
  try {
    const { failedAt } = JSON.parse(readFileSync(markerPath(root), 'utf8'));
    return typeof failedAt === 'number' && now - failedAt < RETRY_AFTER_MS;
  } catch {
    return false;
  }
}

/** @param {string} root */
function rememberFailure(root) {
  try {
    mkdirSync(dirname(markerPath(root)), { recursive: true });
    writeFileSync(markerPath(root), JSON.stringify({ failedAt: Date.now() }));
  } catch {
    // Only a convenience: the next start tries again.
  }
}

/**
 * @typedef {{ ok: boolean, reason?: string }} InstallResult
 */

/**
 * Runs electron's installer with a time limit; its output is kept quiet (it prints stacks).
 * @param {string} electronDir
 * @returns {Promise<InstallResult>}
 */
export function installElectron(electronDir, timeoutMs = INSTALL_TIMEOUT_MS) {
  return new Promise((resolvePromise) => {
    const child = spawn(process.execPath, [join(electronDir, 'install.js')], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    /** @param {Buffer} chunk */
    const keep = (chunk) => {
      output = (output + chunk).slice(-4000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', () => {
      clearTimeout(timer);
      resolvePromise({ ok: false, reason: 'the installer could not run' });
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) return resolvePromise({ ok: true });
      const firstLine = output.split('\n').find((line) => line.trim() !== '') ?? '';
      resolvePromise({ ok: false, reason: signal ? `no answer within ${timeoutMs / 1000} s` : firstLine.trim() });
    });
  });
}

/**
 * @param {string} root
 * @param {boolean} dev
 * @returns {Promise<number>}
 */
function runElectronVite(root, dev) {
  const cli = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  return new Promise((resolvePromise) => {
    const child = spawn(process.execPath, [cli, dev ? 'dev' : 'preview'], { cwd: root, stdio: 'inherit' });
    child.on('exit', (code) => resolvePromise(code ?? 1));
  });
}

/**
 * @typedef {{ mode: 'electron', exitCode: number } | { mode: 'web', served: import('./serve-web.mjs').Served }} StartResult
 */

/**
 * Decides and does. Dependencies are injectable so a test can run the no-Electron path against
 * a small prebuilt folder.
 * @param {{
 *   argv?: string[],
 *   env?: Record<string, string | undefined>,
 *   root?: string,
 *   electronDir?: string,
 *   webDir?: string,
 *   log?: (line: string) => void,
 *   install?: (electronDir: string) => Promise<InstallResult>,
 *   runElectron?: (root: string, dev: boolean) => Promise<number>,
 *   now?: number,
 * }} [options]
 * @returns {Promise<StartResult>}
 */
export async function start({
  argv = [],
  env = process.env,
  root = PROJECT_ROOT,
  electronDir = join(root, 'node_modules', 'electron'),
  webDir = join(root, 'out', 'web'),
  log = console.log,
  install = installElectron,
  runElectron = runElectronVite,
  now = Date.now(),
} = {}) {
  const options = parseStartArgs(argv);
  let binary = findElectronBinary(electronDir, env);
  if (!binary && downloadAllowed(env) && !recentlyFailed(root, now)) {
    log('Relator: falta el programa Electron; se intenta descargarlo una vez… / Electron binary missing; trying to download it once…');
    const result = await install(electronDir);
    binary = findElectronBinary(electronDir, env);
    if (!binary) {
      rememberFailure(root);
      log(`Relator: descarga fallida / download failed${result.reason ? ` (${result.reason})` : ''}.`);
    }
  }
  if (binary) return { mode: 'electron', exitCode: await runElectron(root, options.dev) };

  if (options.build && resolve(webDir) === resolve(root, 'out', 'web') && isBuildStale(webDir, root)) {
    log('Relator: preparando la versión para navegador… / building the browser version…');
    await buildWeb(root);
  }
  const served = await serveStatic({ dir: webDir, port: options.port });
  log(webFallbackMessage(served.url));
  return { mode: 'web', served };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  start({ argv: process.argv.slice(2) })
    .then((result) => {
      if (result.mode === 'electron') process.exit(result.exitCode);
      const stop = () => result.served.close().then(() => process.exit(0));
      process.once('SIGTERM', stop);
      process.once('SIGINT', stop);
    })
    .catch((error) => {
      console.error(`Relator: no se pudo iniciar / could not start: ${error.message}`);
      process.exit(error instanceof UsageError ? 2 : 1);
    });
}
