import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RelatorDb } from '../../../src/renderer/store/db';
import { createEvent } from '../../../src/renderer/store/events';
import { addPhotos, deletePhoto, livePhotos, movePhoto, type NewPhoto } from '../../../src/renderer/store/photos';
import { dropDb, freshDb, T0, type testContext } from './helpers';

const image = (caption: string): NewPhoto => ({ caption, mediaType: 'image/png', width: 2, height: 1, data: new Uint8Array([1, 2, 3]) });
const captions = async (db: RelatorDb, eventId: string, kind: 'photo' | 'logo' = 'photo') =>
  (await livePhotos(db, eventId, kind)).map((p) => p.caption);

describe('the order of the photo annex and of the logos', () => {
  let db: RelatorDb;
  let ctx: ReturnType<typeof testContext>;
  let eventId: string;
  beforeEach(async () => {
    ({ db, ctx } = await freshDb());
    eventId = (await createEvent(db, { title: 'Foro' })).id;
  });
  afterEach(() => dropDb(db));

  it('moves a photo up and down, touching only the photos whose place changed', async () => {
    const [a, , c] = await addPhotos(db, eventId, [image('A'), image('B'), image('C')]);
    await addPhotos(db, eventId, [image('Logo')], 'logo');
    ctx.advance(1000);
    await movePhoto(db, c!.id, -1);
    expect(await captions(db, eventId)).toEqual(['A', 'C', 'B']);
    const stamps = new Map((await livePhotos(db, eventId)).map((p) => [p.caption, p.updatedAt]));
    expect(stamps.get('A')).toBe(new Date(T0).toISOString());
    expect(stamps.get('C')).toBe(new Date(T0 + 1000).toISOString());

    await movePhoto(db, a!.id, 1);
    expect(await captions(db, eventId)).toEqual(['C', 'A', 'B']);
    expect(await captions(db, eventId, 'logo')).toEqual(['Logo']);
  });

  it('changes nothing at either end, and skips removed photos', async () => {
    const [a, b, c] = await addPhotos(db, eventId, [image('A'), image('B'), image('C')]);
    await movePhoto(db, a!.id, -1);
    await movePhoto(db, c!.id, 1);
    expect(await captions(db, eventId)).toEqual(['A', 'B', 'C']);
    await deletePhoto(db, b!.id);
    await movePhoto(db, c!.id, -1);
    expect(await captions(db, eventId)).toEqual(['C', 'A']);
  });
});
