import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../src/main/csp';
import { DEVICE_PAGE_CSP } from '../../../src/relay/device-files';
import { desktopHostRequests } from '../../../src/relay/desktop-page';
import { createSyncHost, type SyncHost } from '../../../src/relay/sync-host';
import { newEventId, newJoinCode } from './helpers';

const hosts: SyncHost[] = [];
const folders: string[] = [];
afterEach(async () => {
  for (const host of hosts.splice(0)) await host.close();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A renderer build folder with the device page, one asset, the app's own page, and a secret next to it. */
function buildFolder(): string {
  const root = mkdtempSync(join(tmpdir(), 'relator-device-'));
  folders.push(root);
  const build = join(root, 'renderer');
  mkdirSync(join(build, 'assets'), { recursive: true });
  writeFileSync(join(build, 'device.html'), '<!doctype html><title>device</title>');
  writeFileSync(join(build, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(build, 'assets', 'device-abc.js'), 'console.log(1)');
  writeFileSync(join(root, 'secret.txt'), 'secret');
  symlinkSync(join(root, 'secret.txt'), join(build, 'assets', 'leak.js'));
  return build;
}

describe('desktop LAN listener: the venue device page', () => {
  it('serves device.html and its assets with the app’s CSP, and nothing else of the build', async () => {
    const host = createSyncHost({
      listenHost: '127.0.0.1',
      networkInterfaces: () => ({}),
      handleRequest: desktopHostRequests(buildFolder()),
    });
    hosts.push(host);
    const { port } = await host.host({ eventId: newEventId(), joinCode: newJoinCode() });
    const base = `http://127.0.0.1:${port}`;

    const page = await fetch(`${base}/device.html?stage=x&code=y`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await page.text()).toContain('device');
    const asset = await fetch(`${base}/assets/device-abc.js`);
    expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');

    // The app itself is not served on the LAN: the short page answers "/" and the rest is 404.
    expect(await (await fetch(`${base}/`)).text()).toContain('Este equipo comparte un evento de Relator');
    expect((await fetch(`${base}/index.html`)).status).toBe(404);
    expect((await fetch(`${base}/assets/leak.js`)).status).toBe(404);
    expect((await fetch(`${base}/assets/..%2f..%2fsecret.txt`)).status).toBe(404);
    expect((await fetch(`${base}/assets/missing.js`)).status).toBe(404);
    expect((await fetch(`${base}/device.html`, { method: 'POST' })).status).toBe(404);
    expect(DEVICE_PAGE_CSP).toBe(CONTENT_SECURITY_POLICY);
  });
});
