import type { EventBundle } from '../model';
import { ErrorCollector } from './collector';
import { bundleWarnings, checkBundle, checkPendingConflicts } from './cross-checks';
import { fileError, jsonTypeOf, type FileError, type FileWarning } from './errors';
import { issueToErrors } from './issues';
import { findForbiddenKeys, hasForbiddenKeys, parseJsonText } from './json-text';
import {
  COLLECTIONS,
  COLLECTION_LIMITS,
  EVENT_FILE_FORMAT,
  EVENT_FILE_VERSION,
  MAX_EVENT_FILE_BYTES,
  OLDEST_EVENT_FILE_VERSION,
} from './limits';
import { migrateV1 } from './migrate';
import * as z from 'zod';
import { EventFileSchema, EventFileV1Schema, type PendingConflict } from './schema';

export type ParseResult =
  | {
      ok: true;
      bundle: EventBundle;
      /** The texts earlier merges set aside, still waiting for review (none in a file that has no list). */
      mergeConflicts: PendingConflict[];
      warnings: FileWarning[];
      exportedAt: string;
      app: string;
    }
  | { ok: false; errors: FileError[] };

export interface ParseOptions {
  /** Size of the file on disk, when known, so an oversized file is refused before it is read. */
  byteLength?: number;
  /** Called as each phase of the check ends (json, forbidden-keys, schema, cross-checks), for profiling. */
  mark?: (phase: string) => void;
}

/** Refuses a file by its size alone (call before reading it when the size is known). */
export function checkFileSize(bytes: number): FileError | null {
  return bytes > MAX_EVENT_FILE_BYTES ? fileError('file-too-large', '', { bytes, max: MAX_EVENT_FILE_BYTES }) : null;
}

/**
 * Reads an event file's text completely or not at all: the bundle comes back only when every
 * record passed, so nothing half-checked is ever imported.
 */
export function parseEventFile(text: string, options: ParseOptions = {}): ParseResult {
  const tooLarge = checkFileSize(Math.max(options.byteLength ?? 0, text.length));
  if (tooLarge) return fail([tooLarge]);

  const mark = options.mark ?? noMark;
  const json = parseJsonText(text);
  mark('json');
  if (!json.ok) return fail([json.error]);
  const root = json.value;

  const errors = new ErrorCollector();
  if (hasForbiddenKeys(root))
    findForbiddenKeys(
      root,
      (e) => errors.add(e),
      () => errors.full,
    );
  mark('forbidden-keys');
  if (!errors.empty) return fail(errors.result());

  if (root === null || typeof root !== 'object' || Array.isArray(root)) {
    return fail([fileError('not-an-object', '', { found: jsonTypeOf(root) })]);
  }
  const envelope = root as Record<string, unknown>;
  const envelopeError = checkEnvelope(envelope);
  if (envelopeError) return fail([envelopeError]);

  let recordCount = 0;
  for (const name of COLLECTIONS) {
    const records = envelope[name];
    if (!Array.isArray(records)) continue;
    recordCount += records.length;
    if (records.length > COLLECTION_LIMITS[name]) {
      errors.add(fileError('too-many', name, { max: COLLECTION_LIMITS[name], count: records.length }));
    }
  }
  if (!errors.empty) return fail(errors.result());

  const parsed = envelope.version === 1 ? EventFileV1Schema.safeParse(root) : schemaFor(recordCount).safeParse(root);
  mark('schema');
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      for (const e of issueToErrors(issue, root)) errors.add(e);
    }
    return fail(errors.result());
  }
  const { format: _f, version: _v, exportedAt, app, ...records } = parsed.data;
  let bundle: EventBundle;
  let mergeConflicts: PendingConflict[] = [];
  if ('mesas' in records) ({ mergeConflicts, ...bundle } = records);
  // Older files are converted here, before the checks, so everything after reads one model.
  else bundle = migrateV1(records);
  checkBundle(bundle, errors);
  checkPendingConflicts(bundle, mergeConflicts, errors);
  if (!errors.empty) return fail(errors.result());
  const warnings = bundleWarnings(bundle);
  mark('cross-checks');
  return { ok: true, bundle, mergeConflicts, warnings, exportedAt, app };
}

let compiledSchema: typeof EventFileSchema | undefined;

/**
 * Compiling costs ~10 ms once per process and saves ~9 µs per record, so it is worth it from about a
 * thousand records (a real forum's file); smaller files go through zod's ordinary parser.
 */
const COMPILE_FROM_RECORDS = 1000;

/**
 * The file schema, compiled by zod into a flat validator (3–4× faster on a large file) when the
 * file is large. Results and issues are zod's own either way: on any failure the compiled path
 * hands over to the ordinary parser, and a schema zod cannot compile (or a context refusing
 * `new Function`) comes back unchanged.
 */
function schemaFor(recordCount: number): typeof EventFileSchema {
  if (recordCount < COMPILE_FROM_RECORDS) return EventFileSchema;
  return (compiledSchema ??= z.compile(EventFileSchema));
}

const noMark = (): void => undefined;

function fail(errors: FileError[]): ParseResult {
  return { ok: false, errors };
}

/** Format and version come first: a foreign or newer file gets one clear sentence, not fifty. */
function checkEnvelope(envelope: Record<string, unknown>): FileError | null {
  const { format, version } = envelope;
  if (format !== EVENT_FILE_FORMAT) {
    const found = typeof format === 'string' ? format.slice(0, 60) : jsonTypeOf(format);
    return fileError('format-wrong', 'format', { expected: EVENT_FILE_FORMAT, found });
  }
  if (version === undefined) return fileError('version-missing', 'version', { supported: EVENT_FILE_VERSION });
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return fileError('version-invalid', 'version', { found: JSON.stringify(version).slice(0, 60) });
  }
  if (version > EVENT_FILE_VERSION) {
    return fileError('version-newer', 'version', { found: version, supported: EVENT_FILE_VERSION });
  }
  if (version < OLDEST_EVENT_FILE_VERSION) {
    return fileError('version-older', 'version', { found: version, supported: EVENT_FILE_VERSION });
  }
  return null;
}
