// @ts-check
// Runs every bench/*.bench.mjs (or those whose names contain one of the given words) and writes the
// figures as a list of {name, value, unit}: to bench/tmp/results.json (not tracked), or with --save
// to bench/results.json, the recorded figures in the repository. A partial run saved with --save
// replaces only the figures it measured, so one benchmark can be re-recorded on a quiet machine
// without throwing away the others.
//   npm run bench [-- export capture] [-- --save]
// Each bench module exports `default async (ctx) => [{ name, value, unit }, ...]`.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, dirname, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { benchContext } from './lib/context.mjs';

const here = dirname(fileURLToPath(import.meta.url));
/** @returns {{ values: { save?: boolean }, positionals: string[] }} */
function readArgs() {
  try {
    return parseArgs({ options: { save: { type: 'boolean' } }, allowPositionals: true, strict: true });
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : error}\nusage: npm run bench [-- WORD…] [-- --save]\n`);
    process.exit(2);
  }
}
const { values, positionals: only } = readArgs();
const files = (await readdir(here))
  .filter((f) => f.endsWith('.bench.mjs'))
  .sort()
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)));
const ctx = await benchContext();
/** @type {{ name: string, value: number, unit: string }[]} */
const results = [];
for (const file of files) {
  process.stdout.write(`bench: ${file}\n`);
  const mod = await import(pathToFileURL(join(here, file)).href);
  const entries = await mod.default(ctx);
  for (const e of entries) {
    process.stdout.write(`  ${e.name} = ${e.value} ${e.unit}\n`);
    results.push(e);
  }
}
const out = values.save ? join(here, 'results.json') : join(ctx.tmp, 'results.json');
const recorded = values.save && only.length > 0 ? await readRecorded(out) : [];
const measured = new Set(results.map((e) => e.name));
const kept = recorded.filter((e) => !measured.has(e.name));
await writeFile(out, JSON.stringify([...kept, ...results], null, 2) + '\n');
process.stdout.write(
  `wrote ${relative(ctx.root, out)} (${results.length} entries${kept.length > 0 ? `, ${kept.length} kept from before` : ''})${values.save ? '' : '; npm run bench -- --save records them in bench/results.json'}\n`,
);

/**
 * @param {string} file
 * @returns {Promise<{ name: string, value: number, unit: string }[]>}
 */
async function readRecorded(file) {
  try {
    return JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code === 'ENOENT') return [];
    throw error;
  }
}
