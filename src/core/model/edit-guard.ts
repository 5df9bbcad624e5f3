import type { IsoInstant, Stamped } from './types';

/**
 * What an editor knew when the user started editing a record, so a save can tell whether someone
 * else (another tab, another window) changed the record in the meantime.
 */
export interface EditGuard<T> {
  /** `updatedAt` of the version the editor opened; null when the record did not exist yet (a first synthesis). */
  expectedUpdatedAt: IsoInstant | null;
  /**
   * The opened values of the fields being saved. With them, a change made elsewhere to *other*
   * fields of the record (the conclusions while I edit the agreements, a star while I edit the
   * text) is not a conflict, and fields I left as they were keep the other change.
   */
  base?: Partial<T>;
}

export type EditDecision<T> =
  /** Write these changes (possibly fewer than asked: the fields the user did not change are left alone). */
  | { kind: 'apply'; changes: Partial<T> }
  /** The record already holds what the user wants: write nothing. */
  | { kind: 'unchanged' }
  /** Someone else changed what the user changed too: the user must choose. */
  | { kind: 'conflict'; fields: (keyof T & string)[] }
  /** The record to change is not there. */
  | { kind: 'missing' };

/** Equality of stored values (strings, numbers, null, arrays and plain objects of them). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((x, i) => sameValue(x, other[i]));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return (
    ka.length === kb.length &&
    ka.every(
      (k) => Object.prototype.hasOwnProperty.call(b, k) && sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
    )
  );
}

const ownKeys = <T>(o: Partial<T>) => Object.keys(o) as (keyof T & string)[];

/**
 * Decides whether `changes` may be written over `current`, the record as stored now. Without a
 * guard the write is unchecked. With one: if the record is still the version the editor opened,
 * the changes apply; otherwise each changed field is compared three ways (opened, stored, mine)
 * and only a field that both sides changed differently is a conflict — never overwritten silently.
 */
export function decideEdit<T extends Stamped>(current: T | undefined, changes: Partial<T>, guard?: EditGuard<T>): EditDecision<T> {
  if (current === undefined) return guard?.expectedUpdatedAt === null ? { kind: 'apply', changes } : { kind: 'missing' };
  // Same version, unless a field the editor opened differs from the record now: a text merged in by
  // live sync keeps the version of the edit that won the record (docs/sync.md), and must not be saved over.
  const opened = guard?.base;
  const sameVersion =
    current.updatedAt === guard?.expectedUpdatedAt &&
    (!opened || ownKeys(opened).every((k) => !(k in changes) || sameValue(current[k], opened[k])));
  if (!guard || sameVersion) return { kind: 'apply', changes };

  const base = guard.base;
  const keys = ownKeys(changes);
  // Fields the user actually changed; without the opened values every field given counts as changed.
  const mine = base ? keys.filter((k) => !(k in base) || !sameValue(changes[k], base[k])) : keys;
  const pending = mine.filter((k) => !sameValue(current[k], changes[k]));
  const conflicts = pending.filter((k) => !base || !(k in base) || !sameValue(current[k], base[k]));
  // A record deleted elsewhere is a change the user must see, even if their fields were untouched there.
  if (current.deletedAt !== null && base?.deletedAt === null && !('deletedAt' in changes) && pending.length > 0) {
    conflicts.push('deletedAt' as keyof T & string);
  }
  if (conflicts.length > 0) return { kind: 'conflict', fields: conflicts };
  if (pending.length === 0) return { kind: 'unchanged' };
  return { kind: 'apply', changes: Object.fromEntries(pending.map((k) => [k, changes[k]])) as Partial<T> };
}

/**
 * The `updatedAt` for a new version of a record: now, but always later than the version it
 * replaces, so two saves in the same millisecond (or after the clock was set back) still differ
 * and an editor holding the older `updatedAt` is told about the newer one.
 */
export function nextUpdatedAt(previous: IsoInstant, nowMs: number): IsoInstant {
  const before = Date.parse(previous);
  return new Date(Number.isFinite(before) && before >= nowMs ? before + 1 : nowMs).toISOString();
}
