// Regenerates the README's screenshots from the real web build in Debian's chromium:
//   node scripts/screenshot.mjs   → docs/screenshot.png (library), docs/screenshot-event.png (sample event)
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { buildWeb, launchChromium, serveWeb } from '../bench/lib/web.mjs';
import { root } from '../bench/lib/context.mjs';

buildWeb();
const server = await serveWeb(4399);
const browser = await launchChromium(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium');
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(server.url);
  await page.locator('.event-card').first().waitFor();
  await page.screenshot({ path: join(root, 'docs', 'screenshot.png') });
  await page.locator('.event-card a').first().click();
  await page.getByTestId('question-list').waitFor();
  await page.screenshot({ path: join(root, 'docs', 'screenshot-event.png'), fullPage: false });

  // The capture view of a synthetic event (the CLI's demo), as a rapporteur sees it mid-forum.
  const demo = join(root, 'bench', 'tmp', 'screenshot-demo.relator.json');
  execFileSync(process.execPath, [join(root, 'bin', 'relator.mjs'), 'demo', '--notes', '300', '--seed', '7', '-o', demo]);
  await page.goto(server.url);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /Importar archivo de evento/ }).click();
  await (await chooser).setFiles(demo);
  await page
    .locator('.event-card', { hasText: /\d{3} notas/ })
    .locator('a')
    .first()
    .click();
  await page.getByRole('link', { name: 'Captura' }).click();
  await page.locator('.vlist article').first().waitFor();
  await page.setViewportSize({ width: 1440, height: 1000 });
  await page
    .getByRole('button', { name: 'Cerrar aviso' })
    .click()
    .catch(() => undefined);
  await page.screenshot({ path: join(root, 'docs', 'screenshot-capture.png') });
  console.log('wrote docs/screenshot.png, docs/screenshot-event.png and docs/screenshot-capture.png');
} finally {
  await browser.close();
  server.stop();
}
