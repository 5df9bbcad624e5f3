// Opening the capture view of the 10,000- and 50,000-note demo events, per view (first question, largest
// question, general notes, all questions), in chromium at 1920×1080 with its 60 Hz frame clock:
//   capture.open_<n>_<view>_cold_ms  a new page on the view (the app remembers it): navigation start → the
//                                    frame after the view lists all its notes with its last note visible and
//                                    the composer ready. Median of RUNS, after one unrecorded open.
//   capture.open_<n>_<view>_warm_ms  in an open page, a click on the view in the question rail → the same frame;
//                                    each view reached from another one, LINGER_MS after the last switch, so no
//                                    list of its last visit is still held (Dexie drops an unused result after 3 s).
//   capture.open_<n>_worst_ms        the headline: the worst view, cold or warm.
// When the first question is also the largest, it is measured once and reported under both names.
import { round } from './lib/context.mjs';
import { importEvent, openCold, openWarm } from './lib/capture-app.mjs';
import { demoEvent } from './lib/demo.mjs';
import { stats } from './lib/stats.mjs';
import { BENCH_PORTS, buildWeb, launchChromium, newBenchContext, serveWeb } from './lib/web.mjs';

const SIZES = [
  { notes: 10_000, runs: 5 },
  { notes: 50_000, runs: 3 },
];
const LINGER_MS = 3500;
const log = (msg) => process.stderr.write(`  open: ${msg}\n`);

export default async function open(ctx) {
  buildWeb();
  const server = await serveWeb(BENCH_PORTS.open);
  const browser = await launchChromium(ctx.chromiumPath);
  const results = [];
  try {
    for (const { notes, runs } of SIZES) {
      const demo = demoEvent(ctx, notes);
      const context = await newBenchContext(browser, { viewport: { width: 1920, height: 1080 } });
      const all = demo.views.find((v) => v.name === 'all');
      const event = await importEvent(context, server.url, demo.file, all.count);
      const figures = [];
      for (const view of demo.views) {
        const cold = [];
        for (let i = 0; i <= runs; i++) {
          const { page, ms } = await openCold(context, event.captureUrl, event.eventId, view);
          if (i > 0) cold.push(ms);
          await page.close();
        }
        figures.push({ view, kind: 'cold', ms: stats(cold).p50 });
      }
      // Warm: one page, the views in turn, each reached from the one before it.
      const { page } = await openCold(context, event.captureUrl, event.eventId, demo.views[demo.views.length - 1]);
      const warm = new Map(demo.views.map((v) => [v, []]));
      for (let i = 0; i < runs; i++) {
        for (const view of demo.views) {
          await page.waitForTimeout(LINGER_MS);
          warm.get(view).push(await openWarm(page, demo.bundle, view));
        }
      }
      await page.close();
      for (const [view, ms] of warm) figures.push({ view, kind: 'warm', ms: stats(ms).p50 });
      await context.close();

      const size = `${notes / 1000}k`;
      for (const f of figures) {
        for (const name of [f.view.name, f.view.alias].filter(Boolean)) {
          results.push({ name: `capture.open_${size}_${name}_${f.kind}_ms`, value: round(f.ms), unit: 'ms' });
        }
      }
      const worst = figures.reduce((a, b) => (b.ms > a.ms ? b : a));
      log(`${size}: worst is ${worst.view.name} ${worst.kind}, ${round(worst.ms)} ms`);
      results.push({ name: `capture.open_${size}_worst_ms`, value: round(worst.ms), unit: 'ms' });
    }
    return results;
  } finally {
    await browser.close();
    server.stop();
  }
}
