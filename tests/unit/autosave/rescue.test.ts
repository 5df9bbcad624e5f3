// First: Dexie reads the IndexedDB implementation when it loads.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadDrafts, rescue } from '../../../src/renderer/autosave/rescue';
import { setDb } from '../../../src/renderer/store';
import type { RelatorDb } from '../../../src/renderer/store/db';
import { noteSlot } from '../../../src/renderer/store/types';
import { dropDb, freshDb } from '../store/helpers';

/** localStorage as the browser has it (Node has none). */
function memoryStorage(): Storage {
  const data = new Map<string, string>();
  const storage = {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, String(v)),
    removeItem: (k: string) => void data.delete(k),
    clear: () => data.clear(),
    key: (i: number) => [...data.keys()][i] ?? null,
    get length() {
      return data.size;
    },
  };
  // Object.keys(localStorage) lists the stored keys, as in a browser.
  return new Proxy(storage, {
    ownKeys: () => [...data.keys()],
    getOwnPropertyDescriptor: () => ({ enumerable: true, configurable: true }),
  }) as Storage;
}

describe('text rescued while a page was being left', () => {
  let db: RelatorDb;
  beforeEach(async () => {
    ({ db } = await freshDb());
    setDb(db);
    globalThis.localStorage = memoryStorage();
  });
  afterEach(async () => {
    delete (globalThis as { localStorage?: Storage }).localStorage;
    await dropDb(db);
  });

  it('becomes a draft written while leaving, on the next load, and leaves localStorage', async () => {
    const key = { eventId: 'e1', slot: noteSlot(null), questionId: null, tabId: 'tab-1' };
    rescue(key, 'lo último que escribí', { text: '', updatedAt: null });
    expect(localStorage.length).toBe(1);
    const drafts = await loadDrafts('e1', noteSlot(null));
    expect(drafts).toMatchObject([{ tabId: 'tab-1', text: 'lo último que escribí', closed: true, base: { text: '', updatedAt: null } }]);
    expect(localStorage.length).toBe(0);
  });

  it('drops entries that are not what it wrote, and keeps other keys', async () => {
    localStorage.setItem('relator.rescue:basura', '{"text": 3}');
    localStorage.setItem('relator.rescue:roto', '{');
    localStorage.setItem('otra-cosa', 'x');
    expect(await loadDrafts('e1', noteSlot(null))).toEqual([]);
    expect(Object.keys(localStorage)).toEqual(['otra-cosa']);
  });
});
