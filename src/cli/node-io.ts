import { open, readFile, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Language } from '../core/model/types';
import type { CliIo } from './command';

/** Writes to a temp file beside the target, flushes it, then renames: the target is never half-written. */
async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  // Loaded here: commands that only read (validate, --version) do not pay for node:crypto.
  const { randomBytes } = await import('node:crypto');
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (e) {
    await unlink(temp).catch(() => undefined);
    throw e;
  }
}

async function readAllStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}

export function nodeIo(lang: Language, mark?: (phase: string) => void): CliIo {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    // Read whole and decoded once, strictly, by file-io.ts (not chunk by chunk through a string decoder).
    readBytes: async (path) => {
      const buffer = await readFile(path);
      return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    },
    readStdin: readAllStdin,
    writeFile: writeFileAtomic,
    fileSize: async (path) => (await stat(path)).size,
    pdfPrinter: async () => {
      const { findChromium, launchChromiumPrinter } = await import('./chromium-pdf');
      const executable = await findChromium();
      return executable === null ? null : launchChromiumPrinter(executable);
    },
    lang,
    ...(mark ? { mark } : {}),
  };
}
