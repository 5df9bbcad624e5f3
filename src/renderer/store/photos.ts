import { softDelete, touch } from '../../core/model/factories';
import { toIso } from '../../core/model/ids';
import type { Id, Photo, PhotoKind } from '../../core/model/types';
import type { RelatorDb } from './db';
import { changeRecord, mustGet, write } from './tx';

/** A photo ready to store: resized and checked by the app (screens/report/photo-prepare.ts). */
export type NewPhoto = Pick<Photo, 'caption' | 'mediaType' | 'width' | 'height' | 'data'>;

/** The event's photos (or logos) not removed, in their order. */
export async function livePhotos(db: RelatorDb, eventId: Id, kind: PhotoKind = 'photo'): Promise<Photo[]> {
  const all = await db.photos.where('eventId').equals(eventId).toArray();
  return all
    .filter((p) => p.deletedAt === null && p.kind === kind)
    .sort((a, b) => a.order - b.order || a.createdAt.localeCompare(b.createdAt));
}

/** Adds photos (or logos) after the last one, all in one transaction. */
export async function addPhotos(db: RelatorDb, eventId: Id, photos: readonly NewPhoto[], kind: PhotoKind = 'photo'): Promise<Photo[]> {
  return write(db, [db.events, db.photos], async () => {
    await mustGet(db.events, eventId, 'Event');
    const existing = (await db.photos.where('eventId').equals(eventId).toArray()).filter((p) => p.kind === kind);
    let order = existing.reduce((max, p) => Math.max(max, p.order + 1), 0);
    const at = toIso(db.ctx.nowMs());
    const added = photos.map((p) => ({
      ...p,
      id: db.ctx.newId(),
      eventId,
      kind,
      order: order++,
      createdAt: at,
      updatedAt: at,
      deletedAt: null,
    }));
    await db.photos.bulkAdd(added);
    return added;
  });
}

export function updatePhotoCaption(db: RelatorDb, id: Id, caption: string): Promise<Photo> {
  return changeRecord(db, db.photos, id, 'Photo', (p, now) => (p.caption === caption ? p : touch(p, { caption }, now)));
}

/** Soft delete, like every record: a merge then knows the photo was removed rather than never seen. */
export function deletePhoto(db: RelatorDb, id: Id): Promise<Photo> {
  return changeRecord(db, db.photos, id, 'Photo', (p, now) => (p.deletedAt === null ? softDelete(p, now) : p));
}

/**
 * Moves a photo (or logo) one place up (-1) or down (+1) among the live ones of its kind, and
 * renumbers that kind 0…n-1: only records whose position changes get a new `updatedAt`, so a merge
 * or a synced copy sees exactly the ones moved. At either end it changes nothing.
 */
export async function movePhoto(db: RelatorDb, id: Id, by: -1 | 1): Promise<Photo[]> {
  return write(db, [db.photos], async () => {
    const photo = await mustGet(db.photos, id, 'Photo');
    const list = await livePhotos(db, photo.eventId, photo.kind);
    const from = list.findIndex((p) => p.id === id);
    const to = from + by;
    if (from < 0 || to < 0 || to >= list.length) return list;
    const moved = list.slice();
    [moved[from], moved[to]] = [moved[to]!, moved[from]!];
    const now = db.ctx.nowMs();
    const result = moved.map((p, order) => (p.order === order ? p : touch(p, { order }, now)));
    await db.photos.bulkPut(result.filter((p, i) => p !== moved[i]));
    return result;
  });
}
