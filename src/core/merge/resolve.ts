import type { MergeConflict } from './conflicts';

/**
 * The change that puts `value` into a conflict's field of `record`, with the guard's base (the field
 * as the merge left it), for the store's guarded edit: a field inside an object (`action.who`)
 * changes its whole top-level field. Null when the field's object is not there to hold it.
 */
export function conflictEdit<T extends object>(
  record: T,
  conflict: Pick<MergeConflict, 'field' | 'kept'>,
  value: string,
): { changes: Partial<T>; base: Partial<T> } | null {
  const [top, ...rest] = conflict.field.split('.');
  const current = (record as Record<string, unknown>)[top!];
  const put = (v: string): unknown => (rest.length === 0 ? v : setPath(current, rest, v));
  const changes = put(value);
  const base = put(conflict.kept.value);
  if (changes === undefined || base === undefined) return null;
  return { changes: { [top!]: changes } as Partial<T>, base: { [top!]: base } as Partial<T> };
}

function setPath(container: unknown, path: readonly string[], value: string): unknown {
  if (container === null || typeof container !== 'object' || Array.isArray(container)) return undefined;
  const [key, ...rest] = path;
  const inner = rest.length === 0 ? value : setPath((container as Record<string, unknown>)[key!], rest, value);
  return inner === undefined ? undefined : { ...container, [key!]: inner };
}
