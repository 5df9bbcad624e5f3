import type { CliIo } from '../../../src/cli/command';
import type { Language } from '../../../src/core/model';

/** An in-memory CliIo: files live in a map, output is captured. */
export function fakeIo(files: Record<string, string> = {}, lang?: Language) {
  const out: string[] = [];
  const err: string[] = [];
  const disk = new Map(Object.entries(files));
  const io: CliIo = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    readFile: async (path) => {
      const text = disk.get(path);
      if (text === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return text;
    },
    readBytes: async (path) => new TextEncoder().encode(await io.readFile(path)),
    readStdin: async () => disk.get('<stdin>') ?? '',
    writeFile: async (path, data) => void disk.set(path, typeof data === 'string' ? data : new TextDecoder().decode(data)),
    ...(lang ? { lang } : {}),
  };
  return { io, disk, stdout: () => out.join(''), stderr: () => err.join('') };
}
