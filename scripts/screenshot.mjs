// Regenerates the README's screenshots from the real web build in Debian's chromium, at a laptop's
// 1366×768 (the size every screen must fit):
//   node scripts/screenshot.mjs   → docs/screenshot.png (library), docs/screenshot-event.png (sample event),
//                                   docs/screenshot-capture.png (capture view of a 300-note demo event)
// RELATOR_SCREENSHOT_PORT picks the port (default 4399).
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildWeb, launchChromium, serveWeb } from '../bench/lib/web.mjs';
import { root } from '../bench/lib/context.mjs';

buildWeb();
const server = await serveWeb(Number(process.env.RELATOR_SCREENSHOT_PORT ?? 4399));
const browser = await launchChromium(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium');
try {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.goto(server.url);
  await page.locator('.event-card').first().waitFor();

  // A synthetic event (the CLI's demo) beside the built-in sample, as a rapporteur's library looks mid-forum.
  mkdirSync(join(root, 'bench', 'tmp'), { recursive: true });
  const demo = join(root, 'bench', 'tmp', 'screenshot-demo.relator.json');
  execFileSync(process.execPath, [join(root, 'bin', 'relator.mjs'), 'demo', '--notes', '300', '--seed', '7', '-o', demo]);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /Importar archivo de evento/ }).click();
  await (await chooser).setFiles(demo);
  const demoCard = page.locator('.event-card', { hasText: /\d{3} notas/ });
  await demoCard.waitFor();
  await page.reload(); // no import message over the picture
  await demoCard.waitFor();
  await page.screenshot({ path: join(root, 'docs', 'screenshot.png') });

  await page
    .locator('.event-card', { hasNotText: /\d{3} notas/ })
    .locator('a')
    .first()
    .click();
  await page.getByTestId('question-list').waitFor();
  await page.screenshot({ path: join(root, 'docs', 'screenshot-event.png') });

  // The demo's capture view, as a rapporteur sees it mid-forum.
  await page.goto(server.url);
  await demoCard.locator('a').first().click();
  await page.getByRole('link', { name: 'Captura' }).click();
  await page.locator('.vlist article').first().waitFor();
  await page.screenshot({ path: join(root, 'docs', 'screenshot-capture.png') });
  console.log('wrote docs/screenshot.png, docs/screenshot-event.png and docs/screenshot-capture.png');
} finally {
  await browser.close();
  server.stop();
}
