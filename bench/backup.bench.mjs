// Automatic backups of the 10,000-note demo event, in Debian's chromium against the built web app, as a
// rapporteur works: notes typed at human pace into the capture view and saved with Enter, each save making
// the event "changed", so the next backup run snapshots it (read from IndexedDB and serialised in the
// snapshot worker, written into the site's private file system) while the next note is being typed.
// The runs' interval is shortened from 2 minutes to 1.5 s for this profile (the `relator.backupIntervalMs`
// localStorage entry), so several snapshots happen during the typing. docs/benchmarks.md defines:
//   backup.snapshot_10k_ms                 one run that writes the 10,000-note event: the `relator:backup`
//                                          User Timing measure (start of the run → the file written and the
//                                          folder rotated), median of the runs.
//   backup.typing_p95_during_snapshot_ms   keydown → the frame after the character is painted, for the keys
//                                          pressed while such a run was going on; p95, frame-rate limit off.
import { round } from './lib/context.mjs';
import { importEvent, openCold } from './lib/capture-app.mjs';
import { demoEvent } from './lib/demo.mjs';
import { recordKeystrokes, typeNotesLikeAPerson } from './lib/human.mjs';
import { stats } from './lib/stats.mjs';
import { BENCH_PORTS, buildWeb, launchChromium, newBenchContext, serveWeb } from './lib/web.mjs';

const VIEWPORT = { width: 1366, height: 768 };
const INTERVAL_MS = 1500;
/** Short notes, as a rapporteur writes during a fast exchange: each Enter leads to a snapshot during the next one. */
const NOTES = [
  'Propone un fondo metropolitano con reglas claras.',
  'Pregunta quien rinde cuentas por las obras compartidas.',
  'Dato: la mitad de los municipios no tiene plan de agua.',
  'Acuerdo: mesa tecnica mensual entre alcaldias vecinas.',
  'Insiste en datos abiertos para toda la zona.',
  'Pide incluir a las organizaciones vecinales en el diagnostico.',
  'Desacuerdo sobre quien financia el transporte publico.',
  'Cierre: publicar los compromisos antes de marzo.',
];
const log = (msg) => process.stderr.write(`  backup: ${msg}\n`);

export default async function backup(ctx) {
  buildWeb();
  const demo = demoEvent(ctx, 10_000);
  const all = demo.views.find((v) => v.name === 'all');
  const server = await serveWeb(BENCH_PORTS.backup);
  const browser = await launchChromium(ctx.chromiumPath, { frameLimit: false });
  try {
    const context = await newBenchContext(browser, { viewport: VIEWPORT });
    const event = await importEvent(context, server.url, demo.file, all.count);
    // Only the pages opened from now on run backups this often; the import's page is closed.
    await context.addInitScript((ms) => localStorage.setItem('relator.backupIntervalMs', String(ms)), INTERVAL_MS);
    const { page } = await openCold(context, event.captureUrl, event.eventId, all);
    await page.evaluate(recordKeystrokes);
    await page.locator('#composer-text').click();
    await typeNotesLikeAPerson(page, NOTES);
    // The last note's snapshot ends the measurement.
    await page
      .waitForFunction(
        (n) => performance.getEntriesByName('relator:backup').filter((m) => m.detail?.written > 0).length >= n,
        NOTES.length,
        {
          timeout: 120_000,
        },
      )
      .catch(() => {
        throw new Error(`backup: fewer than ${NOTES.length} snapshots were written while typing`);
      });
    const { runs, keys, newest } = await page.evaluate(async () => {
      const runs = performance
        .getEntriesByName('relator:backup')
        .filter((m) => m.detail?.written > 0)
        .map((m) => ({ start: m.startTime, end: m.startTime + m.duration, written: m.detail.written }));
      const folder = await (await navigator.storage.getDirectory()).getDirectoryHandle('relator-backups');
      let newest = null;
      for await (const [name, handle] of folder.entries()) {
        if (handle.kind !== 'file') continue;
        const file = await handle.getFile();
        if (!newest || file.lastModified > newest.at) newest = { name, at: file.lastModified, size: file.size };
      }
      return { runs, keys: window.__typed, newest };
    });
    // Each run wrote the demo event alone: nothing else changed.
    if (runs.some((r) => r.written !== 1)) throw new Error(`backup: a run wrote ${JSON.stringify(runs.map((r) => r.written))} files`);
    if (!newest || newest.size < 1_000_000)
      throw new Error(`backup: the newest snapshot is not the 10,000-note event (${JSON.stringify(newest)})`);
    const during = keys.filter((k) => runs.some((r) => k.down >= r.start && k.down <= r.end)).map((k) => k.ms);
    const durations = runs.map((r) => r.end - r.start);
    log(
      `${runs.length} snapshots (${round(newest.size / 2 ** 20)} MB each): median ${round(stats(durations).p50)} ms, max ${round(stats(durations).max)} ms; ` +
        `${during.length} of ${keys.length} keys pressed during one: p95 ${round(stats(during).p95)} ms, all keys p95 ${round(stats(keys.map((k) => k.ms)).p95)} ms`,
    );
    await context.close();
    return [
      { name: 'backup.snapshot_10k_ms', value: round(stats(durations).p50), unit: 'ms' },
      { name: 'backup.typing_p95_during_snapshot_ms', value: round(stats(during).p95), unit: 'ms' },
    ];
  } finally {
    await browser.close();
    server.stop();
  }
}
