// The capture view of the 10,000-note demo event, used as a rapporteur uses it, in Debian's chromium against
// the built web app at 1920×1080 (more notes on screen than a laptop shows). docs/benchmarks.md defines
// every figure; in short:
//   capture.typing_*          real key presses at human pace (100–180 ms apart, pauses of 320–800 ms between
//                             words, so the draft autosave runs), two notes each saved with Enter, on the "all
//                             questions" view and on the largest question; keydown → the frame after the
//                             character is painted. p50/p95/max of the worse view; `_vsync_` with chromium's 60 Hz
//                             frame clock (the headline), the others with the frame-rate limit off (the app's work).
//   capture.typing_reference_* the same keys typed into a bare page holding only a textarea: the browser's floor.
//   capture.save_frame_p95_ms Enter → the frame after the saved note is inside the visible part of the list.
//   capture.search_key_p95_ms Find, queries typed key by key: each key → the frame after its results are shown.
//   capture.memory_10k_*      every note loaded ("all questions" view with Find open on a query): JS heap
//                             after a forced GC, DOM nodes, and the renderer process's resident memory.
// Figures named as before the redefinition (capture.keypress_*, save_visible, search_p95, heap_*) are kept
// one more release, measured as before, in bench/lib/legacy-capture.mjs.
import { round } from './lib/context.mjs';
import { importEvent, newProbedPage, openCold, slotKey } from './lib/capture-app.mjs';
import { countMatches, demoEvent, fold } from './lib/demo.mjs';
import { recordKeystrokes, rhythm, typeNotesLikeAPerson } from './lib/human.mjs';
import { legacyCapture } from './lib/legacy-capture.mjs';
import { rendererMemory } from './lib/process-memory.mjs';
import { stats } from './lib/stats.mjs';
import { BENCH_PORTS, buildWeb, launchChromium, newBenchContext, serveWeb } from './lib/web.mjs';

const VIEWPORT = { width: 1920, height: 1080 };
/** Two notes typed and saved with Enter on each view, as a rapporteur goes on (ASCII: every character is a real key press). */
const NOTES = [
  'La coordinacion metropolitana necesita un fondo estable y acuerdos entre municipios vecinos.',
  'Propuesta: indicadores comunes para toda la zona antes de 2027.',
];
const SAVES = 25;
/** Queries whose first letter is in nearly every note, so the first keys search thousands of notes. */
const QUERIES = ['desigualdad', 'etiquetado', 'administracion', 'asequible', 'periferia'];
const log = (msg) => process.stderr.write(`  capture: ${msg}\n`);

export default async function capture(ctx) {
  buildWeb();
  const demo = demoEvent(ctx, 10_000);
  const all = demo.views.find((v) => v.name === 'all');
  const largest = demo.views.find((v) => v.name === 'largest' || v.alias === 'largest');
  const server = await serveWeb(BENCH_PORTS.capture);
  const vsyncBrowser = await launchChromium(ctx.chromiumPath);
  const freeBrowser = await launchChromium(ctx.chromiumPath, { frameLimit: false });
  try {
    const results = [];
    // Typing saves notes: each browser types in its own profile, so the other figures see the demo as it is.
    const typed = {};
    for (const [name, browser] of [
      ['capture.typing_vsync', vsyncBrowser],
      ['capture.typing', freeBrowser],
    ]) {
      const context = await newBenchContext(browser, { viewport: VIEWPORT });
      const event = await importEvent(context, server.url, demo.file, all.count);
      typed[name] = await typingOnViews(context, event, [all, largest]);
      typed[`${name.replace('capture.typing', 'capture.typing_reference')}`] = await typingOnBarePage(context, server.url);
      await context.close();
    }
    for (const name of ['capture.typing_vsync', 'capture.typing', 'capture.typing_reference_vsync', 'capture.typing_reference']) {
      results.push(...typingFigures(name, typed[name]));
    }
    // What a user sees: the 60 Hz frame clock.
    const context = await newBenchContext(vsyncBrowser, { viewport: VIEWPORT });
    const event = await importEvent(context, server.url, demo.file, all.count);
    const search = await searchKeyByKey(context, event, demo.bundle);
    results.push({ name: 'capture.search_key_p95_ms', value: round(stats(search).p95), unit: 'ms' });
    const memory = await memoryWithAllNotes(context, event, all);
    // "All questions" first: its saves are general notes, so the largest question still lists what the demo holds.
    const saves = [...(await savesOn(context, event, all)), ...(await savesOn(context, event, largest))];
    results.push({ name: 'capture.save_frame_p95_ms', value: round(stats(saves).p95), unit: 'ms' }, ...memory);
    await context.close();

    results.push(...(await legacyCapture({ ctx, server, freeBrowser, vsyncBrowser, demo })));
    return results;
  } finally {
    await vsyncBrowser.close();
    await freeBrowser.close();
    server.stop();
  }
}

/** p50/p95/max of each view's keystrokes; each figure is the worse view's. */
function typingFigures(prefix, perView) {
  const worst = (key) => Math.max(...perView.map((v) => stats(v.ms)[key]));
  log(`${prefix}: ${perView.map((v) => `${v.view} p95 ${round(stats(v.ms).p95)} ms (${v.ms.length} keys)`).join(', ')}`);
  return [
    { name: `${prefix}_p50_ms`, value: round(worst('p50')), unit: 'ms' },
    { name: `${prefix}_p95_ms`, value: round(worst('p95')), unit: 'ms' },
    { name: `${prefix}_max_ms`, value: round(worst('max')), unit: 'ms' },
  ];
}

/** Types NOTES at a person's pace into the focused composer (or text box), saving each with Enter: each character's time to paint. */
async function typeNotes(page) {
  await typeNotesLikeAPerson(page, NOTES);
  const keys = NOTES.join('').length;
  await page
    .waitForFunction((n) => window.__typed.length >= n, keys, { timeout: 10_000 })
    .catch(() => {
      throw new Error(`typing: fewer keystrokes recorded than the ${keys} typed`);
    });
  return (await page.evaluate(() => window.__typed.map((k) => k.ms))).slice(0, keys);
}

async function typingOnViews(context, event, views) {
  const out = [];
  for (const view of views) {
    const { page } = await openCold(context, event.captureUrl, event.eventId, view);
    await page.evaluate(recordKeystrokes);
    await page.locator('#composer-text').click();
    out.push({ view: view.name, ms: await typeNotes(page) });
    await page.close();
  }
  return out;
}

/** The same typing in a page of the same origin holding only a textarea: what the browser itself costs. */
async function typingOnBarePage(context, url) {
  const page = await newProbedPage(context);
  await page.route('**/typing-reference', (r) =>
    r.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><title>reference</title><textarea id="composer-text" rows="3" cols="80"></textarea>',
    }),
  );
  await page.goto(`${url}typing-reference`);
  await page.evaluate(recordKeystrokes);
  await page.locator('#composer-text').click();
  const ms = await typeNotes(page);
  await page.close();
  return [{ view: 'textarea only', ms }];
}

/** Each note saved with Enter: keydown → the frame after the note is inside the visible part of the list. */
async function savesOn(context, event, view) {
  const { page } = await openCold(context, event.captureUrl, event.eventId, view);
  const box = page.locator('#composer-text');
  const pace = rhythm(view.count);
  const out = [];
  for (let i = 0; i < SAVES; i++) {
    const marker = `Nota de medicion ${view.name} ${i} ${Date.now()}`;
    await box.fill(marker);
    await page.waitForTimeout(pace.between(150, 450));
    await page.evaluate((m) => {
      window.__saved = window.__bench.when(() => {
        const list = document.querySelector('.vlist');
        const article = [...(list?.querySelectorAll('article') ?? [])].find((a) => a.textContent.includes(m));
        return window.__bench.visibleIn(article, list);
      }, 30_000);
    }, marker);
    await box.press('Enter');
    const ms = await page.evaluate(async () => {
      const end = await window.__saved;
      return end === null ? null : end - window.__bench.last.keydown.timeStamp;
    });
    if (ms === null) throw new Error(`saved note ${i} on ${view.name} never became visible`);
    out.push(ms);
    await page.waitForTimeout(pace.between(400, 900));
  }
  log(`save → visible on ${view.name}: p95 ${round(stats(out).p95)} ms`);
  await page.close();
  return out;
}

/** In-page: the Find panel shows `expected` (count, number of listed results, first result) for `query`. */
const resultsShown = ({ query, count, first }) => {
  const panel = document.querySelector('.find-panel');
  const input = panel?.querySelector('input[type="search"]');
  if (!input || input.value !== query) return false;
  const status = panel.querySelector('[role="status"]');
  if (!status) return false;
  const shown = Number((/\d[\d.,\u00a0\u202f ]*/.exec(status.textContent)?.[0] ?? '0').replace(/\D/g, ''));
  if (shown !== count) return false;
  const items = panel.querySelectorAll('[data-testid="find-results"] li');
  if (items.length !== Math.min(count, 100)) return false;
  const letters = (s) => s.replace(/[^\p{L}\p{N}]+/gu, '');
  return first === null || letters(items[0].textContent).includes(letters(first).slice(0, 30));
};

async function searchKeyByKey(context, event, bundle) {
  const view = { name: 'first', slot: bundle.questions.find((q) => q.order === 0).id };
  const page = await newProbedPage(context);
  await page.addInitScript(([key, slot]) => localStorage.setItem(key, slot), [slotKey(event.eventId), view.slot]);
  await page.goto(event.captureUrl);
  await page.getByRole('button', { name: 'Buscar', exact: true }).click();
  const input = page.getByRole('searchbox');
  await input.waitFor();
  await page.getByText('Preparando la búsqueda…').waitFor({ state: 'detached', timeout: 60_000 });
  const live = bundle.notes.filter((n) => n.deletedAt === null).sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1));
  const pace = rhythm(7);
  const out = [];
  const slowest = [];
  for (const query of QUERIES) {
    await input.fill('');
    await page.waitForTimeout(300);
    for (let k = 1; k <= query.length; k++) {
      const prefix = query.slice(0, k);
      const count = countMatches(bundle, prefix);
      const first = live.find((n) => fold(`${n.text} ${n.tags.map((t) => `#${t}`).join(' ')}`).includes(fold(prefix)))?.text ?? null;
      await page.evaluate(
        `void (window.__found = window.__bench.when(() => (${resultsShown})(${JSON.stringify({ query: prefix, count, first })}), 30000))`,
      );
      await page.keyboard.press(query[k - 1]);
      const ms = await page.evaluate(async () => {
        const end = await window.__found;
        return end === null ? null : end - window.__bench.last.keydown.timeStamp;
      });
      if (ms === null) throw new Error(`search: the results for "${prefix}" (${count}) were never shown`);
      out.push(ms);
      slowest.push({ prefix, ms });
      await page.waitForTimeout(pace.key());
    }
  }
  const worst = slowest.sort((a, b) => b.ms - a.ms).slice(0, 5);
  log(
    `search: ${out.length} keys, p95 ${round(stats(out).p95)} ms; slowest ${worst.map((w) => `"${w.prefix}" ${round(w.ms)}`).join(', ')}`,
  );
  await page.close();
  return out;
}

/** The heaviest the view gets: every note in the "all questions" list and in Find's index, a query shown. */
async function memoryWithAllNotes(context, event, all) {
  const { page } = await openCold(context, event.captureUrl, event.eventId, all);
  await page.getByRole('button', { name: 'Buscar', exact: true }).click();
  await page.getByText('Preparando la búsqueda…').waitFor({ state: 'detached', timeout: 60_000 });
  await page.getByRole('searchbox').fill('metropolitana');
  await page.locator('[data-testid="find-results"] li').first().waitFor();
  await page.waitForTimeout(500);
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  const renderer = await rendererMemory(context.browser(), page);
  log(
    `memory: JS heap ${round(heap.usedSize / 2 ** 20)} MB, ${dom.nodes} DOM nodes, renderer ${round(renderer.rssMb)} MB (${renderer.note})`,
  );
  await cdp.detach();
  await page.close();
  return [
    { name: 'capture.memory_10k_js_heap_mb', value: round(heap.usedSize / 2 ** 20), unit: 'MB' },
    { name: 'capture.memory_10k_dom_nodes', value: dom.nodes, unit: 'nodes' },
    { name: 'capture.memory_10k_renderer_mb', value: round(renderer.rssMb), unit: 'MB' },
    { name: 'capture.memory_10k_renderer_private_mb', value: round(renderer.privateMb), unit: 'MB' },
  ];
}
