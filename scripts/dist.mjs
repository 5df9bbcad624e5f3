#!/usr/bin/env node
// @ts-check
/**
 * `npm run dist`: builds the desktop installers with electron-builder (electron-builder.yml):
 * NSIS on Windows, dmg on macOS, AppImage and deb on Linux — those of the machine it runs on, or
 * the ones named:   npm run dist -- [--win] [--mac] [--linux]
 * electron-builder downloads the Electron build of each target platform. Where that download
 * cannot be made (no internet, a blocked host), this says so in plain words, with no stack trace.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { UsageError, parseScriptArgs } from './lib/script-args.mjs';
import { PROJECT_ROOT } from './serve-web.mjs';

const USAGE = 'usage: npm run dist -- [--win] [--mac] [--linux]';

/**
 * @param {string[]} argv
 * @returns {{ platforms: Array<'win' | 'mac' | 'linux'> }}
 */
export function parseDistArgs(argv) {
  const values = parseScriptArgs(argv, { win: { type: 'boolean' }, mac: { type: 'boolean' }, linux: { type: 'boolean' } }, USAGE);
  return { platforms: /** @type {const} */ (['win', 'mac', 'linux']).filter((platform) => values[platform]) };
}

/** Errors that mean "the Electron download could not be made", whatever electron-builder wraps them in. */
const DOWNLOAD_FAILURE =
  /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|socket hang up|getaddrinfo|certificate|download|status code 40[34]/i;

/**
 * What the person running `npm run dist` is told when it fails: one paragraph in Spanish, one in
 * English, and the cause's first line. The full error only with RELATOR_DEBUG=1.
 * @param {unknown} error
 */
export function distFailureMessage(error) {
  const text = error instanceof Error ? error.message : String(error);
  const firstLine =
    text
      .split('\n')
      .find((line) => line.trim() !== '')
      ?.trim() ?? '';
  const code = /** @type {{ code?: unknown }} */ (error)?.code;
  const cause = `${firstLine}${typeof code === 'string' && !firstLine.includes(code) ? ` (${code})` : ''}`;
  if (DOWNLOAD_FAILURE.test(`${text} ${String(code ?? '')}`)) {
    return [
      'Relator: no se pudieron crear los instaladores porque no se pudo descargar Electron para empaquetarlo. Ejecuta `npm run dist` en un equipo con acceso a internet (docs/release.md).',
      'Relator: the installers could not be built because Electron could not be downloaded to package it. Run `npm run dist` on a machine with internet access (docs/release.md).',
      `(${cause})`,
    ].join('\n');
  }
  return [
    'Relator: no se pudieron crear los instaladores / the installers could not be built.',
    `(${cause})`,
    'Detalles / details: RELATOR_DEBUG=1 npm run dist',
  ].join('\n');
}

/**
 * @typedef {(options: { config: string, targets: Array<'win' | 'mac' | 'linux'> }) => Promise<unknown>} Packager
 */

/** @type {Packager} */
async function electronBuilder({ config, targets }) {
  const builder = await import('electron-builder');
  /** @type {Record<string, string[]>} */
  const flags = { win: ['win'], mac: ['mac'], linux: ['linux'] };
  const selected = Object.fromEntries(targets.flatMap((target) => flags[target] ?? []).map((key) => [key, []]));
  return builder.build({ config, publish: 'never', ...selected });
}

/** @param {string} root */
function buildApp(root) {
  const cli = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const result = spawnSync(process.execPath, [cli, 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`electron-vite build failed (exit code ${result.status})`);
}

/**
 * Builds the app, then the installers. Dependencies are injectable so a test can stand in for the
 * packager and see what the user is told.
 * @param {{ argv?: string[], root?: string, build?: (root: string) => void, packager?: Packager, log?: (line: string) => void }} [options]
 * @returns {Promise<number>} the exit code
 */
export async function dist({ argv = [], root = PROJECT_ROOT, build = buildApp, packager = electronBuilder, log = console.error } = {}) {
  const { platforms } = parseDistArgs(argv);
  try {
    build(root);
    await packager({ config: join(root, 'electron-builder.yml'), targets: platforms });
    return 0;
  } catch (error) {
    log(distFailureMessage(error));
    if (process.env.RELATOR_DEBUG === '1') log(String(error instanceof Error ? error.stack : error));
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  dist({ argv: process.argv.slice(2) })
    .then((code) => process.exit(code))
    .catch((error) => {
      console.error(error instanceof UsageError ? error.message : `Relator: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(error instanceof UsageError ? 2 : 1);
    });
}
