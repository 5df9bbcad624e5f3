import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAllowedRequest, isAppUrl, resolveAppLocation } from '../../../src/main/app-location';
import { CONTENT_SECURITY_POLICY, withSecurityHeaders } from '../../../src/main/csp';
import { hardenSession, hardenWebContents, type SessionLike, type WebContentsLike } from '../../../src/main/security';
import { mainWindowOptions } from '../../../src/main/window';
import { CONTENT_SECURITY_POLICY as SERVED_CSP } from '../../../scripts/serve-web.mjs';

const built = resolveAppLocation(undefined, { packaged: true });
const dev = resolveAppLocation('http://localhost:5173/', { packaged: false });

describe('app location', () => {
  it('is the app:// scheme, and nothing beside it', () => {
    expect(built.entryUrl).toBe('app://relator/index.html');
    expect(isAppUrl(built, 'app://relator/index.html#/event/1')).toBe(true);
    expect(isAppUrl(built, 'app://relator/assets/index-1.js')).toBe(true);
    expect(isAppUrl(built, 'app://other/index.html')).toBe(false);
    expect(isAppUrl(built, 'app://user@relator/index.html')).toBe(false);
    expect(isAppUrl(built, 'app://relator:1/index.html')).toBe(false);
    expect(isAppUrl(built, 'file:///opt/relator/out/renderer/index.html')).toBe(false);
    expect(isAppUrl(built, 'https://example.org/')).toBe(false);
    expect(isAppUrl(built, 'not a url')).toBe(false);
  });

  it('in development trusts only the local dev server', () => {
    expect(isAppUrl(dev, 'http://localhost:5173/src/main.tsx')).toBe(true);
    expect(isAppUrl(dev, 'http://localhost:5174/')).toBe(false);
    expect(isAllowedRequest(dev, 'ws://localhost:5173/')).toBe(true);
    expect(() => resolveAppLocation('https://example.org/', { packaged: false })).toThrow(/local http URL/);
  });

  it('in the installed app ignores ELECTRON_RENDERER_URL', () => {
    expect(resolveAppLocation('http://localhost:5173/', { packaged: true })).toEqual(built);
    expect(resolveAppLocation('https://evil.example/', { packaged: true })).toEqual(built);
  });

  it('lets no remote request and no file:// request through', () => {
    expect(isAllowedRequest(built, 'https://fonts.example.com/a.woff2')).toBe(false);
    expect(isAllowedRequest(built, 'http://127.0.0.1:8080/')).toBe(false);
    expect(isAllowedRequest(built, 'file:///etc/passwd')).toBe(false);
    expect(isAllowedRequest(built, 'ws://localhost:5173/')).toBe(false);
    expect(isAllowedRequest(built, 'app://relator/assets/a.js')).toBe(true);
    expect(isAllowedRequest(built, 'data:image/png;base64,AAAA')).toBe(true);
    expect(isAllowedRequest(built, 'blob:app://relator/1234')).toBe(true);
  });

  it('lets live sync reach a relay on this machine or the venue network, and nothing else over WebSocket', () => {
    const room = '/sync/3f0c2a9e-8b1d-4c6e-9a2f-5d7b1e0c4a88?code=q2v9Xk3LmN8pR4sT6uW1yZ';
    for (const host of [
      '127.0.0.1:41234',
      '192.168.1.20:41234',
      '10.0.0.5:80',
      '172.16.4.2:5000',
      '172.31.255.1:1',
      '169.254.10.2:4',
      '100.64.3.1:9',
    ]) {
      expect(isAllowedRequest(built, `ws://${host}${room}`), host).toBe(true);
    }
    for (const url of [
      `ws://8.8.8.8:41234${room}`,
      `ws://172.32.0.1:41234${room}`,
      `ws://192.169.1.1:41234${room}`,
      `ws://evil.example:41234${room}`,
      `ws://localhost:41234${room}`,
      `ws://[::1]:41234${room}`,
      `wss://192.168.1.20:41234${room}`,
      'ws://192.168.1.20:41234/other',
      'ws://user:pw@192.168.1.20:41234/sync/x',
      `http://192.168.1.20:41234${room}`,
      'http://192.168.1.20:41234/',
    ]) {
      expect(isAllowedRequest(built, url), url).toBe(false);
    }
  });
});

// The one place that lists the switches; the stage window and the entry are checked against it.
describe('window options', () => {
  it('sandboxes the renderer, isolates the preload and spells out every other switch', () => {
    expect(mainWindowOptions('/opt/relator/out/preload/index.cjs').webPreferences).toEqual({
      preload: '/opt/relator/out/preload/index.cjs',
      devTools: false,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: true,
    });
  });

  it('opens DevTools only when a development run asks for them', () => {
    expect(mainWindowOptions('/p.cjs').webPreferences?.devTools).toBe(false);
    expect(mainWindowOptions('/p.cjs', true).webPreferences?.devTools).toBe(true);
  });
});

describe('content security policy', () => {
  it('is the same in the desktop app, the web server and index.html', () => {
    expect(SERVED_CSP).toBe(CONTENT_SECURITY_POLICY);
    const html = readFileSync(resolve(__dirname, '../../../src/renderer/index.html'), 'utf8');
    expect(html).toContain(`content="${CONTENT_SECURITY_POLICY}"`);
  });

  it('replaces whatever CSP a response carried', () => {
    const headers = withSecurityHeaders({ 'content-security-policy': ['default-src *'], 'Content-Type': 'text/html' });
    expect(headers).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      'X-Content-Type-Options': ['nosniff'],
    });
  });
});

function fakeSession() {
  const calls: Record<string, (...args: never[]) => unknown> = {};
  const session: SessionLike = {
    webRequest: {
      onBeforeRequest: (listener) => void (calls.before = listener),
      onHeadersReceived: (listener) => void (calls.headers = listener),
    },
    setPermissionRequestHandler: (handler) => void (calls.request = handler),
    setPermissionCheckHandler: (handler) => void (calls.check = handler),
  };
  return { session, calls };
}

describe('session hardening', () => {
  const { session, calls } = fakeSession();
  hardenSession(session, built);

  const answer = <T>(register: (...args: never[]) => unknown, ...args: unknown[]): T => {
    let result: unknown;
    (register as (...a: unknown[]) => void)(...args, (value: unknown) => (result = value));
    return result as T;
  };

  it('cancels remote requests and adds the CSP header', () => {
    expect(answer(calls.before!, { url: 'https://tracker.example/' })).toEqual({ cancel: true });
    expect(answer(calls.before!, { url: built.entryUrl })).toEqual({ cancel: false });
    const { responseHeaders } = answer<{ responseHeaders: Record<string, string[]> }>(calls.headers!, {
      url: built.entryUrl,
      responseHeaders: {},
    });
    expect(responseHeaders['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
  });

  it('denies permissions except persistent storage for our own page', () => {
    const request = (permission: string, requestingUrl: string) => {
      let granted: boolean | undefined;
      (calls.request as (...a: unknown[]) => void)({}, permission, (value: boolean) => (granted = value), { requestingUrl });
      return granted;
    };
    expect(request('media', built.entryUrl)).toBe(false);
    expect(request('notifications', built.entryUrl)).toBe(false);
    expect(request('geolocation', built.entryUrl)).toBe(false);
    expect(request('persistent-storage', built.entryUrl)).toBe(true);
    expect(request('persistent-storage', 'https://example.org/')).toBe(false);
    const check = calls.check as (...a: unknown[]) => boolean;
    expect(check({}, 'clipboard-read', 'app://relator')).toBe(false);
    expect(check({}, 'persistent-storage', 'app://relator')).toBe(true);
    expect(check({}, 'persistent-storage', 'app://relator/')).toBe(true);
    expect(check({}, 'persistent-storage', 'file://')).toBe(false);
    expect(check({}, 'persistent-storage', 'https://example.org')).toBe(false);
  });
});

describe('navigation and new windows', () => {
  const listeners = new Map<string, (event: { url?: string; preventDefault(): void }) => void>();
  let openHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;
  const contents = {
    on: (name: string, listener: (event: { url?: string; preventDefault(): void }) => void) => listeners.set(name, listener),
    setWindowOpenHandler: (handler: (details: { url: string }) => { action: 'deny' }) => void (openHandler = handler),
  } as unknown as WebContentsLike;
  const opened: string[] = [];
  hardenWebContents(contents, built, (url) => opened.push(url));

  const navigate = (name: string, url: string) => {
    let prevented = false;
    listeners.get(name)!({ url, preventDefault: () => (prevented = true) });
    return prevented;
  };

  it('stays on the app, sending web links to the browser', () => {
    opened.length = 0;
    expect(navigate('will-navigate', `${built.entryUrl}#/settings`)).toBe(false);
    expect(navigate('will-navigate', 'https://example.org/')).toBe(true);
    expect(navigate('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(navigate('will-redirect', 'https://example.org/')).toBe(true);
    expect(opened).toEqual(['https://example.org/']);
  });

  it('never opens a window and refuses webviews', () => {
    opened.length = 0;
    expect(openHandler!({ url: 'https://example.org/doc' })).toEqual({ action: 'deny' });
    expect(openHandler!({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://example.org/doc']);
    expect(navigate('will-attach-webview', '')).toBe(true);
  });
});
