import { describe, expect, it } from 'vitest';
import { startTabSession, type LockManagerLike } from '../../../src/renderer/autosave/tab-session';

/** Web Locks shared by the "pages" of one browser; a page that goes releases its locks, and a waiting request then gets it. */
function fakeBrowser() {
  const held = new Map<string, string>(); // lock name → page
  const waiting: { name: string; page: string; grant: () => void }[] = [];
  const locksFor = (page: string): LockManagerLike => ({
    request(name, options, callback) {
      return new Promise((resolve, reject) => {
        const grant = () => {
          held.set(name, page);
          resolve(callback({ name }));
        };
        if (!held.has(name)) return grant();
        const entry = { name, page, grant };
        waiting.push(entry);
        options.signal?.addEventListener('abort', () => {
          waiting.splice(waiting.indexOf(entry), 1);
          reject(new DOMException('timed out', 'AbortError'));
        });
      });
    },
    async query() {
      return { held: [...held.keys()].map((name) => ({ name })) };
    },
  });
  const close = (page: string) => {
    for (const [name, owner] of held) {
      if (owner !== page) continue;
      held.delete(name);
      const next = waiting.find((w) => w.name === name);
      if (next) {
        waiting.splice(waiting.indexOf(next), 1);
        next.grant();
      }
    }
  };
  return { locksFor, close };
}

function sessionStorageOf(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), data };
}

let n = 0;
const newId = () => `tab-${++n}`;

describe('a tab session', () => {
  it('keeps its id across a reload of the same tab, and a second tab gets its own', async () => {
    const browser = fakeBrowser();
    const storage = sessionStorageOf();
    const first = await startTabSession({ storage, locks: browser.locksFor('p1'), newId });
    const other = await startTabSession({ storage: sessionStorageOf(), locks: browser.locksFor('p2'), newId });
    expect(other.tabId).not.toBe(first.tabId);
    expect(await first.openTabs()).toEqual(new Set([first.tabId, other.tabId]));

    browser.close('p1'); // reload: the page goes, sessionStorage stays with the tab
    const reloaded = await startTabSession({ storage, locks: browser.locksFor('p1b'), newId });
    expect(reloaded.tabId).toBe(first.tabId);
  });

  it('a duplicated tab (a copy of sessionStorage) finds the id taken and picks another', async () => {
    const browser = fakeBrowser();
    const storage = sessionStorageOf();
    const original = await startTabSession({ storage, locks: browser.locksFor('p1'), newId });
    const copy = sessionStorageOf(Object.fromEntries(storage.data));
    const duplicate = await startTabSession({ storage: copy, locks: browser.locksFor('p2'), newId, lockWaitMs: 30 });
    expect(duplicate.tabId).not.toBe(original.tabId);
    expect(copy.getItem('relator.tabId')).toBe(duplicate.tabId);
  });

  it('after a reload, waits for the old page to let go of the id rather than taking a new one', async () => {
    const browser = fakeBrowser();
    const storage = sessionStorageOf();
    const before = await startTabSession({ storage, locks: browser.locksFor('old'), newId });
    // The new page starts while the old one is still unloading.
    const starting = startTabSession({ storage, locks: browser.locksFor('new'), newId, lockWaitMs: 5000 });
    await Promise.resolve();
    browser.close('old');
    expect((await starting).tabId).toBe(before.tabId);
  });

  it('tells which tabs are gone once their pages close', async () => {
    const browser = fakeBrowser();
    const a = await startTabSession({ storage: sessionStorageOf(), locks: browser.locksFor('a'), newId });
    const b = await startTabSession({ storage: sessionStorageOf(), locks: browser.locksFor('b'), newId });
    browser.close('b');
    expect(await a.openTabs()).toEqual(new Set([a.tabId]));
    expect((await a.openTabs())!.has(b.tabId)).toBe(false);
  });

  it('without Web Locks or sessionStorage it still has an id, and says it cannot tell which tabs are open', async () => {
    const s = await startTabSession({ storage: null, locks: null, newId });
    expect(s.tabId).toMatch(/^tab-/);
    expect(await s.openTabs()).toBeNull();
  });
});
