import { checkFileSize, describeFileError, type ParseOptions } from '../core/file-format';
import type { CliIo } from './command';
import { ioLanguage, t } from './lang';

/** A sentence for a failed read or write, by the system error code. */
export function describeIoError(io: CliIo, error: unknown, path: string, writing: boolean): string {
  const code = (error as { code?: string } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return writing
        ? t(io, `No existe la carpeta de destino de ${path}`, `The folder for ${path} does not exist`)
        : t(io, `No existe el archivo ${path}`, `There is no file ${path}`);
    case 'EACCES':
    case 'EPERM':
      return t(io, `Sin permiso para ${writing ? 'escribir' : 'leer'} ${path}`, `No permission to ${writing ? 'write' : 'read'} ${path}`);
    case 'EISDIR':
      return t(io, `${path} es una carpeta, no un archivo`, `${path} is a folder, not a file`);
    case 'ENOSPC':
      return t(io, `No queda espacio en disco para escribir ${path}`, `No disk space left to write ${path}`);
    default:
      return `${path}: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** Reads FILE (or standard input for `-`), refusing an oversized file before reading it. */
export async function readInput(io: CliIo, path: string): Promise<{ text: string; bytes?: number } | null> {
  try {
    if (path === '-') return { text: await io.readStdin() };
    const bytes = io.fileSize ? await io.fileSize(path) : undefined;
    const tooLarge = bytes === undefined ? null : checkFileSize(bytes);
    if (tooLarge) {
      io.stderr(`${path}: ${describeFileError(tooLarge, ioLanguage(io))}\n`);
      return null;
    }
    return { text: await io.readFile(path), bytes };
  } catch (e) {
    io.stderr(`${describeIoError(io, e, path, false)}\n`);
    return null;
  }
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
