import { expect, test, type Page } from '@playwright/test';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic } from '../../scripts/serve-web.mjs';
import { SAMPLE_TITLE } from './helpers';

/*
 * The installable web app. Every other spec blocks service workers (playwright.config.ts), so a
 * precache can never answer for the build under test there; here they are allowed, in the fresh
 * context each test gets, and the app must work with the network gone.
 */
test.use({ serviceWorkers: 'allow' });

const composer = (page: Page) => page.getByRole('textbox', { name: 'Nueva nota' });
const timeline = (page: Page) => page.getByRole('list', { name: /^Notas:/ });

/** Resolves once the service worker has installed (its whole precache stored) and is active. */
async function offlineCopyReady(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (registration.active?.state !== 'activated') {
      await new Promise<void>((resolve) => registration.active?.addEventListener('statechange', () => resolve(), { once: true }));
    }
  });
}

async function openSampleCapture(page: Page): Promise<void> {
  await page.getByRole('link', { name: new RegExp(SAMPLE_TITLE) }).click();
  await page.getByRole('link', { name: 'Captura' }).click();
  await expect(composer(page)).toBeVisible();
}

test('after one visit the app opens, shows the library and captures notes with no network; a note saved offline survives a reload', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: new RegExp(SAMPLE_TITLE) })).toBeVisible();
  await offlineCopyReady(page);

  await context.setOffline(true);
  // The network is really gone: the server cannot be reached from this context.
  expect(
    await page.evaluate(() =>
      fetch('/index.html?probe', { cache: 'no-store' }).then(
        () => 'reached',
        () => 'offline',
      ),
    ),
  ).toBe('offline');

  await page.reload();
  await expect(page.getByRole('link', { name: new RegExp(SAMPLE_TITLE) })).toBeVisible();
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  // The event's screens load their code lazily: it must all come from the offline copy.
  await openSampleCapture(page);
  const text = `Nota escrita sin conexión ${Date.now()}`;
  await composer(page).fill(text);
  await composer(page).press('Enter');
  await expect(composer(page)).toHaveValue('');
  await expect(timeline(page).locator('article', { hasText: text })).toBeVisible();

  await page.reload();
  await expect(composer(page)).toBeVisible();
  await expect(timeline(page).locator('article', { hasText: text })).toBeVisible();
});

test('the web app can be installed: a manifest with icons, a favicon, and no update offered on a first visit', async ({ page }) => {
  const missing: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) missing.push(`${response.status()} ${response.url()}`);
  });
  await page.goto('/');
  await expect(page.getByRole('link', { name: new RegExp(SAMPLE_TITLE) })).toBeVisible();

  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(manifestHref).toBeTruthy();
  const manifest = await page.evaluate(async (href) => (await fetch(href!)).json(), manifestHref);
  expect(manifest).toMatchObject({ name: 'Relator', short_name: 'Relator', display: 'standalone', lang: 'es', start_url: './' });
  const sizes = (manifest.icons as Array<{ sizes: string; purpose?: string; src: string }>).map((icon) => `${icon.sizes} ${icon.purpose}`);
  expect(sizes).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
  for (const icon of manifest.icons as Array<{ src: string; type: string }>) {
    const response = await page.request.get(new URL(icon.src, page.url()).href);
    expect(response.status(), icon.src).toBe(200);
    expect(response.headers()['content-type'], icon.src).toContain(icon.type);
  }

  const favicon = await page.locator('link[rel="icon"]').first().getAttribute('href');
  expect((await page.request.get(new URL(favicon!, page.url()).href)).status()).toBe(200);
  await offlineCopyReady(page);
  await expect(page.getByTestId('update-notice')).toHaveCount(0);
  expect(missing).toEqual([]);
});

test('a new version waits until the user chooses to update; then the page reloads on it', async ({ page }) => {
  // Its own server on a copy of the build, so the next release can be put in its place on the same origin.
  const dir = mkdtempSync(join(tmpdir(), 'relator-release-'));
  cpSync('out/web', dir, { recursive: true });
  let served = await serveStatic({ dir, port: 0 });
  try {
    await page.goto(served.url);
    await expect(page.getByRole('link', { name: new RegExp(SAMPLE_TITLE) })).toBeVisible();
    await offlineCopyReady(page);
    await page.reload();
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    // The next release: its service worker differs from the running one (sirv reads its folder at start).
    await served.close();
    appendFileSync(join(dir, 'sw.js'), '\n// the next release\n');
    served = await serveStatic({ dir, port: served.port, strictPort: true });
    await page.evaluate(() => void ((window as unknown as { sameSession: boolean }).sameSession = true));
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

    const notice = page.getByTestId('update-notice');
    await expect(notice).toContainText('Nueva versión disponible');
    // Offered, never forced: the new version waits and the page is the same one until the user answers.
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.waiting != null))).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { sameSession?: boolean }).sameSession)).toBe(true);

    const reloaded = page.waitForEvent('load');
    await notice.getByRole('button', { name: 'Actualizar' }).click();
    await reloaded;
    expect(await page.evaluate(() => (window as unknown as { sameSession?: boolean }).sameSession)).toBeUndefined();
    await expect(page.getByRole('link', { name: new RegExp(SAMPLE_TITLE) })).toBeVisible();
    await expect(page.getByTestId('update-notice')).toHaveCount(0);
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.waiting ?? null))).toBeNull();
  } finally {
    await served.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
