import { decodeFile, describeFileError, parseEventFile, type FileError, type PendingConflict } from '../../../core/file-format';
import type { EventBundle, Id } from '../../../core/model/types';
import { importBundle, mergeIntoEvent, toStoreError } from '../../store';
import type { MergeInput } from '../../../core/merge';
import type { ConflictAnswer, ImportOutcome, ImportPhase, ImportProgress, ImportQuestion, ImportRequest, MergeRequest } from './protocol';

/** What the pipeline needs from whoever runs it: the worker, or the page itself when no worker can start. */
export interface ImportHost {
  progress(progress: ImportProgress): void;
  /** Asks the user: true to read as Windows-1252, 'copy' or 'replace' on a conflict; null when they cancel. */
  ask(question: ImportQuestion): Promise<boolean | ConflictAnswer>;
  /** True once the user pressed Cancel. */
  stopped(): boolean;
  /** Backs the event up as it is now; rejects when that cannot be done (a merge then changes nothing). */
  backup(eventId: Id): Promise<void>;
}

/** Where each phase starts and ends on the progress bar, as measured on large files: the database write takes most of the time. */
const SPANS: Record<ImportPhase, [number, number]> = {
  read: [0, 0.03],
  decode: [0.03, 0.06],
  parse: [0.06, 0.12],
  check: [0.12, 0.3],
  write: [0.3, 1],
};

const at = (phase: ImportPhase, share: number): ImportProgress => {
  const [from, to] = SPANS[phase];
  return { phase, fraction: from + (to - from) * Math.min(1, Math.max(0, share)) };
};

/**
 * A whole import, all or nothing: read the file, decode it strictly (asking before reading
 * Windows-1252), check every record, then write it in one transaction (asking what to do when
 * the event exists). A refusal, a cancel or a failure leaves the database exactly as it was.
 */
export async function runImport(request: ImportRequest, host: ImportHost): Promise<ImportOutcome> {
  const invalid = (errors: FileError[]): ImportOutcome => ({
    status: 'invalid',
    name: request.name,
    messages: errors.map((e) => describeFileError(e, request.language)),
  });

  const parsed = await readAndParse(request, host);
  if ('status' in parsed) return parsed.status === 'invalid-file' ? invalid(parsed.errors) : parsed;
  if (host.stopped()) return { status: 'cancelled' };

  const { bundle, mergeConflicts } = parsed;
  const write = (onConflict: 'fail' | 'replace' | 'copy') =>
    importBundle(bundle, {
      onConflict,
      mergeConflicts,
      copySuffix: request.copySuffix,
      stop: () => host.stopped(),
      onProgress: (written, total) => host.progress({ ...at('write', written / total), written, total }),
    });
  try {
    host.progress(at('write', 0));
    let result = await write('fail');
    if (result.status === 'conflict') {
      const choice = await host.ask({ kind: 'conflict', title: bundle.event.title, eventId: bundle.event.id });
      if ((choice !== 'copy' && choice !== 'replace') || host.stopped()) return { status: 'cancelled' };
      result = await write(choice);
    }
    if (result.status !== 'imported') return { status: 'cancelled' };
    return { status: 'imported', eventId: result.eventId, title: bundle.event.title, mode: result.mode };
  } catch (error) {
    const storeError = toStoreError(error);
    if (storeError.code === 'cancelled') return { status: 'cancelled' };
    return { status: 'failed', code: storeError.code, message: storeError.message };
  }
}

/**
 * "Combinar con…": every file is read and checked like an import (the same steps, the same
 * questions), the event is backed up as it is, then the files are merged into it in one
 * transaction (store/merge.ts). A refusal, a cancel or a failure (the backup's too) leaves the
 * database exactly as it was.
 */
export async function runMerge(request: MergeRequest, host: ImportHost): Promise<ImportOutcome> {
  const inputs: MergeInput[] = [];
  const count = request.files.length;
  for (const [i, file] of request.files.entries()) {
    // Each file takes its share of the bar up to the write.
    const scaled: ImportHost = {
      ...host,
      progress: (p) => host.progress({ phase: p.phase, fraction: ((i + p.fraction / SPANS.check[1]) / count) * SPANS.check[1] }),
    };
    const parsed = await readAndParse({ name: file.name, data: file.data, language: request.language, copySuffix: '' }, scaled);
    if ('status' in parsed) {
      if (parsed.status !== 'invalid-file') return parsed;
      return { status: 'invalid', name: file.name, messages: parsed.errors.map((e) => describeFileError(e, request.language)) };
    }
    if (host.stopped()) return { status: 'cancelled' };
    inputs.push({ bundle: parsed.bundle, exportedAt: parsed.exportedAt });
  }
  // Like a replacing import, a merge changes the event in place: it is backed up first, or not changed.
  // Files of another event are refused by the merge below without writing anything: no backup for them.
  if (inputs.every((input) => input.bundle.event.id === request.eventId)) {
    try {
      await host.backup(request.eventId);
    } catch (error) {
      return { status: 'failed', code: 'backup-failed', message: error instanceof Error ? error.message : String(error) };
    }
    if (host.stopped()) return { status: 'cancelled' };
  }
  try {
    host.progress(at('write', 0));
    const result = await mergeIntoEvent(request.eventId, inputs, {
      stop: () => host.stopped(),
      ...(request.asMesa ? { asMesa: request.asMesa } : {}),
    });
    if (result.status === 'different-events') {
      const title = result.events.find((e) => e.id === request.eventId)?.title ?? '';
      const others = request.files.flatMap((f, i) =>
        inputs[i]!.bundle.event.id === request.eventId ? [] : [{ index: i, name: f.name, title: inputs[i]!.bundle.event.title }],
      );
      return { status: 'different-events', title, others };
    }
    if (result.status === 'invalid') {
      return {
        status: 'invalid',
        name: request.files.map((f) => f.name).join(', '),
        messages: result.errors.map((e) => describeFileError(e, request.language)),
      };
    }
    host.progress(at('write', 1));
    return { status: 'merged', eventId: request.eventId, title: result.title, files: count, conflicts: result.conflicts.length };
  } catch (error) {
    const storeError = toStoreError(error);
    if (storeError.code === 'cancelled') return { status: 'cancelled' };
    return { status: 'failed', code: storeError.code, message: storeError.message };
  }
}

type Refusal = { status: 'invalid-file'; errors: FileError[] } | Extract<ImportOutcome, { status: 'cancelled' | 'failed' }>;

/** The checked bundle; the file's text is local here, so it can be freed before the write. */
async function readAndParse(
  request: ImportRequest,
  host: ImportHost,
): Promise<{ bundle: EventBundle; mergeConflicts: PendingConflict[]; exportedAt: string } | Refusal> {
  const text = await readAndDecode(request, host);
  if (typeof text !== 'string') return text;
  if (host.stopped()) return { status: 'cancelled' };
  host.progress(at('parse', 0));
  const parsed = parseEventFile(text, {
    mark: (phase) => {
      if (phase === 'json') host.progress(at('check', 0));
      if (phase === 'schema') host.progress(at('check', 0.7));
    },
  });
  return parsed.ok
    ? { bundle: parsed.bundle, mergeConflicts: parsed.mergeConflicts, exportedAt: parsed.exportedAt }
    : { status: 'invalid-file', errors: parsed.errors };
}

/**
 * The file as text, or why not. Its bytes live only here, so once decoded the 200 MB can be freed
 * while the text is parsed.
 */
async function readAndDecode(request: ImportRequest, host: ImportHost): Promise<string | Refusal> {
  host.progress(at('read', 0));
  let bytes: Uint8Array;
  try {
    bytes = await readAll(request.data, (share) => host.progress(at('read', share)));
  } catch (error) {
    return { status: 'failed', code: 'read-failed', message: error instanceof Error ? error.message : String(error) };
  }
  if (host.stopped()) return { status: 'cancelled' };

  host.progress(at('decode', 0));
  const onProgress = (share: number) => host.progress(at('decode', share));
  let decoded = decodeFile(bytes, 'event', { onProgress });
  if (!decoded.ok && decoded.problem.code === 'windows-1252') {
    const { preview, position } = decoded.problem;
    const confirmed = await host.ask({ kind: 'encoding', encoding: 'windows-1252', preview, line: position.line });
    if (confirmed !== true || host.stopped()) return { status: 'cancelled' };
    decoded = decodeFile(bytes, 'event', { allowWindows1252: true, onProgress });
  }
  return decoded.ok ? decoded.text : { status: 'invalid-file', errors: [decoded.error] };
}

/** The file's bytes; a Blob is read as a stream, so progress can be shown while a large file loads. */
async function readAll(data: Blob | Uint8Array, onProgress: (share: number) => void): Promise<Uint8Array> {
  if (data instanceof Uint8Array) return data;
  const out = new Uint8Array(data.size);
  const reader = data.stream().getReader();
  let offset = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    // A file that grew since it was picked: the size limit was checked on the picked size.
    if (offset + value.byteLength > out.length) throw new Error('the file changed while it was read');
    out.set(value, offset);
    offset += value.byteLength;
    onProgress(out.length === 0 ? 1 : offset / out.length);
  }
  return offset === out.length ? out : out.subarray(0, offset);
}
