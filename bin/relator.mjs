#!/usr/bin/env node
// `relator` command line. Runs the esbuild bundle out/cli/relator.mjs, rebuilding it first when it is
// missing or older than its sources, so `npx relator …` works straight after `npm install`.
import module from 'node:module';
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// Node ≥ 22.1 keeps the bundle's compiled code between runs; on Node 20 the function does not exist.
module.enableCompileCache?.();

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'out', 'cli', 'relator.mjs');
const SOURCES = ['src/core', 'src/cli', 'src/shared', 'resources/samples', 'package.json', 'scripts/build-cli.mjs'];

function mtimeOf(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return -1;
  }
}

/** True as soon as one source file is newer than `since` (stops walking at the first). */
function newerThan(path, since) {
  let entries;
  try {
    entries = readdirSync(path, { withFileTypes: true });
  } catch {
    return mtimeOf(path) > since;
  }
  for (const entry of entries) {
    const child = join(path, entry.name);
    if (entry.isDirectory() ? newerThan(child, since) : mtimeOf(child) > since) return true;
  }
  return false;
}

const built = mtimeOf(bundle);
if (built < 0 || SOURCES.some((s) => newerThan(join(root, s), built))) {
  try {
    const { buildCli } = await import(pathToFileURL(join(root, 'scripts', 'build-cli.mjs')).href);
    await buildCli();
  } catch (e) {
    // A stale bundle still beats no command at all (e.g. esbuild absent in a production install).
    if (built < 0) {
      process.stderr.write(`relator: cannot build ${bundle}: ${e instanceof Error ? e.message : e}\n`);
      process.exit(1);
    }
  }
}
await import(pathToFileURL(bundle).href);
