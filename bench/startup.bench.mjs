// Starting the app (docs/benchmarks.md):
//   startup.first_run_ms       the first run: chromium launched on a new, empty profile and pointed at the app, until the
//                              frame after the library is usable (the built-in sample seeded and its card listed, the
//                              "Nuevo evento" button there). From before the browser process starts; median of RUNS.
//   startup.second_run_ms      the next start on that same profile (the sample already stored), the same span.
//   startup.browser_only_ms    the reference in the same run: the same launch on a new profile to a page of the same
//                              server holding one line of text, until the frame after it is painted.
//   startup.first_paint_ms     (as before) a new context in a running browser → the first event card in the DOM.
//   startup.first_contentful_paint_ms  (as before) that page's first-contentful-paint entry.
//   bundle.initial_js_kb_gz    gzipped size of the JS the first page load needs (entry + its static imports).
import { mkdtemp, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { median, round } from './lib/context.mjs';
import { PROBE } from './lib/probe.mjs';
import { BENCH_PORTS, buildWeb, launchChromium, serveWeb } from './lib/web.mjs';

const RUNS = 5;

/** In-page: the library lists an event and offers to create one. */
const libraryUsable = () =>
  document.querySelector('.event-card h2 a') !== null &&
  [...document.querySelectorAll('button')].some((b) => /Nuevo evento/.test(b.textContent) && !b.disabled);

/**
 * Launches chromium on `profile` and opens `url`: wall time from before the launch to the frame after
 * `ready` holds in the page (the page reports its own clock, on the same machine clock as ours).
 */
async function launchUntil(ctx, profile, url, ready) {
  const started = performance.timeOrigin + performance.now();
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: ctx.chromiumPath,
    args: ctx.chromiumArgs,
    viewport: { width: 1366, height: 768 },
    serviceWorkers: 'block', // see bench/lib/web.mjs, newBenchContext
  });
  try {
    // The reference page: same origin, one line of text, no app.
    await context.route('**/startup-reference', (r) =>
      r.fulfill({ contentType: 'text/html', body: '<!doctype html><title>reference</title><p>Relator</p>' }),
    );
    await context.addInitScript(PROBE);
    await context.addInitScript(`void (window.__ready = window.__bench.when(${ready}, 60000))`);
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(url);
    const end = await page.evaluate(async () => {
      const t = await window.__ready;
      return t === null ? null : performance.timeOrigin + t;
    });
    if (end === null) throw new Error(`startup: ${url} was not ready within 60 s`);
    return end - started;
  } finally {
    await context.close();
  }
}

export default async function startup(ctx) {
  buildWeb();
  const outDir = join(ctx.root, 'out', 'web');
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const initial = [...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="\.?\/?([^"]+\.js)"/g)].map((m) => m[1]);
  const jsBytes = initial.reduce((sum, file) => sum + gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length, 0);

  const server = await serveWeb(BENCH_PORTS.startup);
  const first = [];
  const second = [];
  const bare = [];
  try {
    // One unrecorded launch first: it warms the OS file cache for chromium's own files.
    for (let i = 0; i <= RUNS; i++) {
      const profile = await mkdtemp(join(ctx.tmp, 'profile-'));
      const blankProfile = await mkdtemp(join(ctx.tmp, 'profile-'));
      try {
        const a = await launchUntil(ctx, profile, server.url, libraryUsable.toString());
        const b = await launchUntil(ctx, profile, server.url, libraryUsable.toString());
        const c = await launchUntil(ctx, blankProfile, `${server.url}startup-reference`, `() => document.querySelector('p') !== null`);
        if (i > 0) {
          first.push(a);
          second.push(b);
          bare.push(c);
        }
      } finally {
        await rm(profile, { recursive: true, force: true });
        await rm(blankProfile, { recursive: true, force: true });
      }
    }
    process.stdout.write(
      `  first run ${first.map(Math.round)}, second ${second.map(Math.round)}, browser only ${bare.map(Math.round)} ms\n`,
    );

    const browser = await launchChromium(ctx.chromiumPath);
    const ready = [];
    const fcp = [];
    try {
      for (let i = 0; i < 7 + 1; i++) {
        const context = await browser.newContext({ serviceWorkers: 'block' }); // fresh storage: first run of the app, sample seeded
        const page = await context.newPage();
        const t0 = Date.now();
        await page.goto(server.url);
        await page.locator('.event-card').first().waitFor();
        const painted = Date.now() - t0;
        const paint = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null);
        if (i > 0) {
          // the first run warms the OS file cache
          ready.push(painted);
          if (paint !== null) fcp.push(paint);
        }
        await context.close();
      }
    } finally {
      await browser.close();
    }
    return [
      { name: 'startup.first_run_ms', value: round(median(first)), unit: 'ms' },
      { name: 'startup.second_run_ms', value: round(median(second)), unit: 'ms' },
      { name: 'startup.browser_only_ms', value: round(median(bare)), unit: 'ms' },
      { name: 'startup.first_paint_ms', value: round(median(ready)), unit: 'ms' },
      { name: 'startup.first_contentful_paint_ms', value: round(median(fcp)), unit: 'ms' },
      { name: 'bundle.initial_js_kb_gz', value: round(jsBytes / 1024), unit: 'KB' },
    ];
  } finally {
    server.stop();
  }
}
