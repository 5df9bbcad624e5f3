// Regenerates the README's screenshots from the real web build in Debian's chromium:
//   node scripts/screenshot.mjs   → docs/screenshot.png (library), docs/screenshot-event.png (sample event)
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
  console.log('wrote docs/screenshot.png and docs/screenshot-event.png');
} finally {
  await browser.close();
  server.stop();
}
