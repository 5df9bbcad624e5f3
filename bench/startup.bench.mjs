// startup.first_paint_ms: a cold browser context opening the web build until the event library is painted.
// bundle.initial_js_kb_gz: gzipped size of the JS the first page load needs (entry + its static imports).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { median, round } from './lib/context.mjs';
import { buildWeb, launchChromium, serveWeb } from './lib/web.mjs';

const RUNS = 7;

export default async function startup(ctx) {
  buildWeb();
  const outDir = join(ctx.root, 'out', 'web');
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const initial = [...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="\.?\/?([^"]+\.js)"/g)].map((m) => m[1]);
  const jsBytes = initial.reduce((sum, file) => sum + gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length, 0);

  const server = await serveWeb(4392);
  const browser = await launchChromium(ctx.chromiumPath);
  const ready = [];
  const fcp = [];
  try {
    for (let i = 0; i < RUNS + 1; i++) {
      const context = await browser.newContext(); // fresh storage: first run of the app, sample seeded
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
    server.stop();
  }
  return [
    { name: 'startup.first_paint_ms', value: round(median(ready)), unit: 'ms' },
    { name: 'startup.first_contentful_paint_ms', value: round(median(fcp)), unit: 'ms' },
    { name: 'bundle.initial_js_kb_gz', value: round(jsBytes / 1024), unit: 'KB' },
  ];
}
