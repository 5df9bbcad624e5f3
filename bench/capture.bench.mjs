// The capture view on a 10,000-note event, measured in real chromium against the built web app:
// capture.keypress_p95_ms     keydown in the composer → the frame after it (rAF, then a task after paint), with
//                             chromium's frame-rate limit off so it measures the app's work rather than where in
//                             the 16.7 ms vsync period the key happened to land
// capture.keypress_vsync_p95_ms  the same with the ordinary 60 Hz frame clock (its floor is one frame)
// capture.save_visible_p95_ms Enter → the saved note's element in the timeline
// capture.search_p95_ms       a query typed in Find → its results in the DOM
// capture.open_10k_ms         navigating to the capture view → composer usable and timeline painted (median)
// capture.heap_10k_mb         renderer JS heap after a forced GC, capture view open
// capture.heap_10k_find_mb    the same with Find open (all 10,000 notes loaded and indexed)
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { median, percentile, round } from './lib/context.mjs';
import { chromium } from 'playwright-core';
import { buildWeb, launchChromium, serveWeb } from './lib/web.mjs';

const KEYSTROKES = 150;
const SAVES = 40;
const QUERIES = 40;
const OPENS = 6;
const log = (msg) => process.stderr.write(`  capture: ${msg}\n`);

export default async function capture(ctx) {
  buildWeb();
  const file = join(ctx.tmp, 'capture-10k.relator.json');
  execFileSync(process.execPath, [ctx.relatorBin, 'demo', '--notes', '10000', '--seed', '7', '-o', file], { cwd: ctx.root });
  const words = queryWords(JSON.parse(readFileSync(file, 'utf8')).notes);

  const server = await serveWeb(4417);
  const browser = await chromium.launch({
    executablePath: ctx.chromiumPath,
    args: [...ctx.chromiumArgs, '--disable-frame-rate-limit', '--disable-gpu-vsync'],
  });
  const vsyncBrowser = await launchChromium(ctx.chromiumPath);
  try {
    const { context, captureUrl } = await importBigEvent(browser, server.url, file);

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

    log(`opened ${OPENS} times`);
    const page = await context.newPage();
    await page.goto(captureUrl);
    await page.locator('.vlist article').first().waitFor();
    await page.waitForTimeout(500);
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');

    const keypress = await measureKeypresses(page);
    log(`${keypress.length} keystrokes`);
    const saves = await measureSaves(page);
    log(`${saves.length} saves`);
    const searches = await measureSearches(page, words);
    log(`${searches.length} searches`);
    // With Find open every note of the event is loaded and folded: the heaviest the view gets.
    await cdp.send('HeapProfiler.collectGarbage');
    const heapFind = await cdp.send('Runtime.getHeapUsage');
    await context.close();

    const vsync = await importBigEvent(vsyncBrowser, server.url, file);
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
  } finally {
    await browser.close();
    await vsyncBrowser.close();
    server.stop();
  }
}

/** A fresh profile with the 10,000-note event imported through the library's button, as a user would. */
async function importBigEvent(browser, url, file) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('.event-card').first().waitFor();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /Importar archivo de evento/ }).click();
  await (await chooser).setFiles(file);
  // The demo file holds 10,000 notes, some of them deleted: the card counts the live ones.
  const card = page.locator('.event-card', { hasText: /\d{4,}\s+notas/ });
  await card.waitFor({ timeout: 120_000 });
  const href = await card.locator('h2 a').getAttribute('href');
  await page.close();
  log('10k event imported');
  return { context, captureUrl: `${url}${href}/capture` };
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
