import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventBundle } from '../../../src/core/model/types';
import { getBundle, importBundle } from '../../../src/renderer/store/bundle';
import type { RelatorDb } from '../../../src/renderer/store/db';
import { EditConflictError } from '../../../src/renderer/store/errors';
import { mergeIntoEvent, resolveMergeConflict } from '../../../src/renderer/store/merge';
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
    expect(result.conflicts[0]).toMatchObject({ kind: 'notes', field: 'text', lost: { value: 'Más carriles bici' } });
    const after = await getBundle(db, stored.event.id);
    expect(after.notes.map((n) => n.text)).toEqual(
      expect.arrayContaining(['Más carriles bici y aceras anchas', 'Nota de la otra relatora']),
    );

    // The user takes the version that lost: saved as a guarded edit, marked edited.
    const saved = await resolveMergeConflict(db, result.conflicts[0]!, 'Más carriles bici');
    expect(saved).toMatchObject({ text: 'Más carriles bici' });
    expect((await getBundle(db, stored.event.id)).notes.find((n) => n.id === saved.id)?.text).toBe('Más carriles bici');
  });

  it('a choice never overwrites a change made after the merge', async () => {
    const result = await mergeIntoEvent(db, stored.event.id, [{ bundle: theirCopy(), exportedAt: stored.event.updatedAt }]);
    if (result.status !== 'merged') throw new Error(result.status);
    const conflict = result.conflicts[0]!;
    ctx.advance(60 * 60_000 * 2);
    await updateNote(db, conflict.id, { text: 'Reescrita después' });
    await expect(resolveMergeConflict(db, conflict, 'Más carriles bici')).rejects.toBeInstanceOf(EditConflictError);
    expect((await getBundle(db, stored.event.id)).notes.find((n) => n.id === conflict.id)?.text).toBe('Reescrita después');
  });

  it('refuses a file of another event and writes nothing', async () => {
    const other = makeBundle(ctx, 'Otro foro');
    const before = await getBundle(db, stored.event.id);
    const result = await mergeIntoEvent(db, stored.event.id, [{ bundle: other, exportedAt: other.event.updatedAt }]);
    expect(result).toMatchObject({ status: 'different-events' });
    expect(await getBundle(db, stored.event.id)).toEqual(before);
  });
});
