import { expect, test, type Page, type Response } from '@playwright/test';
import { SAMPLE_TITLE, demoEventFile, importThroughUi } from './helpers';

/*
 * What the app loads to start. The file format's validation (zod, ~28 KB gzipped) and the merge
 * code are needed only when a file is merged, imported, backed up or exported; loaded with the app
 * they made the first load 45 % larger (bench: bundle.initial_js_kb_gz) without a user seeing
 * anything for it. zod's classes keep their names in a minified build ("$ZodType"), which tells
 * its code apart in whatever chunk the bundler puts it.
 */
const ZOD_MARK = '$ZodType';

/** Collects the text of every script the page (and any worker it starts) receives with a body (a 304 repeats one already seen). */
function scriptsOf(page: Page): Map<string, Promise<string>> {
  const scripts = new Map<string, Promise<string>>();
  page.context().on('response', (response: Response) => {
    if (response.status() === 200 && /\.m?js$/.test(new URL(response.url()).pathname)) scripts.set(response.url(), response.text());
  });
  return scripts;
}

/**
 * The scripts holding zod's code, by path. Without `workers`, the workers' own bundles are left out: a worker
 * starts only for work (a backup when the page is hidden, as on a reload; an import), and may bring it.
 */
async function withZod(scripts: Map<string, Promise<string>>, { workers = true } = {}): Promise<string[]> {
  const found: string[] = [];
  for (const [url, text] of scripts) {
    const path = new URL(url).pathname;
    if ((workers || !/\.worker-[\w-]+\.js$/.test(path)) && (await text).includes(ZOD_MARK)) found.push(path);
  }
  return found;
}

test('opening the app (first run with the sample, then a reload) loads no validation code; the library is usable', async ({ page }) => {
  const scripts = scriptsOf(page);
  await page.goto('/');
  await expect(page.getByRole('link', { name: new RegExp(SAMPLE_TITLE) })).toBeVisible();
  await expect(page.getByRole('button', { name: /Nuevo evento/ })).toBeEnabled();
  await page.reload();
  await expect(page.getByRole('link', { name: new RegExp(SAMPLE_TITLE) })).toBeVisible();
  // The check would pass vacuously if no script were seen at all.
  expect(scripts.size).toBeGreaterThan(3);
  expect(await withZod(scripts, { workers: false })).toEqual([]);
});

test('the validation code does arrive when it is needed: an event file imported in the library', async ({ page }) => {
  const scripts = scriptsOf(page);
  await page.goto('/');
  await expect(page.locator('.event-card')).toHaveCount(1);
  expect(await withZod(scripts)).toEqual([]);
  await importThroughUi(page, demoEventFile(20), /Importar archivo de evento/);
  await expect(page.locator('.event-card')).toHaveCount(2);
  expect((await withZod(scripts)).length).toBeGreaterThan(0);
});
