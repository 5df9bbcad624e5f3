import { spawn } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, parseArgs, resolveRequest, serveStatic, type Served } from '../../../scripts/serve-web.mjs';

let dir: string;
let served: Served;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'relator-web-'));
  await mkdir(join(dir, 'assets'));
  await writeFile(join(dir, 'index.html'), '<!doctype html><title>Relator</title><div id="app"></div>');
  await writeFile(join(dir, 'assets', 'index-abc.js'), 'export {};');
  await writeFile(join(dir, 'assets', 'index-abc.css'), 'body{}');
  await writeFile(join(dir, 'assets', 'font.woff2'), 'w');
  served = await serveStatic({ dir, port: 0 });
});
afterAll(async () => {
  await served?.close();
  await rm(dir, { recursive: true, force: true });
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
  it('reads --port, --dir and --no-build', () => {
    expect(parseArgs([])).toEqual({ port: 5173, portGiven: false, dir: 'out/web', build: true });
    expect(parseArgs(['--port', '4391', '--dir=x', '--no-build'])).toEqual({ port: 4391, portGiven: true, dir: 'x', build: false });
    expect(() => parseArgs(['--port', 'abc'])).toThrow(/--port/);
    expect(() => parseArgs(['--bogus'])).toThrow(/unknown option/);
  });
});

describe('request paths', () => {
  it('keeps requests inside the served folder', () => {
    expect(resolveRequest(dir, '/..%2f..%2fetc%2fpasswd')).toEqual({ status: 403 });
    // URL parsing folds encoded dot segments first, so this is just an unknown app route.
    expect(resolveRequest(dir, '/%2e%2e/%2e%2e/etc/passwd')).toEqual({ status: 200, file: resolve(dir, 'index.html') });
    expect(resolveRequest(dir, '/a%00b')).toEqual({ status: 400 });
    expect(resolveRequest(dir, '/%E0%A4%A')).toEqual({ status: 400 });
  });

  it('falls back to index.html only for app routes', () => {
    expect(resolveRequest(dir, '/event/123')).toEqual({ status: 200, file: resolve(dir, 'index.html') });
    expect(resolveRequest(dir, '/assets/missing.js')).toEqual({ status: 404 });
    expect(resolveRequest(dir, '/')).toEqual({ status: 200, file: resolve(dir, 'index.html') });
  });
});

describe('static server', () => {
  it('serves files with their types and the security headers', async () => {
    const page = await fetch(served.url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('<div id="app">');
    const types = await Promise.all(
      ['assets/index-abc.js', 'assets/index-abc.css', 'assets/font.woff2'].map(async (path) =>
        (await fetch(served.url + path)).headers.get('content-type'),
      ),
    );
    expect(types).toEqual(['text/javascript; charset=utf-8', 'text/css; charset=utf-8', 'font/woff2']);
  });

  it('refuses traversal, unknown files and writes', async () => {
    expect((await rawGet(served.port, '/..%2f..%2f..%2fetc%2fpasswd')).status).toBe(403);
    expect((await rawGet(served.port, '/nope.png')).status).toBe(404);
    expect((await rawGet(served.port, '/', 'POST')).status).toBe(405);
    const head = await rawGet(served.port, '/', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
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
});
