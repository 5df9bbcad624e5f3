/**
 * Which tab or window this is, so each keeps its own draft slot: an id kept in sessionStorage
 * (a reload of the same tab finds it again; another tab or window has its own) and held as a Web
 * Lock for the page's lifetime. The browser releases the lock when the page goes away, crash
 * included, so the locks held tell which tabs are still open; a duplicated tab, which inherits a
 * copy of sessionStorage, finds its id's lock taken and picks a new id.
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
  request(name: string, options: { ifAvailable?: boolean }, callback: (lock: unknown) => Promise<unknown>): Promise<unknown>;
  query(): Promise<{ held?: { name?: string }[] }>;
}

export interface TabSessionHost {
  storage: Pick<Storage, 'getItem' | 'setItem'> | null;
  locks: LockManagerLike | null;
  newId: () => string;
}

/** Holds the lock until the page goes; resolves false if another open page holds it already. */
function holdLock(locks: LockManagerLike, tabId: string): Promise<boolean> {
  return new Promise((resolve) => {
    locks
      .request(LOCK_PREFIX + tabId, { ifAvailable: true }, (lock) => {
        resolve(lock !== null);
        // Never settles: the lock is kept for the life of the page.
        return lock === null ? Promise.resolve() : new Promise(() => {});
      })
      .catch(() => resolve(false));
  });
}

export async function startTabSession(host: TabSessionHost): Promise<TabSession> {
  let tabId = readId(host) ?? host.newId();
  const locks = host.locks;
  if (locks) {
    // A few tries at most: a clash with a fresh random id means something else is wrong.
    for (let i = 0; i < 3 && !(await holdLock(locks, tabId)); i++) tabId = host.newId();
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

/** This page's tab session, started on first use. */
export function tabSession(): Promise<TabSession> {
  current ??= startTabSession({
    storage: safeSessionStorage(),
    locks: (globalThis.navigator as Navigator | undefined)?.locks ?? null,
    newId: () => globalThis.crypto.randomUUID(),
  });
  return current;
}

function safeSessionStorage(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}
