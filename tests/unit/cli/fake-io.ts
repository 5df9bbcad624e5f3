import type { CliIo } from '../../../src/cli/command';
import type { Language } from '../../../src/core/model';

/**
 * An in-memory CliIo: files live in a map (text is stored as UTF-8, bytes as given), output is captured.
 * `written` keeps each written file as the command gave it (bytes stay bytes); `extra` overrides any
 * part of the io (a PDF printer, say).
 */
export function fakeIo(files: Record<string, string | Uint8Array> = {}, lang?: Language, extra: Partial<CliIo> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  /** Text files and everything written; files given as bytes live in `raw`. */
  const disk = new Map<string, string>();
  const raw = new Map<string, Uint8Array>();
  const written = new Map<string, string | Uint8Array>();
  for (const [path, data] of Object.entries(files)) {
    if (typeof data === 'string') disk.set(path, data);
    else raw.set(path, data);
  }
  const stored = (path: string): Uint8Array | undefined =>
    raw.get(path) ?? (disk.has(path) ? new TextEncoder().encode(disk.get(path)) : undefined);
  const io: CliIo = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    readBytes: async (path) => {
      const data = stored(path);
      if (data === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return data;
    },
    readStdin: async () => stored('<stdin>') ?? new Uint8Array(),
    writeFile: async (path, data) => {
      written.set(path, data);
      disk.set(path, typeof data === 'string' ? data : new TextDecoder().decode(data));
    },
    ...(lang ? { lang } : {}),
    ...extra,
  };
  return { io, disk, written, stdout: () => out.join(''), stderr: () => err.join('') };
}
