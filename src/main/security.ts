import { isAllowedRequest, isAppOrigin, isAppUrl, type AppLocation } from './app-location';
import { withSecurityHeaders } from './csp';
import { isExternalUrl } from '../shared/bridge-validate';

/*
 * Structural slices of Electron's Session and WebContents: what the hardening touches, so it
 * can be checked against small fakes. The real objects satisfy these types.
 */
export interface SessionLike {
  webRequest: {
    onBeforeRequest(listener: (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void): void;
    onHeadersReceived(
      listener: (
        details: { url: string; responseHeaders?: Record<string, string[]> },
        callback: (response: { responseHeaders: Record<string, string[]> }) => void,
      ) => void,
    ): void;
  };
  setPermissionRequestHandler(
    handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void, details: { requestingUrl?: string }) => void,
  ): void;
  setPermissionCheckHandler(handler: (webContents: unknown, permission: string, requestingOrigin: string) => boolean): void;
}

export interface NavigationEvent {
  preventDefault(): void;
  url: string;
}

export interface WebContentsLike {
  on(event: 'will-navigate' | 'will-redirect', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/**
 * Storage that survives disk pressure keeps the user's notes safe; nothing else (camera,
 * notifications, geolocation…) is ever needed, so it is refused.
 */
const GRANTED_PERMISSIONS: ReadonlySet<string> = new Set(['persistent-storage']);

function isPermissionGranted(location: AppLocation, permission: string, requestingUrl: string): boolean {
  return GRANTED_PERMISSIONS.has(permission) && isAppUrl(location, requestingUrl);
}

/** Blocks remote requests, adds the CSP to every response, and answers permission requests. */
export function hardenSession(session: SessionLike, location: AppLocation): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(location, details.url) });
  });
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withSecurityHeaders(details.responseHeaders) });
  });
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionGranted(location, permission, details.requestingUrl ?? ''));
  });
  session.setPermissionCheckHandler(
    // The check handler receives an origin ("app://relator", or the dev server's), not a page URL.
    (_contents, permission, requestingOrigin) => GRANTED_PERMISSIONS.has(permission) && isAppOrigin(location, requestingOrigin),
  );
}

/**
 * Keeps a window on the app's own pages: navigation elsewhere is cancelled, new windows are
 * never opened, and web links go to the user's browser instead.
 */
export function hardenWebContents(contents: WebContentsLike, location: AppLocation, openExternal: (url: string) => void): void {
  contents.on('will-navigate', (event) => {
    if (isAppUrl(location, event.url)) return;
    event.preventDefault();
    // A clicked web link (e.g. in the report preview) opens in the browser, as users expect.
    if (isExternalUrl(event.url)) openExternal(event.url);
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(location, event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalUrl(url)) openExternal(url);
    return { action: 'deny' };
  });
}
