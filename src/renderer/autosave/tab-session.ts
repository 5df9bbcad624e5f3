/**
 * Which tab or window this is, so each keeps its own draft slot: an id kept in sessionStorage
 * (a reload of the same tab finds it again; another tab or window has its own) and held as a Web
 * Lock for the page's lifetime. The browser releases the lock when the page goes away, crash
 * included, so the locks held tell which tabs are still open. After a reload the old page may
 * still hold the lock for a moment, so the new one waits for it a little; a duplicated tab, which
 * inherits a copy of sessionStorage, never gets it and picks a new id.
 */

const STORAGE_KEY = 'relator.tabId';
const LOCK_PREFIX = 'relator.tab:';

export interface TabSession {
  readonly tabId: string;
  /** Ids of the tabs and windows open now; null when this browser cannot tell. */
  openTabs(): Promise<ReadonlySet<string> | null>;
}

/** The parts of the Web Locks API used here (navigator.locks). */
export interface LockManagerLike {
  request(name: string, options: { signal?: AbortSignal }, callback: (lock: unknown) => Promise<unknown>): Promise<unknown>;
  query(): Promise<{ held?: { name?: string }[] }>;
}

export interface TabSessionHost {
  storage: Pick<Storage, 'getItem' | 'setItem'> | null;
  locks: LockManagerLike | null;
  newId: () => string;
  /** How long to wait for a lock another page holds (the same tab's page before a reload, still unloading). */
  lockWaitMs?: number;
}

const LOCK_WAIT_MS = 1500;

/** Holds the lock until the page goes; resolves false if another open page keeps it longer than `waitMs`. */
function holdLock(locks: LockManagerLike, tabId: string, waitMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    locks
      .request(LOCK_PREFIX + tabId, { signal: AbortSignal.timeout(waitMs) }, () => {
        resolve(true);
        // Never settles: the lock is kept for the life of the page.
        return new Promise(() => {});
      })
      .catch(() => resolve(false));
  });
}

export async function startTabSession(host: TabSessionHost): Promise<TabSession> {
  const stored = readId(host);
  let tabId = stored ?? host.newId();
  const locks = host.locks;
  if (locks) {
    // Only a remembered id is worth waiting for; a fresh random one is free at once or never.
    const wait = (id: string) => (id === stored ? (host.lockWaitMs ?? LOCK_WAIT_MS) : 50);
    for (let i = 0; i < 3 && !(await holdLock(locks, tabId, wait(tabId))); i++) tabId = host.newId();
  }
  writeId(host, tabId);
  return {
    tabId,
    async openTabs() {
      if (!locks) return null;
      try {
        const { held = [] } = await locks.query();
        return new Set(held.flatMap((l) => (l.name?.startsWith(LOCK_PREFIX) ? [l.name.slice(LOCK_PREFIX.length)] : [])));
      } catch {
        return null;
      }
    },
  };
}

function readId(host: TabSessionHost): string | null {
  try {
    return host.storage?.getItem(STORAGE_KEY) || null;
  } catch {
    return null; // storage disabled: this tab gets a fresh id each load
  }
}

function writeId(host: TabSessionHost, tabId: string): void {
  try {
    host.storage?.setItem(STORAGE_KEY, tabId);
  } catch {
    // Without sessionStorage a reload looks like another tab: its draft is offered, not lost.
  }
}

let current: Promise<TabSession> | null = null;
let known: string | null = null;

/** This page's tab session, started on first use. */
export function tabSession(): Promise<TabSession> {
  current ??= startTabSession({
    storage: safeSessionStorage(),
    locks: (globalThis.navigator as Navigator | undefined)?.locks ?? null,
    newId: () => globalThis.crypto.randomUUID(),
  }).then((session) => {
    known = session.tabId;
    return session;
  });
  return current;
}

/** This page's tab id if the session has started, for code that cannot wait (pagehide). */
export function knownTabId(): string | null {
  return known;
}

function safeSessionStorage(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}
