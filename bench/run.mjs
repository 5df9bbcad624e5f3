// Runs every bench/*.bench.mjs and writes bench/results.json as a list of {name, value, unit}.
// Each bench module exports `default async (ctx) => [{ name, value, unit }, ...]`.
import { readdir, writeFile, mkdir } from 'node:fs/promises';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { benchContext } from './lib/context.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = (await readdir(here))
  .filter((f) => f.endsWith('.bench.mjs'))
  .sort()
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)));
const ctx = await benchContext();
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
await mkdir(here, { recursive: true });
await writeFile(join(here, 'results.json'), JSON.stringify(results, null, 2) + '\n');
process.stdout.write(`wrote bench/results.json (${results.length} entries)\n`);
