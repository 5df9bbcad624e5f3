// Serves the built web renderer and drives Debian's chromium, for benchmarks that measure as a user would.
import { spawn, spawnSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { root, CHROMIUM_ARGS } from './context.mjs';
import { PROBE } from './probe.mjs';

/**
 * Ports of the benchmarks' own web servers, one per benchmark file, so a benchmark never shares
 * a server (or a port) with another benchmark or with the end-to-end tests (4391–4449).
 */
export const BENCH_PORTS = { capture: 4470, open: 4471, setup: 4472, startup: 4473, backup: 4483, sync: 4484 };

let built = false;
/** Builds out/web once per `npm run bench` (every browser benchmark measures the same build). */
export function buildWeb() {
  if (built) return;
  const r = spawnSync('npx', ['vite', 'build', '--config', 'vite.web.config.ts', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('web build failed (npx vite build --config vite.web.config.ts)');
  built = true;
}

/**
 * Starts scripts/serve-web.mjs on a port and resolves once it answers. RELATOR_BENCH_WEB_DIR (or `dir`)
 * serves another build, e.g. an unminified one for readable CPU profiles, or an older one to compare with.
 */
export async function serveWeb(port, dir = process.env.RELATOR_BENCH_WEB_DIR ?? 'out/web') {
  const url = `http://127.0.0.1:${port}/`;
  // Something already answering there would be measured instead of this build: refuse to go on.
  if (
    await fetch(url).then(
      () => true,
      () => false,
    )
  )
    throw new Error(`port ${port} is already in use (a server left over from an interrupted run?)`);
  const child = spawn(process.execPath, ['scripts/serve-web.mjs', '--port', String(port), '--dir', dir, '--no-build'], {
    cwd: root,
    stdio: 'ignore',
  });
  let exited = null;
  child.on('exit', (code) => (exited = code));
  for (let i = 0; i < 100 && exited === null; i++) {
    try {
      if ((await fetch(url)).ok) return { url, stop: () => child.kill('SIGTERM') };
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGTERM');
  throw new Error(`web server did not start on port ${port}${exited !== null ? ` (exited with ${exited}; is the port in use?)` : ''}`);
}

/**
 * Chromium as a user runs it (60 Hz frame clock), or with the frame-rate limit off, where a figure
 * measures the app's work rather than where in the 16.7 ms vsync period an input happened to land.
 */
export function launchChromium(executablePath, { frameLimit = true } = {}) {
  const extra = frameLimit ? [] : ['--disable-frame-rate-limit', '--disable-gpu-vsync'];
  return chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, ...extra] });
}

/**
 * A new browser context (empty profile) whose pages all carry the in-page probe. Service workers are
 * blocked in every benchmark: the web build's worker downloads the whole app into its precache after
 * the first load, work that would land inside whatever is being timed, and the figures stay
 * comparable with those recorded before the web app had one.
 */
export async function newBenchContext(browser, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, serviceWorkers: 'block', ...options });
  await context.addInitScript(PROBE);
  return context;
}
