/**
 * The total order on versions of one record that decides a merge: the later `updatedAt` wins; at
 * the same instant the content decides (its canonical text, compared code unit by code unit), then
 * a deletion beats the same content still live, then the deletion's instant. Any two different
 * versions are ordered, and the order depends on nothing but the versions, so a merge never
 * depends on the order of its inputs.
 */

type Plain = Record<string, unknown>;

/** JSON with every object's keys sorted: equal values give equal text whatever order their keys were built in. */
function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(value).sort();
  return `{${keys
    .filter((k) => (value as Plain)[k] !== undefined)
    .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Plain)[k])}`)
    .join(',')}}`;
}

export interface Versioned {
  id: string;
  updatedAt: string;
  deletedAt: string | null;
}

/** A version with what the order reads from it, computed once. */
export interface Version<T extends Versioned> {
  record: T;
  updatedMs: number;
  /** Canonical text of the record without `deletedAt`; built only when two versions tie on `updatedAt`. */
  content?: string;
}

export function version<T extends Versioned>(record: T): Version<T> {
  return { record, updatedMs: Date.parse(record.updatedAt) };
}

function contentOf<T extends Versioned>(v: Version<T>): string {
  if (v.content === undefined) {
    const { deletedAt: _d, ...rest } = v.record;
    v.content = canonicalJson(rest);
  }
  return v.content;
}

/** Positive when `a` wins over `b`, negative when `b` wins, 0 only for the same version. */
export function compareVersions<T extends Versioned>(a: Version<T>, b: Version<T>): number {
  if (a.record === b.record) return 0;
  if (a.updatedMs !== b.updatedMs) return a.updatedMs > b.updatedMs ? 1 : -1;
  const ca = contentOf(a);
  const cb = contentOf(b);
  if (ca !== cb) return ca > cb ? 1 : -1;
  const da = a.record.deletedAt;
  const db = b.record.deletedAt;
  if (da === db) return 0;
  if (da === null) return -1;
  if (db === null) return 1;
  return da > db ? 1 : -1;
}
