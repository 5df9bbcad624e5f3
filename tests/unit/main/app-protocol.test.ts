import * as realFs from 'node:fs/promises';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../src/main/csp';
import { APP_ORIGIN, createAppProtocolHandler, requestedSegments, type AppFilesFs } from '../../../src/main/protocol/app-protocol';

/*
 * The real handler on a real folder laid out like out/renderer, with the links an attacker (or a
 * careless build step) could leave in it. Requests are made with the URLs a page could ask for.
 */
let base: string;
let root: string;
let handler: (request: { url: string; method: string }) => Promise<Response>;
const reads: string[] = [];

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'relator-app-protocol-'));
  root = join(base, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Relator</title>');
  await writeFile(join(root, 'assets', 'index-abc.js'), 'console.log("relator")');
  await writeFile(join(root, 'assets', 'ñandú café.css'), 'body{}');
  await writeFile(join(base, 'secret.json'), '{"token":"x"}');
  await mkdir(join(base, 'renderer-evil'));
  await writeFile(join(base, 'renderer-evil', 'index.html'), 'evil');
  // A link inside the folder that leads out of it, one to a folder outside, and one that stays inside.
  await symlink(join(base, 'secret.json'), join(root, 'assets', 'leak.json'));
  await symlink(base, join(root, 'outside'), 'dir');
  await symlink(join(root, 'assets', 'index-abc.js'), join(root, 'alias.js'));
  const fs: AppFilesFs = {
    realpath: (path) => realFs.realpath(path),
    stat: (path) => realFs.stat(path),
    readFile: (path) => {
      reads.push(path);
      return realFs.readFile(path);
    },
  };
  handler = createAppProtocolHandler(fs, root);
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

const get = (path: string, method = 'GET') => handler({ url: `${APP_ORIGIN}${path}`, method });

describe('the app:// protocol handler', () => {
  it('serves the entry page and the built files with their type and the CSP', async () => {
    const page = await get('/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('<title>Relator</title>');
    expect(await (await get('/')).text()).toContain('<title>Relator</title>');
    const script = await get('/assets/index-abc.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log("relator")');
    expect(await (await get('/assets/%C3%B1and%C3%BA%20caf%C3%A9.css')).text()).toBe('body{}');
    // A link that stays inside the folder is just another name for one of its files.
    expect((await get('/alias.js')).status).toBe(200);
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String('<!doctype html><title>Relator</title>'.length));
    expect(await head.text()).toBe('');
    expect((await get('/index.html', 'POST')).status).toBe(405);
  });

  it('refuses "..", whether written out or percent-encoded, and never reads outside the folder', async () => {
    reads.length = 0;
    for (const path of [
      '/../secret.json',
      '/assets/../../secret.json',
      '/%2e%2e/secret.json',
      '/.%2E/secret.json',
      '/assets/%2E%2E/%2e%2e/secret.json',
    ]) {
      const response = await get(path);
      expect(response.status, path).not.toBe(200);
      expect(await response.text(), path).not.toContain('token');
    }
    // The sibling folder whose name starts like ours is not inside it either.
    expect(await (await get('/../renderer-evil/index.html')).text()).not.toBe('evil');
    expect(requestedSegments('app://relator/assets/%2e%2e/%2e%2e/secret.json')).toEqual(['secret.json']);
    expect(reads.filter((path) => !path.startsWith(root))).toEqual([]);
  });

  it('refuses encoded separators, backslashes, NUL and empty segments', async () => {
    for (const path of [
      '/assets%2findex-abc.js',
      '/assets%2Findex-abc.js',
      '/..%2fsecret.json',
      '/..%5csecret.json',
      '/assets%5Cindex-abc.js',
      '/assets\\index-abc.js',
      '/index.html%00.png',
      '/assets//index-abc.js',
      '/C:%2fWindows%2fwin.ini',
      '/%E0%A4%A',
    ]) {
      expect((await get(path)).status, path).toBe(400);
    }
  });

  it('refuses symbolic links that lead outside the folder', async () => {
    reads.length = 0;
    const leak = await get('/assets/leak.json');
    expect(leak.status).toBe(403);
    expect(await leak.text()).not.toContain('token');
    expect((await get('/outside/secret.json')).status).toBe(403);
    expect((await get('/outside/renderer-evil/index.html')).status).toBe(403);
    expect(reads).toEqual([]);
  });

  it('serves nothing but files of the kinds the build writes, and only on its own host', async () => {
    expect((await get('/missing.js')).status).toBe(404);
    expect((await get('/assets')).status).toBe(404);
    expect((await get('/assets/index-abc.exe')).status).toBe(404);
    expect((await handler({ url: 'app://other/index.html', method: 'GET' })).status).toBe(400);
    expect((await handler({ url: 'app://user:pw@relator/index.html', method: 'GET' })).status).toBe(400);
    expect((await handler({ url: 'app://relator:8080/index.html', method: 'GET' })).status).toBe(400);
    expect((await handler({ url: 'file:///etc/passwd', method: 'GET' })).status).toBe(400);
  });
});
