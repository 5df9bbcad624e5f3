import { open, readFile, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Language } from '../core/model/types';
import type { CliIo } from './command';

/** Writes to a temp file beside the target, flushes it, then renames: the target is never half-written. */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
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

async function readAllStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export function nodeIo(lang: Language, mark?: (phase: string) => void): CliIo {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    // Read whole, decoded once (not chunk by chunk through a string decoder).
    readFile: async (path) => (await readFile(path)).toString('utf8'),
    readBytes: async (path) => new Uint8Array(await readFile(path)),
    readStdin: readAllStdin,
    writeFile: writeFileAtomic,
    fileSize: async (path) => (await stat(path)).size,
    lang,
    ...(mark ? { mark } : {}),
  };
}
