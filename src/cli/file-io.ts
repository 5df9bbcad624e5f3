import { checkFileSize, decodeFile, describeFileError, type FileSubject, type ParseOptions } from '../core/file-format';
import { UsageError, type CliIo } from './command';
import { ioLanguage, messages } from './lang';

/** A sentence for a failed read or write, by the system error code. */
export function describeIoError(io: CliIo, error: unknown, path: string, writing: boolean): string {
  const code = (error as { code?: string } | null)?.code;
  const m = messages(io).files;
  switch (code) {
    case 'ENOENT':
      return writing ? m.noFolder(path) : m.noFile(path);
    case 'EACCES':
    case 'EPERM':
      return m.noPermission(path, writing);
    case 'EISDIR':
      return m.isFolder(path);
    case 'ENOSPC':
      return m.noSpace(path);
    default:
      return `${path}: ${error instanceof Error ? error.message : String(error)}`;
  }
}

export interface ReadOptions {
  /** What the file should be: an event file or a text (a program); the advice on a refusal differs. */
  subject: FileSubject;
  /** `--encoding windows-1252`: the user says a file that is not UTF-8 is Windows-1252. */
  allowWindows1252?: boolean;
}

/**
 * Reads FILE (or standard input for `-`) and decodes it strictly (src/core/text/decode.ts),
 * refusing an oversized file before reading it. A refusal is printed, naming the problem and the
 * byte, line and column; nothing is ever decoded with replacement characters.
 */
export async function readInput(io: CliIo, path: string, options: ReadOptions): Promise<{ text: string; bytes?: number } | null> {
  const read = await readChecked(io, path);
  if (!read) return null;
  const { data, bytes } = read;
  const decoded = decodeFile(data, options.subject, { allowWindows1252: options.allowWindows1252 ?? false });
  if (!decoded.ok) {
    io.stderr(`${inputName(io, path)}: ${describeFileError(decoded.error, ioLanguage(io), 'cli')}\n`);
    return null;
  }
  return { text: decoded.text, bytes: bytes ?? data.byteLength };
}

const inputName = (io: CliIo, path: string): string => (path === '-' ? messages(io).files.standardInput : path);

/**
 * A program file — PDF, Word, web page, Markdown or text, or standard input — read as the text a user
 * would paste (src/core/documents); a refusal is printed.
 */
export async function readProgramInput(io: CliIo, path: string, allowWindows1252: boolean): Promise<{ text: string } | null> {
  const read = await readChecked(io, path);
  if (!read) return null;
  const { readProgramDocument } = await import('../core/documents');
  const result = await readProgramDocument(path === '-' ? '' : path, read.data, { allowWindows1252 });
  if (result.ok) return { text: result.text };
  const m = messages(io).documents;
  const problem = result.problem;
  const sentence =
    problem.code === 'decode'
      ? describeFileError(problem.error, ioLanguage(io), 'cli')
      : problem.code === 'pdf-no-text'
        ? m.pdfNoText
        : problem.code === 'pdf-encrypted'
          ? m.pdfEncrypted
          : m.damaged(problem.kind, problem.detail);
  io.stderr(`${inputName(io, path)}: ${sentence}\n`);
  return null;
}

/** FILE's bytes (or standard input's), an oversized file refused before it is read; null after printing why. */
async function readChecked(io: CliIo, path: string): Promise<{ data: Uint8Array; bytes?: number } | null> {
  let data: Uint8Array;
  let bytes: number | undefined;
  try {
    if (path === '-') data = await io.readStdin();
    else {
      bytes = io.fileSize ? await io.fileSize(path) : undefined;
      const tooLarge = bytes === undefined ? null : checkFileSize(bytes);
      if (tooLarge) {
        io.stderr(`${path}: ${describeFileError(tooLarge, ioLanguage(io), 'cli')}\n`);
        return null;
      }
      data = await io.readBytes(path);
    }
  } catch (e) {
    io.stderr(`${describeIoError(io, e, path, false)}\n`);
    return null;
  }
  return { data, ...(bytes === undefined ? {} : { bytes }) };
}

/** `--encoding ENC`, accepted by every command that reads a file. */
export const ENCODING_OPTION = { encoding: { type: 'string' } } as const;

/** The encodings `--encoding` accepts: UTF-8 (the default, strict) and Windows-1252 for a file that is not UTF-8. */
const ENCODINGS = new Map([
  ['utf-8', false],
  ['utf8', false],
  ['windows-1252', true],
  ['cp1252', true],
]);

/** Reads `--encoding`: true when the user allows Windows-1252. */
export function allowWindows1252(io: CliIo, value: string | undefined): boolean {
  if (value === undefined) return false;
  const allowed = ENCODINGS.get(value.toLowerCase());
  if (allowed === undefined) {
    throw new UsageError(messages(io).files.badEncoding(value));
  }
  return allowed;
}

/** Writes to FILE atomically, or to standard output for `-`; false (with a message) on failure. */
export async function writeOutput(io: CliIo, path: string, data: string): Promise<boolean> {
  if (path === '-') {
    io.stdout(data);
    return true;
  }
  try {
    await io.writeFile(path, data);
    return true;
  } catch (e) {
    io.stderr(`${describeIoError(io, e, path, true)}\n`);
    return false;
  }
}

/** What parseEventFile is told about an input read by readInput: its size and the profiling hook. */
export function parseOptionsFor(io: CliIo, input: { bytes?: number }): ParseOptions {
  return { ...(input.bytes === undefined ? {} : { byteLength: input.bytes }), ...(io.mark ? { mark: io.mark } : {}) };
}
