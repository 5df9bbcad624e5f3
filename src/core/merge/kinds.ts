import type { EventBundle } from '../model';

/** The collections of an event file, in the file's order; `event` is the event record itself. */
export type CollectionName = Exclude<keyof EventBundle, 'event'>;
export type RecordKind = 'event' | CollectionName;

export const COLLECTION_NAMES: readonly CollectionName[] = ['mesas', 'questions', 'participants', 'notes', 'turns', 'syntheses', 'photos'];
export const RECORD_KINDS: readonly RecordKind[] = ['event', ...COLLECTION_NAMES];

type Ordered = { id: string; createdAt: string; order?: number };

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The canonical order of a merged file's records, so equal merges are equal bytes: records with an
 * `order` (mesas, questions, turns) by it, the others by creation time, then by id. It is the order the
 * app's export already writes (which sorts by those fields over records read in id order), so
 * merging an exported file with itself gives back the same file.
 */
export function canonicalOrder(a: Ordered, b: Ordered): number {
  if (a.order !== undefined && b.order !== undefined && a.order !== b.order) return a.order - b.order;
  if (a.order === undefined || b.order === undefined) {
    const created = Date.parse(a.createdAt) - Date.parse(b.createdAt);
    if (created !== 0) return created;
  }
  return byText(a.id, b.id);
}
