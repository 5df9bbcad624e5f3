// The renderer's memory as capture.memory_10k_* takes it (10,000-note demo, "all questions" open, Find open on
// "metropolitana", 1920×1080, a forced GC, the renderer's /proc figures), broken down, for one web build or for
// several compared run by run (A/B/A/B: on a shared machine, never against a figure taken earlier):
//   npm run bench:memory -- [--runs N] [--dump] [build dir …]     (default: out/web, built from the sources)
// Prints each run's resident memory (anonymous, file: chromium's code, shared: raster tiles) and JS heap, with
// --dump chromium's own account of it (memory-infra: malloc, V8, Oilpan, raster tiles…), then the medians.
// Serves build i on RELATOR_PROFILE_PORT + i (4479 by default), so each has its own origin and its own import.
import { parseArgs } from 'node:util';
import { benchContext, median, round } from './lib/context.mjs';
import { importEvent, openCold } from './lib/capture-app.mjs';
import { demoEvent } from './lib/demo.mjs';
import { rendererMemory } from './lib/process-memory.mjs';
import { buildWeb, launchChromium, newBenchContext, serveWeb } from './lib/web.mjs';

const { values, positionals } = parseArgs({
  options: { runs: { type: 'string', default: '3' }, dump: { type: 'boolean' } },
  allowPositionals: true,
});
const dirs = positionals.length ? positionals : ['out/web'];
if (!positionals.length) buildWeb();
const PORT = Number(process.env.RELATOR_PROFILE_PORT ?? 4479);

/** The renderer's allocators as chromium accounts for them (a memory-infra dump), in MB. */
async function allocators(browser, pid) {
  const cdp = await browser.newBrowserCDPSession();
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    traceConfig: {
      includedCategories: ['disabled-by-default-memory-infra'],
      excludedCategories: ['*'],
      memoryDumpConfig: { triggers: [] },
    },
  });
  await cdp.send('Tracing.requestMemoryDump', { levelOfDetail: 'detailed' });
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();
  const dump = events.find((e) => e.ph === 'v' && String(e.pid) === String(pid) && e.args.dumps.allocators)?.args.dumps.allocators ?? {};
  const mb = (name) => round(parseInt(dump[name]?.attrs?.size?.value ?? '0', 16) / 2 ** 20);
  return ['malloc', 'v8', 'blink_gc', 'partition_alloc', 'parkable_strings', 'cc/tile_memory', 'shared_memory']
    .map((name) => `${name} ${mb(name)}`)
    .join(', ');
}

const ctx = await benchContext();
const demo = demoEvent(ctx, 10_000);
const all = demo.views.find((v) => v.name === 'all');
const servers = [];
const browser = await launchChromium(ctx.chromiumPath);
try {
  const builds = [];
  for (const [i, dir] of dirs.entries()) {
    const server = await serveWeb(PORT + i, dir);
    servers.push(server);
    const context = await newBenchContext(browser, { viewport: { width: 1920, height: 1080 } });
    builds.push({ dir, context, event: await importEvent(context, server.url, demo.file, all.count), runs: [] });
  }
  for (let run = 0; run < Number(values.runs); run++) {
    for (const build of builds) {
      // The same steps as capture.bench.mjs's memoryWithAllNotes.
      const { page } = await openCold(build.context, build.event.captureUrl, build.event.eventId, all);
      await page.getByRole('button', { name: 'Buscar', exact: true }).click();
      await page.getByText('Preparando la búsqueda…').waitFor({ state: 'detached', timeout: 60_000 });
      await page.getByRole('searchbox').fill('metropolitana');
      await page.locator('[data-testid="find-results"] li').first().waitFor();
      await page.waitForTimeout(500);
      const cdp = await build.context.newCDPSession(page);
      await cdp.send('HeapProfiler.enable');
      await cdp.send('HeapProfiler.collectGarbage');
      const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize / 2 ** 20;
      const renderer = await rendererMemory(browser, page);
      build.runs.push({ rss: renderer.rssMb, private: renderer.privateMb, heap });
      process.stdout.write(`${build.dir}: ${round(renderer.rssMb)} MB resident, JS heap ${round(heap)} MB (${renderer.note})\n`);
      if (values.dump) {
        const pid = /renderer (\d+)/.exec(renderer.note)[1];
        process.stdout.write(`  ${await allocators(browser, pid)}\n`);
      }
      await cdp.detach();
      await page.close();
    }
  }
  for (const build of builds) {
    const m = (key) => round(median(build.runs.map((r) => r[key])));
    process.stdout.write(
      `${build.dir}: median of ${build.runs.length}: ${m('rss')} MB resident, ${m('private')} MB private, JS heap ${m('heap')} MB\n`,
    );
  }
} finally {
  await browser.close();
  for (const server of servers) server.stop();
}
