import type { EventBundle, Synthesis } from '../model';
import { ErrorCollector } from '../file-format/collector';
import { checkBundle, synthesisKey } from '../file-format/cross-checks';
import type { FileError } from '../file-format/errors';
import { settleConflicts, textConflicts, type MergeConflict } from './conflicts';
import { COLLECTION_NAMES, canonicalOrder, type RecordKind } from './kinds';
import { compareVersions, version, type Version, type Versioned } from './versions';

/** One event file, as parseEventFile returns it. */
export interface MergeInput {
  bundle: EventBundle;
  exportedAt: string;
}

export type MergeResult =
  | {
      ok: true;
      bundle: EventBundle;
      /** The latest `exportedAt` of the inputs, so the merged file does not depend on when it was made. */
      exportedAt: string;
      /** Every text a losing version held that the merged file does not, in a fixed order. */
      conflicts: MergeConflict[];
    }
  /** The files hold different events (different `event.id`): one of each, in the order given. */
  | { ok: false; code: 'different-events'; events: Array<{ id: string; title: string }> }
  /** The merge would not pass validation (only from files whose ids collide across kinds of record). */
  | { ok: false; code: 'invalid'; errors: FileError[] };

/**
 * Merges event files of one event, record by record (see docs/file-format.md, "Merging"):
 *
 * - records are matched by `id` in every collection; the version with the later `updatedAt` wins,
 *   an exact tie is settled by the content (versions.ts), so the result never depends on the order
 *   of the inputs; a deletion is a change like any other, tombstones included;
 * - where a losing version's text field differs from the winner's, it goes to the conflicts;
 * - a question left with two live syntheses of the same mesa (or two of the plenary: two rapporteurs
 *   each wrote one) keeps the later one;
 *   the other is set aside — deleted at its own `updatedAt`, text kept — and reported as a conflict.
 *
 * The result is idempotent, commutative and associative on the records, and its collections are in
 * canonical order, so serialising it gives the same bytes for the same set of inputs.
 */
export function mergeEventFiles(inputs: readonly MergeInput[]): MergeResult {
  if (inputs.length === 0) throw new RangeError('mergeEventFiles needs at least one file');
  const events = distinctEvents(inputs);
  if (events.length > 1) return { ok: false, code: 'different-events', events };

  const found: MergeConflict[] = [];
  const event = mergeRecords(
    'event',
    inputs.map((i) => [i.bundle.event]),
    found,
  )[0]!;
  const merged = { event } as EventBundle;
  for (const name of COLLECTION_NAMES) {
    const records = mergeRecords<Versioned>(
      name,
      inputs.map((i) => i.bundle[name]),
      found,
    );
    (merged as unknown as Record<string, Versioned[]>)[name] = records;
  }
  const liveInInputs = new Set(inputs.flatMap((i) => i.bundle.syntheses.filter((x) => x.deletedAt === null).map(versionKey)));
  merged.syntheses = oneLiveSynthesisPerQuestion(merged.syntheses, liveInInputs, found);
  for (const name of COLLECTION_NAMES) merged[name].sort(canonicalOrder);

  const errors = new ErrorCollector();
  checkBundle(merged, errors);
  if (!errors.empty) return { ok: false, code: 'invalid', errors: errors.result() };
  return { ok: true, bundle: merged, exportedAt: latestInstant(inputs.map((i) => i.exportedAt)), conflicts: settleConflicts(found) };
}

function distinctEvents(inputs: readonly MergeInput[]): Array<{ id: string; title: string }> {
  const byId = new Map<string, string>();
  for (const { bundle } of inputs) if (!byId.has(bundle.event.id)) byId.set(bundle.event.id, bundle.event.title);
  return [...byId].map(([id, title]) => ({ id, title }));
}

/** Every id of every list once, at its winning version; losing texts go to `conflicts`. */
function mergeRecords<T extends Versioned>(kind: RecordKind, lists: ReadonlyArray<readonly T[]>, conflicts: MergeConflict[]): T[] {
  const winners = new Map<string, Version<T>>();
  // Only ids seen in more than one version keep their losers, for the conflict check.
  const losers = new Map<string, Array<Version<T>>>();
  for (const list of lists) {
    for (const record of list) {
      const next = version(record);
      const current = winners.get(record.id);
      if (!current) {
        winners.set(record.id, next);
        continue;
      }
      const order = compareVersions(next, current);
      if (order === 0) continue;
      const beaten = order > 0 ? current : next;
      if (order > 0) winners.set(record.id, next);
      const list = losers.get(record.id);
      if (list) list.push(beaten);
      else losers.set(record.id, [beaten]);
    }
  }
  for (const [id, beaten] of losers) {
    const winner = winners.get(id)!.record;
    for (const v of beaten) textConflicts(kind, winner, v.record, conflicts);
  }
  return [...winners.values()].map((v) => v.record);
}

/**
 * The file allows one live synthesis per question and mesa. When rapporteurs each wrote one for the same
 * question, the winner (same order as versions) stays; each other one is deleted at its own
 * `updatedAt`. That set-aside version sorts just above the live one it came from, so a later merge
 * with a file still holding it live keeps it set aside, while a later edit of it still wins.
 */
function oneLiveSynthesisPerQuestion(syntheses: Synthesis[], liveInInputs: ReadonlySet<string>, conflicts: MergeConflict[]): Synthesis[] {
  const live = new Map<string, Array<Version<Synthesis>>>();
  for (const s of syntheses) {
    if (s.deletedAt !== null) continue;
    const key = synthesisKey(s);
    const list = live.get(key);
    if (list) list.push(version(s));
    else live.set(key, [version(s)]);
  }
  const setAside = new Map<string, Synthesis>();
  const kept = new Map<string, Synthesis>();
  for (const [key, list] of live) {
    const winner = list.reduce((a, b) => (compareVersions(a, b) >= 0 ? a : b)).record;
    kept.set(key, winner);
    for (const { record } of list) {
      if (record === winner) continue;
      setAside.set(record.id, { ...record, deletedAt: record.updatedAt });
      textConflicts('syntheses', winner, record, conflicts);
    }
  }
  // A synthesis an earlier merge set aside arrives deleted from that file and live from the one it
  // came from; the tie goes to the deletion with the same text, so no field conflict shows. Report it
  // again against the kept one, so every merge that holds it live says what was set aside.
  for (const s of syntheses) {
    if (s.deletedAt === null || s.deletedAt !== s.updatedAt || !liveInInputs.has(versionKey(s))) continue;
    const winner = kept.get(synthesisKey(s));
    if (winner) textConflicts('syntheses', winner, s, conflicts);
  }
  return setAside.size === 0 ? syntheses : syntheses.map((s) => setAside.get(s.id) ?? s);
}

function versionKey(s: Synthesis): string {
  return `${s.id}@${s.updatedAt}`;
}

function latestInstant(instants: readonly string[]): string {
  return instants.reduce((a, b) => {
    const d = Date.parse(a) - Date.parse(b);
    return d > 0 || (d === 0 && a >= b) ? a : b;
  });
}
