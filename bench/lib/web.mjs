// Serves the built web renderer and drives Debian's chromium, for benchmarks that measure as a user would.
import { spawn, spawnSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { root, CHROMIUM_ARGS } from './context.mjs';

export function buildWeb() {
  const r = spawnSync('npx', ['vite', 'build', '--config', 'vite.web.config.ts', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('web build failed');
}

/** Starts scripts/serve-web.mjs on a port and resolves once it answers. */
export async function serveWeb(port) {
  const child = spawn(process.execPath, ['scripts/serve-web.mjs', '--port', String(port), '--no-build'], { cwd: root, stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return { url, stop: () => child.kill('SIGTERM') };
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGTERM');
  throw new Error('web server did not start');
}

export function launchChromium(executablePath) {
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}
