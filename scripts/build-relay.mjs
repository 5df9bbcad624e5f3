// @ts-check
// Bundles the live-sync relay (src/relay/index.ts) into out/relay/relay.mjs with esbuild, for
// scripts/serve-web.mjs (`npm start` in the browser, Playwright's server), which is plain Node and
// cannot load TypeScript. The main process gets the same code through electron-vite instead.
// serve-web runs this on demand when the bundle is missing or older than its sources.
import { existsSync, statSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { newestMtime } from './lib/newest-mtime.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const relayBundlePath = join(root, 'out', 'relay', 'relay.mjs');
const SOURCES = ['src/relay', 'src/shared', 'src/core/model', 'src/core/backup', 'package.json', 'scripts/build-relay.mjs'];

export function isRelayBundleStale(bundle = relayBundlePath) {
  if (!existsSync(bundle)) return true;
  const built = statSync(bundle).mtimeMs;
  return SOURCES.some((source) => newestMtime(join(root, source)) > built);
}

export async function buildRelay(bundle = relayBundlePath) {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [join(root, 'src', 'relay', 'index.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    outfile: bundle,
    // One Yjs in the process (it warns about two); ws as installed. The rest is bundled, with
    // @y/websocket-server's unused LevelDB persistence (a native module) replaced by an inert stand-in.
    external: ['yjs', 'ws'],
    alias: { 'y-leveldb': join(root, 'src', 'relay', 'no-leveldb.ts') },
    logLevel: 'warning',
    legalComments: 'none',
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error('esbuild wrote no relay bundle');
  // Several servers may start at once (tests in parallel): written aside, then renamed.
  await mkdir(dirname(bundle), { recursive: true });
  const temp = `${bundle}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(temp, output.contents);
  await rename(temp, bundle);
  return bundle;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.stdout.write(`built ${await buildRelay()}\n`);
}
