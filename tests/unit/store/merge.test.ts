import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventBundle } from '../../../src/core/model/types';
import { getBundle, importBundle } from '../../../src/renderer/store/bundle';
import type { RelatorDb } from '../../../src/renderer/store/db';
import { EditConflictError } from '../../../src/renderer/store/errors';
import { mergeIntoEvent, resolveMergeConflict } from '../../../src/renderer/store/merge';
import { dismissMergeConflict, listMergeConflicts } from '../../../src/renderer/store/merge-conflicts';
import { openRelatorDb } from '../../../src/renderer/store/db';
import { purgeEvent } from '../../../src/renderer/store/events';
import { listEventSummaries } from '../../../src/renderer/store/queries';
import { updateNote } from '../../../src/renderer/store/notes';
import { dropDb, freshDb, makeBundle, type testContext } from './helpers';

const later = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * 60_000).toISOString();

describe('merging files into a stored event', () => {
  let db: RelatorDb;
  let ctx: ReturnType<typeof testContext>;
  let stored: EventBundle;
  beforeEach(async () => {
    ({ db, ctx } = await freshDb());
    stored = makeBundle(ctx);
    await importBundle(db, stored);
  });
  afterEach(() => dropDb(db));

  /** Another rapporteur's copy: the first note edited an hour later, one note added. */
  function theirCopy(): EventBundle {
    const copy = structuredClone(stored);
    const n = copy.notes[0]!;
    copy.notes[0] = { ...n, text: 'Más carriles bici y aceras anchas', updatedAt: later(n.updatedAt, 60) };
    copy.notes.push({ ...n, id: '0000000b-0000-4000-8000-000000000001', text: 'Nota de la otra relatora' });
    return copy;
  }

  it('writes what the merge changed in one go and hands back the text that lost', async () => {
    const result = await mergeIntoEvent(db, stored.event.id, [{ bundle: theirCopy(), exportedAt: stored.event.updatedAt }]);
    expect(result).toMatchObject({ status: 'merged', written: 2 });
    if (result.status !== 'merged') return;
    expect(result.conflicts).toHaveLength(1);
    expect(result.conflicts[0]!.conflict).toMatchObject({ kind: 'notes', field: 'text', lost: { value: 'Más carriles bici' } });
    const after = await getBundle(db, stored.event.id);
    expect(after.notes.map((n) => n.text)).toEqual(
      expect.arrayContaining(['Más carriles bici y aceras anchas', 'Nota de la otra relatora']),
    );

    // The user takes the version that lost: saved as a guarded edit, marked edited.
    const saved = await resolveMergeConflict(db, result.conflicts[0]!.id, 'Más carriles bici');
    expect(saved).toMatchObject({ text: 'Más carriles bici' });
    expect((await getBundle(db, stored.event.id)).notes.find((n) => n.id === saved.id)?.text).toBe('Más carriles bici');
    // Resolved, it no longer waits for review.
    expect(await listMergeConflicts(db, stored.event.id)).toEqual([]);
  });

  it('keeps the texts that lost with the event, across a reopen of the database, until each is resolved or dismissed', async () => {
    const copy = theirCopy();
    copy.questions[0] = { ...copy.questions[0]!, text: '¿Otra redacción?', updatedAt: later(copy.questions[0]!.updatedAt, 30) };
    const result = await mergeIntoEvent(db, stored.event.id, [{ bundle: copy, exportedAt: stored.event.updatedAt }]);
    if (result.status !== 'merged') throw new Error(result.status);
    expect(result.conflicts).toHaveLength(2);

    // The app closed before the review: a new connection finds both, in the merge's order, and the library counts them.
    const name = db.name;
    db.close();
    db = await openRelatorDb(name, ctx);
    const waiting = await listMergeConflicts(db, stored.event.id);
    expect(waiting.map((w) => [w.conflict.kind, w.conflict.lost.value])).toEqual([
      ['questions', stored.questions[0]!.text],
      ['notes', 'Más carriles bici'],
    ]);
    expect((await listEventSummaries(db)).find((s) => s.event.id === stored.event.id)?.mergeConflicts).toBe(2);

    // Merging the same file again lists the same texts once, not twice.
    await mergeIntoEvent(db, stored.event.id, [{ bundle: copy, exportedAt: stored.event.updatedAt }]);
    expect((await listMergeConflicts(db, stored.event.id)).map((w) => w.id)).toEqual(waiting.map((w) => w.id));

    // Dismissed, a text is let go and the field stays as merged.
    await dismissMergeConflict(db, waiting[0]!.id);
    expect((await listMergeConflicts(db, stored.event.id)).map((w) => w.id)).toEqual([waiting[1]!.id]);
    expect((await getBundle(db, stored.event.id)).questions[0]!.text).toBe('¿Otra redacción?');

    // Erasing the event for good takes its waiting texts with it.
    await purgeEvent(db, stored.event.id);
    expect(await db.mergeConflicts.count()).toBe(0);
  });

  it('a choice never overwrites a change made after the merge', async () => {
    const result = await mergeIntoEvent(db, stored.event.id, [{ bundle: theirCopy(), exportedAt: stored.event.updatedAt }]);
    if (result.status !== 'merged') throw new Error(result.status);
    const { id, conflict } = result.conflicts[0]!;
    ctx.advance(60 * 60_000 * 2);
    await updateNote(db, conflict.id, { text: 'Reescrita después' });
    await expect(resolveMergeConflict(db, id, 'Más carriles bici')).rejects.toBeInstanceOf(EditConflictError);
    expect((await getBundle(db, stored.event.id)).notes.find((n) => n.id === conflict.id)?.text).toBe('Reescrita después');
    // Not resolved: it still waits for the user.
    expect((await listMergeConflicts(db, stored.event.id)).map((w) => w.id)).toEqual([id]);
  });

  it('refuses a file of another event and writes nothing', async () => {
    const other = makeBundle(ctx, 'Otro foro');
    const before = await getBundle(db, stored.event.id);
    const result = await mergeIntoEvent(db, stored.event.id, [{ bundle: other, exportedAt: other.event.updatedAt }]);
    expect(result).toMatchObject({ status: 'different-events' });
    expect(await getBundle(db, stored.event.id)).toEqual(before);
  });
});
