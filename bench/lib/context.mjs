// Shared helpers for benchmarks: paths, a scratch folder, medians/percentiles, timing a whole process.
import { mkdir } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function percentile(values, p) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

export const round = (x, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Runs a command to completion and returns its wall time in ms (throws if it fails). */
export function timeProcess(cmd, args, options = {}) {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', ...options });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return ms;
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

export async function benchContext() {
  const tmp = join(root, 'bench', 'tmp');
  await mkdir(tmp, { recursive: true });
  return {
    root,
    tmp,
    chromiumPath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromiumArgs: CHROMIUM_ARGS,
    relatorBin: join(root, 'bin', 'relator.mjs'),
  };
}
