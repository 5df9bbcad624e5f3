import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RelatorDb } from '../../../src/renderer/store/db';
import { createEvent, deleteEvent, listEvents, purgeEvent } from '../../../src/renderer/store/events';
import { requestPersistence } from '../../../src/renderer/store/persistence';
import { seedSampleIfEmpty } from '../../../src/renderer/store/seed';
import { getSetting, setSetting } from '../../../src/renderer/store/settings';
import { dropDb, freshDb, makeBundle, type testContext } from './helpers';

describe('first-run sample', () => {
  let db: RelatorDb;
  let ctx: ReturnType<typeof testContext>;
  beforeEach(async () => ({ db, ctx } = await freshDb()));
  afterEach(() => dropDb(db));

  it('is inserted once, however often the app starts', async () => {
    const factory = vi.fn(() => makeBundle(ctx, 'Ejemplo'));
    const id = await seedSampleIfEmpty(db, factory);
    expect(id).not.toBeNull();
    expect(await seedSampleIfEmpty(db, factory)).toBeNull();
    expect(await Promise.all([seedSampleIfEmpty(db, factory), seedSampleIfEmpty(db, factory)])).toEqual([null, null]);
    expect((await listEvents(db)).map((e) => e.title)).toEqual(['Ejemplo']);
    expect(factory).toHaveBeenCalledTimes(1);
    expect(await getSetting(db, 'sample')).toMatchObject({ eventId: id });
  });

  it('does not come back after the user deletes or purges it', async () => {
    const id = (await seedSampleIfEmpty(db, () => makeBundle(ctx, 'Ejemplo')))!;
    await deleteEvent(db, id);
    await purgeEvent(db, id);
    expect(await seedSampleIfEmpty(db, () => makeBundle(ctx, 'Ejemplo'))).toBeNull();
    expect(await db.events.count()).toBe(0);
  });

  it('is not added to a database that already has events', async () => {
    await createEvent(db, { title: 'Mío' });
    expect(await seedSampleIfEmpty(db, () => makeBundle(ctx, 'Ejemplo'))).toBeNull();
    expect((await listEvents(db)).map((e) => e.title)).toEqual(['Mío']);
  });
});

describe('settings', () => {
  let db: RelatorDb;
  beforeEach(async () => ({ db } = await freshDb()));
  afterEach(() => dropDb(db));

  it('are undefined until set, then keep the last value', async () => {
    expect(await getSetting(db, 'uiLanguage')).toBeUndefined();
    await setSetting(db, 'uiLanguage', 'en');
    await setSetting(db, 'uiLanguage', 'es');
    await setSetting(db, 'lastOpenedEventId', 'abc');
    expect(await getSetting(db, 'uiLanguage')).toBe('es');
    expect(await getSetting(db, 'lastOpenedEventId')).toBe('abc');
  });
});

describe('requestPersistence', () => {
  it('reports granted when already persisted, without asking again', async () => {
    const persist = vi.fn(async () => false);
    expect(await requestPersistence({ persisted: async () => true, persist })).toBe('granted');
    expect(persist).not.toHaveBeenCalled();
  });

  it('asks, and reports what the browser answered', async () => {
    expect(await requestPersistence({ persisted: async () => false, persist: async () => true })).toBe('granted');
    expect(await requestPersistence({ persisted: async () => false, persist: async () => false })).toBe('denied');
    expect(
      await requestPersistence({
        persisted: async () => false,
        persist: async () => {
          throw new Error('blocked');
        },
      }),
    ).toBe('denied');
  });

  it('reports unsupported where there is no storage manager', async () => {
    expect(await requestPersistence(undefined)).toBe('unsupported');
  });
});
