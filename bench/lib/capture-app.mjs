// Driving the capture view of a large event in chromium: importing it as a user would, opening a view
// cold (a new page) or warm (switching in an open page), and knowing when a view is really shown.
import { PROBE } from './probe.mjs';

const log = (msg) => process.stderr.write(`  ${msg}\n`);

/** A page with the in-page probe installed before the app starts. */
export async function newProbedPage(context) {
  const page = await context.newPage();
  await page.addInitScript(PROBE);
  return page;
}

/**
 * Imports an event file through the library's "Importar archivo de evento…" button, in `context`'s
 * (empty) profile, and returns the event's id once its card lists the live notes.
 */
export async function importEvent(context, url, file, liveNotes) {
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('.event-card').first().waitFor();
  const started = Date.now();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /Importar archivo de evento/ }).click();
  await (await chooser).setFiles(file);
  const count = new RegExp(`(?<!\\d)${liveNotes.toLocaleString('es-MX').replace(/,/g, '[,.\\s]?')}\\s+notas`);
  const card = page.locator('.event-card', { hasText: count });
  // A generous limit: about 6 ms per note on a loaded machine, never under a minute.
  await card.waitFor({ timeout: Math.max(60_000, liveNotes * 6) }).catch(async (error) => {
    const cards = await page.locator('.event-card').allInnerTexts();
    throw new Error(
      `the imported event never showed ${liveNotes} notes in the library (cards: ${JSON.stringify(cards)}): ${error.message}`,
    );
  });
  const href = await card.locator('h2 a').getAttribute('href');
  await page.close();
  log(`imported ${liveNotes} notes in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const eventId = decodeURIComponent(/events\/([^/]+)/.exec(href)[1]);
  return { eventId, captureUrl: `${url}#/events/${encodeURIComponent(eventId)}/capture` };
}

/** The key under which the capture view remembers its slot (src/renderer/screens/capture/selection.ts). */
export const slotKey = (eventId) => `relator.capture.slot.${eventId}`;

/**
 * In-page condition: the capture view lists exactly `count` notes and shows the last of them inside the
 * visible part of the list (a view opens at its end, like a chat), with the composer ready.
 */
const viewShown = ({ count, last }) => {
  const list = document.querySelector('.vlist');
  const box = document.getElementById('composer-text');
  if (!list || !box || box.disabled) return false;
  if (count === 0) return list.querySelector('li') === null;
  const item = list.querySelector(`li[aria-posinset="${count}"]`);
  if (!item || item.getAttribute('aria-setsize') !== String(count)) return false;
  // Letters and digits only: the note is shown as Markdown, its source may hold * _ [ ] and the like.
  const letters = (s) => s.replace(/[^\p{L}\p{N}]+/gu, '');
  if (last && !letters(item.textContent).includes(letters(last).slice(0, 30))) return false;
  return window.__bench.visibleIn(item, list);
};

/**
 * Page script (text, so the page's CSP, which forbids eval, does not apply) that starts watching for
 * `view` and leaves the frame time it is shown in `window.__opened`.
 */
const watchView = (view) =>
  `void (window.__opened = window.__bench.when(() => (${viewShown})(${JSON.stringify({ count: view.count, last: view.last })}), 120000))`;

/**
 * Opens `view` in a new page of `context`: navigation start → the frame after the view shows its notes.
 * Returns milliseconds from the page's navigation start (performance.now() of the new document).
 */
export async function openCold(context, captureUrl, eventId, view) {
  const page = await context.newPage();
  await page.addInitScript(({ key, slot }) => localStorage.setItem(key, slot), { key: slotKey(eventId), slot: view.slot });
  await page.addInitScript(PROBE);
  await page.addInitScript(watchView(view));
  await page.goto(captureUrl);
  const ms = await page.evaluate(() => window.__opened);
  if (ms === null) throw new Error(`the ${view.name} view (${view.count} notes) was not shown within 120 s of opening`);
  return { page, ms };
}

/** The rail's button for a view (question text, "Notas generales" or "Todas las preguntas"). */
function railButton(page, bundle, view) {
  const rail = page.getByRole('navigation', { name: 'Preguntas guía' });
  if (view.slot === 'general') return rail.getByRole('button', { name: 'Notas generales' });
  if (view.slot === 'all') return rail.getByRole('button', { name: 'Todas las preguntas' });
  const question = bundle.questions.find((q) => q.id === view.slot);
  return rail.getByRole('button', { name: question.text.slice(0, 60) });
}

/** Switches an open capture page to `view` with a click on the rail: click → the frame after it is shown. */
export async function openWarm(page, bundle, view) {
  if (await page.evaluate(`(${viewShown})(${JSON.stringify({ count: view.count, last: view.last })})`)) {
    throw new Error(`the ${view.name} view is already shown before switching to it`);
  }
  await page.evaluate(watchView(view));
  await railButton(page, bundle, view).click();
  const ms = await page.evaluate(async () => {
    const end = await window.__opened;
    return end === null ? null : end - window.__bench.last.click.timeStamp;
  });
  if (ms === null) throw new Error(`the ${view.name} view (${view.count} notes) was not shown within 120 s of the click`);
  return ms;
}
