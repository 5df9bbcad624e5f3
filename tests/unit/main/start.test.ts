import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RETRY_AFTER_MS, downloadAllowed, findElectronBinary, parseStartArgs, start, type StartResult } from '../../../scripts/start.mjs';

let root: string;
let electronDir: string;
let webDir: string;
let result: StartResult | undefined;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'relator-start-'));
  electronDir = join(root, 'node_modules', 'electron');
  webDir = join(root, 'prebuilt');
  await mkdir(electronDir, { recursive: true });
  await mkdir(webDir);
  await writeFile(join(webDir, 'index.html'), '<!doctype html><title>Relator</title><p>web</p>');
  result = undefined;
});
afterEach(async () => {
  if (result?.mode === 'web') await result.served.close();
  await rm(root, { recursive: true, force: true });
});

async function installBinary(): Promise<void> {
  await mkdir(join(electronDir, 'dist'), { recursive: true });
  await writeFile(join(electronDir, 'path.txt'), 'electron');
  await writeFile(join(electronDir, 'dist', 'electron'), '');
}

describe('finding Electron', () => {
  it('needs both path.txt and the file it names', async () => {
    expect(findElectronBinary(electronDir, {})).toBeNull();
    await writeFile(join(electronDir, 'path.txt'), 'electron');
    expect(findElectronBinary(electronDir, {})).toBeNull();
    await installBinary();
    expect(findElectronBinary(electronDir, {})).toBe(join(electronDir, 'dist', 'electron'));
  });

  it('does not download in CI or when told to skip', () => {
    expect(downloadAllowed({})).toBe(true);
    expect(downloadAllowed({ CI: 'true' })).toBe(false);
    expect(downloadAllowed({ ELECTRON_SKIP_BINARY_DOWNLOAD: '1' })).toBe(false);
  });
});

describe('npm start options', () => {
  it('reads --dev, --port and --no-build, and refuses a mistyped option instead of ignoring it', () => {
    expect(parseStartArgs([])).toEqual({ dev: false, port: 5173, build: true });
    expect(parseStartArgs(['--dev', '--port=0', '--no-build'])).toEqual({ dev: true, port: 0, build: false });
    expect(() => parseStartArgs(['--prot', '4000'])).toThrow(/Unknown option '--prot'[\s\S]*usage: npm start -- \[--dev\]/);
    expect(() => parseStartArgs(['--dev=no'])).toThrow(/does not take an argument/);
    expect(() => parseStartArgs(['--port', '--dev'])).toThrow(/ambiguous/);
    expect(() => parseStartArgs(['--port', '-1'])).toThrow(/ambiguous/);
    expect(() => parseStartArgs(['--port=-1'])).toThrow(/--port needs a number from 0 to 65535 \(got: -1\)/);
  });
});

describe('npm start', () => {
  it('without Electron, serves the browser version and says why in plain words', async () => {
    const lines: string[] = [];
    let installs = 0;
    result = await start({
      argv: ['--port', '0'],
      env: { CI: 'true' },
      root,
      electronDir,
      webDir,
      log: (line) => lines.push(line),
      install: async () => (installs++, { ok: false }),
      runElectron: async () => {
        throw new Error('must not start Electron');
      },
    });
    expect(installs).toBe(0);
    expect(result.mode).toBe('web');
    if (result.mode !== 'web') return;
    const output = lines.join('\n');
    expect(output).toContain(result.served.url);
    expect(output).toMatch(/falta el programa Electron/);
    expect(output).toMatch(/Electron binary is missing here; the same app runs in your browser/);
    expect(output).toContain('npx install-electron --no');
    expect(output).not.toMatch(/\bat .*\.m?js:\d+/); // no stack trace
    const page = await fetch(result.served.url);
    expect(await page.text()).toContain('<p>web</p>');
  });

  it('tries the download once, then falls back and does not wait again on the next start', async () => {
    let installs = 0;
    const options = {
      argv: ['--port', '0'],
      env: {},
      root,
      electronDir,
      webDir,
      log: () => undefined,
      install: async () => (installs++, { ok: false, reason: 'fetch failed' }),
      runElectron: async () => 0,
    };
    result = await start(options);
    expect(result.mode).toBe('web');
    expect(installs).toBe(1);
    if (result.mode === 'web') await result.served.close();
    result = await start(options);
    expect(installs).toBe(1);
    if (result.mode === 'web') await result.served.close();
    result = await start({ ...options, now: Date.now() + RETRY_AFTER_MS + 1 });
    expect(installs).toBe(2);
  });

  it('opens the desktop app once the download succeeds', async () => {
    const launched: boolean[] = [];
    result = await start({
      argv: ['--dev'],
      env: {},
      root,
      electronDir,
      webDir,
      log: () => undefined,
      install: async () => (await installBinary(), { ok: true }),
      runElectron: async (_root, dev) => (launched.push(dev), 0),
    });
    expect(result).toEqual({ mode: 'electron', exitCode: 0 });
    expect(launched).toEqual([true]);
    expect(existsSync(join(root, 'node_modules', '.cache', 'relator', 'electron-download.json'))).toBe(false);
  });
});
