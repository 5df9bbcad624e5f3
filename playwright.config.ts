import { defineConfig } from '@playwright/test';

const port = Number(process.env.RELATOR_E2E_PORT ?? 4391);

/**
 * End-to-end tests drive Debian's Chromium against the built web renderer; Playwright's own
 * browser download is never used (this machine cannot reach it).
 */
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  workers: 1,
  // One retry on CI only; a test that needed it is reported as flaky, not hidden.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    // The web build's service worker would answer from its precache; only tests/e2e/offline.spec.ts
    // (which is about it) allows it, so no other test can be served a copy of an earlier build.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: `node scripts/serve-web.mjs --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
