import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RelatorDb } from '../../../src/renderer/store/db';
import { importBundle } from '../../../src/renderer/store/bundle';
import { changedEventIds, emptyChanges, mergeChanges, watchEventChanges, type EventChanges } from '../../../src/renderer/store/changes';
import { addNote } from '../../../src/renderer/store/notes';
import { saveDraft } from '../../../src/renderer/store/drafts';
import { deleteEvent } from '../../../src/renderer/store/events';
import { dropDb, freshDb, makeBundle, type testContext } from './helpers';

describe('event changes for the backups', () => {
  let db: RelatorDb;
  let ctx: ReturnType<typeof testContext>;
  let seen: EventChanges;
  let stop: () => void;
  beforeEach(async () => {
    ({ db, ctx } = await freshDb());
    seen = emptyChanges();
    stop = watchEventChanges(db, (changes) => mergeChanges(seen, changes));
  });
  afterEach(async () => {
    stop();
    await dropDb(db);
  });

  it('names the event whose note was written, and not the other one', async () => {
    const a = makeBundle(ctx, 'A');
    const b = makeBundle(ctx, 'B');
    await importBundle(db, a);
    await importBundle(db, b);
    seen = emptyChanges();
    await addNote(db, a.event.id, { text: 'Una nota nueva', questionId: null });
    expect(await changedEventIds(db, seen)).toEqual([a.event.id]);
  });

  it('ignores what is not an event’s content (drafts typed in the composer)', async () => {
    const a = makeBundle(ctx, 'A');
    await importBundle(db, a);
    seen = emptyChanges();
    await saveDraft(db, { eventId: a.event.id, slot: 'note:', questionId: null, tabId: 't1' }, 'escribiendo…');
    expect(seen.records.size).toBe(0);
    expect(seen.all).toBe(false);
  });

  it('counts every live event when a write cannot be pinned down, and leaves out events in the bin', async () => {
    const a = makeBundle(ctx, 'A');
    const b = makeBundle(ctx, 'B');
    await importBundle(db, a);
    await importBundle(db, b);
    await deleteEvent(db, b.event.id);
    expect(await changedEventIds(db, { records: new Map(), all: true })).toEqual([a.event.id]);
  });
});
