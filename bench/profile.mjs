// CPU profiles of the steps the browser benchmarks time, for finding where a figure's time goes:
//   npm run bench:profile -- <scenario> [--notes N] [--trace]
// scenarios: open-first | open-general | open-all (a new page on that capture view), save (five notes saved on
// "all questions"), search (a query typed key by key in Find), typing (a note typed on "all questions"), paste (a 1 MB
// program pasted into the setup screen). The app is built unminified (out/web-prof) so functions keep their names.
// Writes bench/tmp/profiles/<scenario>.cpuprofile (open it in Chrome DevTools' Performance panel) and, with
// --trace, <scenario>.trace.json (layout, paint and every task, with thread CPU time); prints the heaviest functions.
import { mkdir, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { benchContext } from './lib/context.mjs';
import { importEvent, newProbedPage, openCold, slotKey } from './lib/capture-app.mjs';
import { describe } from './lib/cpuprofile.mjs';
import { demoEvent } from './lib/demo.mjs';
import { rhythm, typeLikeAPerson } from './lib/human.mjs';
import { launchChromium, newBenchContext, serveWeb } from './lib/web.mjs';
import { realisticProgram } from './setup.bench.mjs';

const SCENARIOS = ['open-first', 'open-general', 'open-all', 'save', 'search', 'typing', 'paste'];
// RELATOR_PROFILE_PORT: another port, when several checkouts profile on one machine.
const PORT = Number(process.env.RELATOR_PROFILE_PORT ?? 4479);

const { values, positionals } = (() => {
  try {
    return parseArgs({
      options: { notes: { type: 'string', default: '10000' }, trace: { type: 'boolean' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
})();
const scenario = positionals[0];
if (!SCENARIOS.includes(scenario) || positionals.length !== 1) {
  process.stderr.write(`usage: npm run bench:profile -- <${SCENARIOS.join('|')}> [--notes N] [--trace]\n`);
  process.exit(2);
}

const ctx = await benchContext();
const out = join(ctx.tmp, 'profiles');
await mkdir(out, { recursive: true });
const build = spawnSync(
  'npx',
  [
    'vite',
    'build',
    '--config',
    'vite.web.config.ts',
    '--minify',
    'false',
    '--outDir',
    join(ctx.root, 'out', 'web-prof'),
    '--logLevel',
    'warn',
  ],
  {
    cwd: ctx.root,
    stdio: 'inherit',
  },
);
if (build.status !== 0) throw new Error('the unminified web build failed');

const server = await serveWeb(PORT, 'out/web-prof');
const browser = await launchChromium(ctx.chromiumPath);
try {
  const context = await newBenchContext(browser, {
    viewport: { width: 1920, height: 1080 },
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  /** Records `step` on `page` (a CPU profile, and a trace with --trace). */
  const record = async (page, step) => {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    if (values.trace) {
      await browser.startTracing(page, {
        path: join(out, `${scenario}.trace.json`),
        categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing'],
      });
    }
    await cdp.send('Profiler.start');
    const result = await step();
    const { profile } = await cdp.send('Profiler.stop');
    if (values.trace) await browser.stopTracing();
    await writeFile(join(out, `${scenario}.cpuprofile`), JSON.stringify(profile));
    process.stdout.write(
      `${scenario}: ${result}\n${describe(profile)}\nwrote ${join('bench', 'tmp', 'profiles', `${scenario}.cpuprofile`)}\n`,
    );
  };

  if (scenario === 'paste') {
    const program = realisticProgram(
      readFileSync(join(ctx.root, 'resources', 'samples', 'segundo-conversatorio-metropolitano.txt'), 'utf8'),
    );
    const page = await newProbedPage(context);
    await page.goto(`${server.url}#/setup`);
    await page.getByTestId('program-paste').focus();
    await page.evaluate((t) => navigator.clipboard.writeText(t), program);
    await record(page, async () => {
      await page.keyboard.press('Control+V');
      await page.getByTestId('draft-questions').locator(':scope > li').first().waitFor();
      return 'pasted, questions listed';
    });
  } else {
    const demo = demoEvent(ctx, Number(values.notes));
    const all = demo.views.find((v) => v.name === 'all');
    const event = await importEvent(context, server.url, demo.file, all.count);
    if (scenario.startsWith('open-')) {
      const view = demo.views.find((v) => v.name === scenario.slice(5));
      // The profile must start before the page does: a blank page, then the navigation.
      const warm = await openCold(context, event.captureUrl, event.eventId, view);
      await warm.page.close();
      const page = await newProbedPage(context);
      await page.addInitScript(([key, slot]) => localStorage.setItem(key, slot), [slotKey(event.eventId), view.slot]);
      await record(page, async () => {
        await page.goto(event.captureUrl);
        await page.locator(`.vlist li[aria-posinset="${view.count}"]`).waitFor();
        return `${view.count} notes listed`;
      });
    } else {
      const { page } = await openCold(context, event.captureUrl, event.eventId, all);
      if (scenario === 'search') {
        await page.getByRole('button', { name: 'Buscar', exact: true }).click();
        await page.getByText('Preparando la búsqueda…').waitFor({ state: 'detached', timeout: 60_000 });
        await page.getByRole('searchbox').focus();
      } else {
        await page.locator('#composer-text').click();
      }
      await record(page, async () => {
        if (scenario === 'search') await typeLikeAPerson(page, 'desigualdad', rhythm());
        if (scenario === 'typing') await typeLikeAPerson(page, 'La coordinacion metropolitana necesita un fondo estable.', rhythm());
        if (scenario === 'save') {
          for (let i = 0; i < 5; i++) {
            await page.locator('#composer-text').fill(`Nota de perfil ${i}`);
            await page.keyboard.press('Enter');
            await page.locator('.vlist article', { hasText: `Nota de perfil ${i}` }).waitFor();
            await page.waitForTimeout(600);
          }
        }
        return 'done';
      });
    }
  }
} finally {
  await browser.close();
  server.stop();
}
