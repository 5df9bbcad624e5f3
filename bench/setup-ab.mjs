// setup.paste_1mb_first_ms and setup.paste_1mb_warm_ms of two web builds in turn (A B, then B A, …), for telling
// whether a change made them faster on a shared machine, where one figure against one recorded earlier tells nothing:
//   npx vite build --config vite.web.config.ts --outDir /tmp/web-old   (in a checkout of the old commit)
//   npx vite build --config vite.web.config.ts --outDir /tmp/web-new   (in this one)
//   node bench/setup-ab.mjs /tmp/web-old /tmp/web-new [rounds]
// Each round pastes, in a new page of each build, the bench's two 1 MB programs exactly as setup.bench.mjs does.
// Prints each pair and, per figure, both medians and the median of the pairs' ratios B ÷ A.
// Ports: RELATOR_AB_PORTS="4412,4481" (two free ports; by default the profile's and one above it).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { benchContext, median } from './lib/context.mjs';
import { newProbedPage } from './lib/capture-app.mjs';
import { launchChromium, newBenchContext, serveWeb } from './lib/web.mjs';
import { paste, questionsShown, realisticProgram } from './setup.bench.mjs';

const [dirA, dirB, roundsArg = '8'] = process.argv.slice(2);
if (!dirA || !dirB) {
  process.stderr.write('usage: node bench/setup-ab.mjs <web build A> <web build B> [rounds]\n');
  process.exit(2);
}
const ports = (process.env.RELATOR_AB_PORTS ?? '4479,4480').split(',').map(Number);
const ctx = await benchContext();
const sample = readFileSync(join(ctx.root, 'resources', 'samples', 'segundo-conversatorio-metropolitano.txt'), 'utf8');
const programs = [realisticProgram(sample), realisticProgram(sample, 'b')];
// What the preview must show, read by this checkout's extractor (both builds must find the same).
const outfile = join(ctx.tmp, 'ab-extractor.mjs');
await build({
  entryPoints: [join(ctx.root, 'src', 'core', 'program', 'index.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile,
  logLevel: 'warning',
});
const { extractProgram } = await import(`${outfile}?t=${Date.now()}`);
const shown = programs.map((p) => {
  const q = extractProgram(p).questions;
  return `() => (${questionsShown})(${JSON.stringify({ count: q.length, first: q[0].text })})`;
});

const servers = [await serveWeb(ports[0], dirA), await serveWeb(ports[1], dirB)];
const browser = await launchChromium(ctx.chromiumPath);
const runs = [0, 1].map(() => ({ first: [], warm: [] }));
try {
  for (let r = 0; r < Number(roundsArg); r++) {
    for (const k of r % 2 ? [1, 0] : [0, 1]) {
      const context = await newBenchContext(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
      const page = await newProbedPage(context);
      await page.goto(`${servers[k].url}#/setup`);
      await page.getByTestId('program-paste').focus();
      runs[k].first.push(await paste(page, programs[0], shown[0]));
      await page.getByRole('button', { name: 'Borrar el texto pegado' }).click();
      await page.getByTestId('program-paste').focus();
      runs[k].warm.push(await paste(page, programs[1], shown[1]));
      await context.close();
    }
    const last = (k, f) => runs[k][f].at(-1).toFixed(0);
    process.stdout.write(
      `round ${r + 1}: A first ${last(0, 'first')} warm ${last(0, 'warm')} | B first ${last(1, 'first')} warm ${last(1, 'warm')}\n`,
    );
  }
} finally {
  await browser.close();
  for (const s of servers) s.stop();
}
for (const f of ['first', 'warm']) {
  const ratios = runs[0][f].map((a, i) => runs[1][f][i] / a);
  const faster = ratios.filter((x) => x < 1).length;
  process.stdout.write(
    `${f}: A median ${median(runs[0][f]).toFixed(1)} ms, B median ${median(runs[1][f]).toFixed(1)} ms, B ÷ A ${median(ratios).toFixed(2)} (median of the pairs), B faster in ${faster} of ${ratios.length}\n`,
  );
}
