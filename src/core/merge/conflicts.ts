import { isTombstone } from '../capture/note-patch';
import type { PendingConflict } from '../file-format/schema';
import type { Note } from '../model';
import type { RecordKind } from './kinds';
import { TEXT_FIELDS, readField } from './text-fields';
import { RECORD_KINDS } from './kinds';
import type { Versioned } from './versions';

/** One side of a conflict: a text field's value in one version of a record. */
export interface ConflictSide {
  /** The record the version belongs to (another record for a synthesis set aside, see MergeConflict). */
  id: string;
  value: string;
  updatedAt: string;
  /** Whether that version of the record was deleted (in the bin). */
  deleted: boolean;
}

/**
 * A text field two versions disagree on. `kept` is in the merged file; `lost` lost to it and is
 * found only here. For a synthesis set aside because its question already has a later one, `lost.id`
 * is the set-aside record's id and `id` the kept synthesis's.
 */
export interface MergeConflict {
  kind: RecordKind;
  id: string;
  /** The field, dotted for a field inside an object (`action.who`). */
  field: string;
  kept: ConflictSide;
  lost: ConflictSide;
}

function side(record: Versioned, value: string): ConflictSide {
  return { id: record.id, value, updatedAt: record.updatedAt, deleted: record.deletedAt !== null };
}

/**
 * A tombstone (a note erased from the bin for good) has no text to compare: what it lost was meant
 * to be gone, and a tombstone that lost has nothing to give back.
 */
function noText(kind: RecordKind, record: Versioned): boolean {
  return kind === 'notes' && isTombstone(record as unknown as Note);
}

/** Appends a conflict for each text field where `lost` differs from `kept`. */
export function textConflicts(kind: RecordKind, kept: Versioned, lost: Versioned, out: MergeConflict[]): void {
  if (noText(kind, kept) || noText(kind, lost)) return;
  for (const path of TEXT_FIELDS[kind]) {
    const keptValue = readField(kept, path);
    const lostValue = readField(lost, path);
    if (lostValue === null || lostValue === keptValue) continue;
    out.push({ kind, id: kept.id, field: path.join('.'), kept: side(kept, keptValue ?? ''), lost: side(lost, lostValue) });
  }
}

const KIND_RANK = new Map(RECORD_KINDS.map((k, i) => [k, i]));
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The report in a fixed order with each lost value once per field (the latest version that held it),
 * so the same merge always gives the same report.
 */
export function settleConflicts(conflicts: readonly MergeConflict[]): MergeConflict[] {
  const unique = new Map<string, MergeConflict>();
  for (const c of conflicts) {
    const key = JSON.stringify([c.kind, c.id, c.field, c.lost.value]);
    const seen = unique.get(key);
    if (!seen || compareSide(c.lost, seen.lost) > 0) unique.set(key, c);
  }
  return [...unique.values()].sort(
    (a, b) =>
      KIND_RANK.get(a.kind)! - KIND_RANK.get(b.kind)! ||
      byText(a.id, b.id) ||
      byText(a.field, b.field) ||
      compareSide(a.lost, b.lost) ||
      byText(a.lost.value, b.lost.value),
  );
}

function compareSide(a: ConflictSide, b: ConflictSide): number {
  return (
    Date.parse(a.updatedAt) - Date.parse(b.updatedAt) ||
    byText(a.updatedAt, b.updatedAt) ||
    byText(a.id, b.id) ||
    Number(a.deleted) - Number(b.deleted)
  );
}

// Compile-time guard: the event file's pending conflicts (file-format/schema.ts) are exactly these.
type FileConflict = PendingConflict['conflict'];
const _fileConflictIsMergeConflict = (c: FileConflict): MergeConflict => c;
const _mergeConflictIsFileConflict = (c: MergeConflict): FileConflict => c;
