import Dexie from 'dexie';
import type { Id } from '../../core/model/types';
import type { RelatorDb } from './db';
import { read } from './tx';

/**
 * Which events changed, for the automatic backups. Dexie announces every committed write (in this
 * page, another tab, or a worker) as the primary keys it touched; an event's own records name the
 * event by their `eventId`, looked up when the backup runs. A write Dexie can only describe as a
 * range (a bulk import, a cleared table) counts as "any event may have changed".
 */
export interface EventChanges {
  /** Ids of records written, per event table ('events' ids are event ids). */
  records: Map<string, Set<string>>;
  /** Something changed that cannot be pinned to records. */
  all: boolean;
}

const EVENT_TABLES = ['events', 'mesas', 'questions', 'participants', 'notes', 'turns', 'syntheses', 'photos'] as const;

interface TreeNode {
  from?: unknown;
  to?: unknown;
  l?: TreeNode | null;
  r?: TreeNode | null;
}

/** Walks a Dexie RangeSet (or its structured clone from another tab): its keys, or null when it holds a range. */
function keysOf(node: TreeNode | null | undefined, out: Set<string>): boolean {
  if (!node || node.from === undefined) return true;
  if (typeof node.from !== 'string' || node.from !== node.to) return false;
  out.add(node.from);
  return keysOf(node.l, out) && keysOf(node.r, out);
}

export function emptyChanges(): EventChanges {
  return { records: new Map(), all: false };
}

/** Calls `onChange` with what each committed write touched in the event tables of `db`. */
export function watchEventChanges(db: RelatorDb, onChange: (changes: EventChanges) => void): () => void {
  const listener = (parts: Record<string, TreeNode>) => {
    const changes = emptyChanges();
    let any = false;
    for (const table of EVENT_TABLES) {
      const part = parts[`idb://${db.name}/${table}/`];
      if (!part) continue;
      const ids = new Set<string>();
      if (!keysOf(part, ids)) changes.all = true;
      if (ids.size > 0 || changes.all) any = true;
      if (ids.size > 0) changes.records.set(table, ids);
    }
    if ((parts.all as unknown) !== undefined) changes.all = any = true;
    if (any) onChange(changes);
  };
  Dexie.on('storagemutated', listener as (parts: unknown) => void);
  return () => Dexie.on('storagemutated').unsubscribe(listener as (parts: unknown) => void);
}

/** Adds `next` into `into`. */
export function mergeChanges(into: EventChanges, next: EventChanges): EventChanges {
  into.all ||= next.all;
  for (const [table, ids] of next.records) {
    const set = into.records.get(table) ?? new Set<string>();
    ids.forEach((id) => set.add(id));
    into.records.set(table, set);
  }
  return into;
}

/**
 * The events (not in the bin) whose records `changes` names; every such event when it cannot tell,
 * or when a record is gone (deleted for good), since its event can no longer be looked up.
 */
export async function changedEventIds(db: RelatorDb, changes: EventChanges): Promise<Id[]> {
  return read(db, db.eventTables, async () => {
    const live = (await db.events.toArray()).filter((e) => e.deletedAt === null).map((e) => e.id);
    if (changes.all) return live;
    const found = new Set<string>(changes.records.get('events') ?? []);
    for (const table of EVENT_TABLES.slice(1)) {
      const ids = [...(changes.records.get(table) ?? [])];
      if (ids.length === 0) continue;
      const records = await db.table<{ eventId: Id }, string>(table).bulkGet(ids);
      if (records.some((r) => r === undefined)) return live;
      records.forEach((r) => found.add(r!.eventId));
    }
    return live.filter((id) => found.has(id));
  });
}
