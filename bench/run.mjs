// @ts-check
// Runs every bench/*.bench.mjs (or those whose names contain one of the given words) and writes the
// figures as a list of {name, value, unit}: to bench/tmp/results.json (not tracked), or with --save
// to bench/results.json, the recorded figures in the repository.
//   npm run bench [-- export capture] [-- --save]
// Each bench module exports `default async (ctx) => [{ name, value, unit }, ...]`.
import { readdir, writeFile } from 'node:fs/promises';
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
await writeFile(out, JSON.stringify(results, null, 2) + '\n');
process.stdout.write(
  `wrote ${relative(ctx.root, out)} (${results.length} entries)${values.save ? '' : '; npm run bench -- --save records them in bench/results.json'}\n`,
);
