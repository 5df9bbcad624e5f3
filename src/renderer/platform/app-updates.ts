/**
 * Updates of the installable web app. Its service worker (made by vite-plugin-pwa / Workbox,
 * vite.web.config.ts) precaches the whole app, so it opens with no network. A new version is
 * installed in the background and then waits: it takes over only when the user says so, never in
 * the middle of a session. The desktop app has no service worker (its files are on disk).
 */

/** The part of workbox-window's Workbox used here, so a test can drive the events. */
export interface WorkboxLike {
  addEventListener(type: 'waiting' | 'controlling', listener: (event: { isExternal?: boolean }) => void): void;
  messageSkipWaiting(): void;
  register(): Promise<unknown>;
}

export type UpdateState = 'none' | 'waiting' | 'activated';

export interface AppUpdates {
  state(): UpdateState;
  /** The user chose to update: the waiting version takes over, then the page reloads on it. */
  apply(): void;
}

/**
 * Follows one Workbox instance. "waiting": a new version is installed and waits for the user.
 * "activated": another tab applied it, so this page runs the old version with the new one in
 * charge; its files may be gone from the cache, so updating here is a plain reload.
 */
export function followUpdates(workbox: WorkboxLike, reload: () => void, onChange: () => void): AppUpdates {
  let state: UpdateState = 'none';
  let appliedHere = false;
  const set = (next: UpdateState): void => {
    state = next;
    onChange();
  };
  workbox.addEventListener('waiting', () => set('waiting'));
  workbox.addEventListener('controlling', () => {
    if (appliedHere) reload();
    else if (state !== 'none') set('activated');
  });
  return {
    state: () => state,
    apply() {
      if (state === 'activated') return reload();
      if (state !== 'waiting') return;
      appliedHere = true;
      workbox.messageSkipWaiting();
    },
  };
}

const NO_UPDATES: AppUpdates = { state: () => 'none', apply: () => undefined };
let current: AppUpdates = NO_UPDATES;
const listeners = new Set<() => void>();

/** The update offer of this page ("none" until the service worker is registered, and always on the desktop). */
export function appUpdates(): AppUpdates {
  return current;
}

/** Calls `listener` whenever the offer changes; returns the unsubscribe function. */
export function subscribeToUpdates(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/**
 * Registers the service worker once the page has loaded (its precache download must not compete
 * with the app's start). Only in the browser build, which is the only one that has a sw.js.
 */
export function startAppUpdates({ hasServiceWorker, isWeb }: { hasServiceWorker: boolean; isWeb: boolean }): void {
  if (!hasServiceWorker || !isWeb || !('serviceWorker' in navigator)) return;
  const run = async (): Promise<void> => {
    const { Workbox } = await import('workbox-window');
    const workbox = new Workbox('./sw.js', { scope: './' });
    current = followUpdates(
      workbox,
      () => location.reload(),
      () => listeners.forEach((listener) => listener()),
    );
    await workbox.register();
  };
  const start = (): void => void run().catch((error: unknown) => console.warn('Relator: the offline copy could not be set up', error));
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}
