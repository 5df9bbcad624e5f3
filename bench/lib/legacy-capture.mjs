// The capture figures as they were defined before issue 15, kept one release beside their redefinitions
// (docs/benchmarks.md) so the change of definition is visible in bench/results.json. Remove after 0.2.
//   capture.keypress_p95_ms / _vsync_  keydown → the frame after it, 25 ms between keys (the draft autosave
//                                      never runs), question 1 only → capture.typing_*
//   capture.save_visible_p95_ms        Enter → the note's element inserted in the list → capture.save_frame_p95_ms
//   capture.search_p95_ms              a whole word in one input event → the first DOM change → capture.search_key_p95_ms
//   capture.open_10k_ms                new page on question 1 → composer and first note (median of 6) → capture.open_*
//   capture.heap_10k_mb / _find_mb     JS heap on question 1, then with Find open → capture.memory_10k_*
import { median, percentile, round } from './context.mjs';
import { importEvent, slotKey } from './capture-app.mjs';

const KEYSTROKES = 150;
const SAVES = 40;
const QUERIES = 40;
const OPENS = 6;

export async function legacyCapture({ server, freeBrowser, vsyncBrowser, demo }) {
  const words = queryWords(demo.bundle.notes);
  const liveNotes = demo.views.find((v) => v.name === 'all').count;
  const firstQuestion = demo.views.find((v) => v.name === 'first').slot;
  const fresh = async (browser) => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, serviceWorkers: 'block' });
    const { eventId, captureUrl } = await importEvent(context, server.url, demo.file, liveNotes);
    // Question 1, as the view opened on a new event before the slot was remembered.
    await context.addInitScript(([key, slot]) => localStorage.setItem(key, slot), [slotKey(eventId), firstQuestion]);
    return { context, captureUrl };
  };
  const { context, captureUrl } = await fresh(freeBrowser);
  const opens = [];
  for (let i = 0; i < OPENS + 1; i++) {
    const p = await context.newPage();
    const t0 = Date.now();
    await p.goto(captureUrl);
    await p.locator('#composer-text').waitFor();
    await p.locator('.vlist article').first().waitFor();
    await p.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
    if (i > 0) opens.push(Date.now() - t0);
    await p.close();
  }
  const page = await context.newPage();
  await page.goto(captureUrl);
  await page.locator('.vlist article').first().waitFor();
  await page.waitForTimeout(500);
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const keypress = await measureKeypresses(page);
  const saves = await measureSaves(page);
  const searches = await measureSearches(page, words);
  await cdp.send('HeapProfiler.collectGarbage');
  const heapFind = await cdp.send('Runtime.getHeapUsage');
  await context.close();

  const vsync = await fresh(vsyncBrowser);
  const vsyncPage = await vsync.context.newPage();
  await vsyncPage.goto(vsync.captureUrl);
  await vsyncPage.locator('.vlist article').first().waitFor();
  const keypressVsync = await measureKeypresses(vsyncPage);
  await vsync.context.close();
  return [
    { name: 'capture.keypress_p95_ms', value: round(percentile(keypress, 95)), unit: 'ms' },
    { name: 'capture.keypress_vsync_p95_ms', value: round(percentile(keypressVsync, 95)), unit: 'ms' },
    { name: 'capture.save_visible_p95_ms', value: round(percentile(saves, 95)), unit: 'ms' },
    { name: 'capture.search_p95_ms', value: round(percentile(searches, 95)), unit: 'ms' },
    { name: 'capture.open_10k_ms', value: round(median(opens)), unit: 'ms' },
    { name: 'capture.heap_10k_mb', value: round(heap.usedSize / 1024 / 1024), unit: 'MB' },
    { name: 'capture.heap_10k_find_mb', value: round(heapFind.usedSize / 1024 / 1024), unit: 'MB' },
  ];
}

/** Words that occur in the notes, so queries find something and differ from each other. */
function queryWords(notes) {
  const all = [
    ...new Set(
      notes
        .slice(0, 500)
        .flatMap((n) => n.text.toLowerCase().split(/[^\p{L}]+/u))
        .filter((w) => w.length >= 5),
    ),
  ];
  return all.slice(0, QUERIES);
}

async function measureKeypresses(page) {
  await page.locator('#composer-text').click();
  await page.evaluate(() => {
    window.__lat = [];
    document.getElementById('composer-text').addEventListener('keydown', (e) => {
      const start = e.timeStamp;
      // rAF runs just before the frame's paint; a message posted there runs right after it.
      requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => window.__lat.push(performance.now() - start);
        ch.port2.postMessage(0);
      });
    });
  });
  const text = 'La movilidad metropolitana necesita coordinación entre municipios y financiamiento estable. ';
  for (let i = 0; i < KEYSTROKES; i++) await page.keyboard.type(text[i % text.length], { delay: 0 }).then(() => page.waitForTimeout(25));
  await page.waitForTimeout(100);
  const lat = await page.evaluate(() => window.__lat);
  await page.locator('#composer-text').fill('');
  return lat;
}

async function measureSaves(page) {
  const out = [];
  const box = page.locator('#composer-text');
  for (let i = 0; i < SAVES; i++) {
    const marker = `Nota de medición ${i} ${Date.now()}`;
    await box.fill(marker);
    await page.evaluate((m) => {
      window.__saved = new Promise((resolve) => {
        setTimeout(() => resolve(null), 5000);
        let start = null;
        document.getElementById('composer-text').addEventListener('keydown', (e) => (start = e.timeStamp), { once: true, capture: true });
        const found = () => [...document.querySelectorAll('.vlist article')].some((a) => a.textContent.includes(m));
        const obs = new MutationObserver(() => {
          if (start !== null && found()) {
            obs.disconnect();
            resolve(performance.now() - start);
          }
        });
        obs.observe(document.querySelector('.vlist'), { childList: true, subtree: true, characterData: true });
      });
    }, marker);
    await box.press('Enter');
    const ms = await page.evaluate(() => window.__saved);
    if (ms === null) throw new Error(`saved note ${i} never appeared`);
    out.push(ms);
    await page.waitForTimeout(30);
  }
  return out;
}

async function measureSearches(page, words) {
  await page.getByRole('button', { name: 'Buscar', exact: true }).click();
  const input = page.getByRole('searchbox');
  await input.waitFor();
  await page.getByText('Preparando la búsqueda…').waitFor({ state: 'detached', timeout: 60_000 });
  const out = [];
  for (const word of words) {
    // From an empty box, so every query changes what is shown.
    await input.fill('');
    await page.evaluate(() => {
      window.__found = new Promise((resolve) => {
        setTimeout(() => resolve(null), 5000);
        let start = null;
        const field = document.querySelector('.find-query input');
        field.addEventListener('input', (e) => (start = e.timeStamp), { once: true, capture: true });
        const obs = new MutationObserver(() => {
          if (start === null) return;
          obs.disconnect();
          resolve(performance.now() - start);
        });
        obs.observe(document.querySelector('.find-panel'), { childList: true, subtree: true, characterData: true });
      });
    });
    await input.fill(word);
    const ms = await page.evaluate(() => window.__found);
    if (ms === null) throw new Error(`no results rendered for "${word}"`);
    out.push(ms);
  }
  return out;
}
