// Live sync (docs/sync.md), three chromium contexts on loopback through the real UI and store: each copy's
// composer saves notes into Dexie, the sync engine puts them in the event's Y document, y-websocket carries
// them through Relator's own relay (src/relay, built as `npm start` runs it: join-code gate, rooms unloaded
// with their last client) on 127.0.0.1, and the other copies' engines write them into their Dexie.
//   sync.note_visible_remote_p95_ms  a note typed in copy A, from the Enter that saves it to the first frame
//                                    painted in copy B with the note in B's capture list (same question, B's
//                                    plenary view). p95 of RUNS notes, one at a time; clocks: both pages' Date.now()
//                                    on the same machine.
//   sync.converge_3x1000_ms          the three copies offline (context.setOffline), each saves 1,000 notes through
//                                    its composer; then all go online at once: from that moment until every copy's
//                                    database holds all 3,000 (polled every 100 ms). One run.
import { randomBytes } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { buildRelay, isRelayBundleStale, relayBundlePath } from '../scripts/build-relay.mjs';
import { round } from './lib/context.mjs';
import { stats } from './lib/stats.mjs';
import { BENCH_PORTS, buildWeb, launchChromium, newBenchContext, serveWeb } from './lib/web.mjs';

const RUNS = 40;
const OFFLINE_NOTES = 1000;
const log = (msg) => process.stderr.write(`  sync: ${msg}\n`);

/** The relay users run (src/relay's sync host, as out/relay/relay.mjs), hosting one event on 127.0.0.1 with a fresh join code. */
async function startRelay(eventId) {
  const bundle = isRelayBundleStale() ? await buildRelay() : relayBundlePath;
  const { createSyncHost } = await import(pathToFileURL(bundle).href);
  const host = createSyncHost({
    listenHost: '127.0.0.1',
    networkInterfaces: () => ({}),
    handleRequest: (_request, response) => response.writeHead(404).end(),
  });
  const { port, link } = await host.host({ eventId, joinCode: randomBytes(16).toString('base64url') });
  return { port, link, close: () => host.close() };
}

async function noteCount(page, eventId) {
  return page.evaluate(
    (id) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('relator');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('notes', 'readonly').objectStore('notes').index('eventId').count(id);
          req.onsuccess = () => (open.result.close(), resolve(req.result));
        };
      }),
    eventId,
  );
}

async function join(page, appUrl, link, eventId) {
  await page.goto(appUrl);
  await page.getByRole('textbox', { name: 'Enlace que te compartieron' }).fill(link);
  await page.getByRole('button', { name: 'Unirse' }).click();
  await page.locator(`a[href="#/events/${eventId}"]`).first().waitFor({ timeout: 60_000 });
  await page.goto(`${appUrl}#/events/${eventId}/capture`);
  await page.getByRole('textbox', { name: 'Nueva nota' }).waitFor();
}

async function writeNote(page, text) {
  const composer = page.getByRole('textbox', { name: 'Nueva nota' });
  await composer.fill(text);
  await composer.press('Enter');
  await page.waitForFunction(() => document.activeElement?.value === '', null, { timeout: 30_000 });
}

export default async function sync(ctx) {
  buildWeb();
  const server = await serveWeb(BENCH_PORTS.sync);
  const browser = await launchChromium(ctx.chromiumPath);
  let relay = null;
  const results = [];
  try {
    const contexts = await Promise.all([0, 1, 2].map(() => newBenchContext(browser)));
    const pages = await Promise.all(contexts.map((c) => c.newPage()));
    const [a, b] = pages;
    await a.goto(server.url);
    const href = await a.getByRole('link', { name: /Segundo Conversatorio Metropolitano/ }).getAttribute('href');
    const eventId = decodeURIComponent(/#\/events\/([^/]+)/.exec(href)[1]);
    relay = await startRelay(eventId);
    for (const page of pages) await join(page, server.url, relay.link, eventId);

    // A note saved in A until painted in B.
    const visible = [];
    for (let i = 0; i < RUNS; i++) {
      const text = `Nota remota ${i} ${Date.now()}`;
      const seen = b.evaluate(
        (t) =>
          new Promise((resolve) => {
            const found = () => [...document.querySelectorAll('p')].some((p) => p.textContent === t);
            const done = () => requestAnimationFrame(() => resolve(Date.now()));
            if (found()) return done();
            const observer = new MutationObserver(() => {
              if (!found()) return;
              observer.disconnect();
              done();
            });
            observer.observe(document.body, { childList: true, subtree: true, characterData: true });
          }),
        text,
      );
      const composer = a.getByRole('textbox', { name: 'Nueva nota' });
      await composer.fill(text);
      const start = await a.evaluate(() => Date.now());
      await composer.press('Enter');
      visible.push((await seen) - start);
    }
    const v = stats(visible);
    log(`note visible remotely: p50 ${round(v.p50)} ms, p95 ${round(v.p95)} ms over ${RUNS}`);
    results.push({ name: 'sync.note_visible_remote_p95_ms', value: round(v.p95), unit: 'ms' });

    // Three copies offline, 1,000 notes each, then back online together.
    const before = await noteCount(a, eventId);
    await Promise.all(contexts.map((c) => c.setOffline(true)));
    await Promise.all(
      pages.map(async (page, p) => {
        for (let i = 0; i < OFFLINE_NOTES; i++) await writeNote(page, `Sin red ${p}-${i}`);
      }),
    );
    log(`${OFFLINE_NOTES} notes written offline in each copy`);
    const target = before + 3 * OFFLINE_NOTES;
    const start = Date.now();
    await Promise.all(contexts.map((c) => c.setOffline(false)));
    for (;;) {
      const counts = await Promise.all(pages.map((page) => noteCount(page, eventId)));
      if (counts.every((n) => n === target)) break;
      if (Date.now() - start > 600_000) throw new Error(`no convergence after 10 minutes: ${counts.join(', ')} of ${target}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const converge = Date.now() - start;
    log(`3 × ${OFFLINE_NOTES} notes converged in ${converge} ms`);
    results.push({ name: 'sync.converge_3x1000_ms', value: converge, unit: 'ms' });
    return results;
  } finally {
    await browser.close();
    await relay?.close();
    server.stop();
  }
}
