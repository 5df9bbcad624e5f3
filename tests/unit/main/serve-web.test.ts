import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../src/main/csp';
import { parseArgs, serveStatic, type Served } from '../../../scripts/serve-web.mjs';

let parent: string;
let dir: string;
let served: Served;
const SECRET = 'outside-the-served-folder-7f3a';
const INDEX = '<!doctype html><title>Relator</title><div id="app"></div>';

beforeAll(async () => {
  parent = await mkdtemp(join(tmpdir(), 'relator-web-'));
  dir = join(parent, 'web');
  await mkdir(join(dir, 'assets'), { recursive: true });
  await writeFile(join(parent, 'secret.txt'), SECRET);
  await writeFile(join(dir, 'index.html'), INDEX);
  await writeFile(join(dir, 'assets', 'index-abc.js'), 'export {};');
  await writeFile(join(dir, 'assets', 'index-abc.css'), 'body{}');
  await writeFile(join(dir, 'assets', 'font.woff2'), 'w');
  // A link that stays inside the folder is served like the file it names.
  await symlink(join(dir, 'index.html'), join(dir, 'start.html'));
  served = await serveStatic({ dir, port: 0 });
});
afterAll(async () => {
  await served?.close();
  await rm(parent, { recursive: true, force: true });
});

/** Raw GET, so paths reach the server exactly as written (fetch would normalise them). */
function rawGet(port: number, path: string, method = 'GET'): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolvePromise, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolvePromise({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('serve-web options', () => {
  it('reads --port, --dir and --no-build, and refuses anything else with the usage', () => {
    expect(parseArgs([])).toEqual({ port: 5173, portGiven: false, dir: 'out/web', build: true });
    expect(parseArgs(['--port', '4391', '--dir=x', '--no-build'])).toEqual({ port: 4391, portGiven: true, dir: 'x', build: false });
    expect(() => parseArgs(['--port', 'abc'])).toThrow(/--port needs a number from 0 to 65535 \(got: abc\)/);
    expect(() => parseArgs(['--port', '70000'])).toThrow(/--port needs a number/);
    expect(() => parseArgs(['--bogus'])).toThrow(/Unknown option '--bogus'[\s\S]*usage: node scripts\/serve-web\.mjs/);
    expect(() => parseArgs(['--no-build=no'])).toThrow(/does not take an argument/);
    expect(() => parseArgs(['--dir', '--no-build'])).toThrow(/ambiguous/);
    expect(() => parseArgs(['--port'])).toThrow(/argument missing/);
    expect(() => parseArgs(['out/web'])).toThrow(/Unexpected argument 'out\/web'/);
  });
});

describe('static server', () => {
  it("serves files with their types and the desktop app's CSP, errors included", async () => {
    const page = await fetch(served.url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html;charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toBe(INDEX);
    const types = await Promise.all(
      ['assets/index-abc.js', 'assets/index-abc.css', 'assets/font.woff2'].map(async (path) =>
        (await fetch(served.url + path)).headers.get('content-type'),
      ),
    );
    expect(types).toEqual(['text/javascript', 'text/css', 'font/woff2']);
    const missing = await rawGet(served.port, '/assets/missing.js');
    expect(missing.status).toBe(404);
    expect(missing.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('gives app routes index.html and HEAD no body', async () => {
    expect(await rawGet(served.port, '/event/123')).toMatchObject({ status: 200, body: INDEX });
    expect(await rawGet(served.port, '/start.html')).toMatchObject({ status: 200, body: INDEX });
    expect(await rawGet(served.port, '/', 'HEAD')).toMatchObject({ status: 200, body: '' });
  });

  it('never answers with a file outside the served folder, however the path is written', async () => {
    for (const path of [
      '/../secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e/secret.txt',
      '/%2e%2e%2fsecret.txt',
      '/assets/../../secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/..\\secret.txt',
      '/%00/../secret.txt',
      `/${'../'.repeat(8)}etc/passwd`,
    ]) {
      const answer = await rawGet(served.port, path);
      expect(answer.body, path).not.toContain(SECRET);
      expect(answer.body, path).not.toMatch(/root:/);
      expect([200, 400, 404], path).toContain(answer.status);
    }
  });

  it('refuses to serve a folder holding a link that leads out of it', async () => {
    const leaky = join(parent, 'leaky');
    await mkdir(join(leaky, 'assets'), { recursive: true });
    await writeFile(join(leaky, 'index.html'), INDEX);
    await symlink(join(parent, 'secret.txt'), join(leaky, 'assets', 'app.js'));
    await expect(serveStatic({ dir: leaky, port: 0 })).rejects.toThrow(/assets\/app\.js leads outside the folder being served/);
  });

  it('moves to the next port when the usual one is taken, unless told not to', async () => {
    const next = await serveStatic({ dir, port: served.port });
    try {
      expect(next.port).toBe(served.port + 1);
    } finally {
      await next.close();
    }
    await expect(serveStatic({ dir, port: served.port, strictPort: true })).rejects.toMatchObject({ code: 'EADDRINUSE' });
  });

  it('as a script, prints its address, serves, and exits cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, ['scripts/serve-web.mjs', '--port', '0', '--dir', dir, '--no-build'], {
      cwd: resolve(__dirname, '../../..'),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const url = await new Promise<string>((resolvePromise, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
        if (match) resolvePromise(match[0]);
      });
      child.on('exit', (code) => reject(new Error(`exited early with ${code}: ${out}`)));
    });
    expect((await fetch(url)).status).toBe(200);
    const exit = new Promise<number | null>((resolvePromise) => child.on('exit', (code) => resolvePromise(code)));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
  });

  it('as a script, exits 2 with its usage on a malformed option', () => {
    const r = spawnSync(process.execPath, ['scripts/serve-web.mjs', '--port'], { cwd: resolve(__dirname, '../../..'), encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("Option '--port <value>' argument missing");
    expect(r.stderr).toContain('usage: node scripts/serve-web.mjs');
  });
});
