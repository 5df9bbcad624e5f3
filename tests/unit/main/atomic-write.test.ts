import { mkdtemp, readFile, readdir, rm, stat, writeFile, chmod, mkdir } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../src/main/fs/atomic-write';
import type { FsOps } from '../../../src/main/fs/fs-ops';
import { bridgeErrorCode } from '../../../src/shared/bridge-errors';
import { nodeFs } from './fakes';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'relator-atomic-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Real fs, except that writes stop after `okBytes` bytes with the given errno code. */
function failingWrites(code: string, okBytes: number): FsOps {
  return {
    ...nodeFs,
    async open(path, flags, mode) {
      const handle = await nodeFs.open(path, flags, mode);
      if (!flags.startsWith('w')) return handle;
      let written = 0;
      return new Proxy(handle, {
        get(target, key) {
          if (key === 'write') {
            return async (bytes: Uint8Array, offset: number, length: number) => {
              const room = okBytes - written;
              if (room <= 0) throw Object.assign(new Error(`${code}: simulated`), { code });
              const result = await target.write(bytes, offset, Math.min(length, room));
              written += result.bytesWritten;
              return result;
            };
          }
          const value = Reflect.get(target, key) as unknown;
          return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
        },
      }) as FileHandle;
    },
  };
}

describe('writeFileAtomic', () => {
  it('creates a new file with the exact text, as UTF-8', async () => {
    const target = join(dir, 'relatoría.md');
    await writeFileAtomic(nodeFs, target, 'Moderación: ñandú — “citas”\n');
    expect(await readFile(target, 'utf8')).toBe('Moderación: ñandú — “citas”\n');
    expect(await readdir(dir)).toEqual(['relatoría.md']);
  });

  it('writes bytes as they are', async () => {
    const target = join(dir, 'report.docx');
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff]);
    await writeFileAtomic(nodeFs, target, bytes);
    expect(new Uint8Array(await readFile(target))).toEqual(bytes);
  });

  it('replaces an existing file and keeps its permissions', async () => {
    const target = join(dir, 'event.relator.json');
    await writeFile(target, 'old');
    await chmod(target, 0o600);
    await writeFileAtomic(nodeFs, target, 'new contents');
    expect(await readFile(target, 'utf8')).toBe('new contents');
    if (process.platform !== 'win32') expect((await stat(target)).mode & 0o777).toBe(0o600);
    expect(await readdir(dir)).toEqual(['event.relator.json']);
  });

  it('leaves the old file untouched and no temp file when the disk fills up mid-write', async () => {
    const target = join(dir, 'event.relator.json');
    await writeFile(target, 'the previous, complete save');
    const error = await writeFileAtomic(failingWrites('ENOSPC', 10), target, 'x'.repeat(100_000)).catch((e: unknown) => e);
    expect(bridgeErrorCode(error)).toBe('no-space');
    expect(String((error as Error).message)).toMatch(/not enough free space/);
    expect(await readFile(target, 'utf8')).toBe('the previous, complete save');
    expect(await readdir(dir)).toEqual(['event.relator.json']);
  });

  it('reports other write failures without touching the old file', async () => {
    const target = join(dir, 'notes.txt');
    await writeFile(target, 'keep me');
    const error = await writeFileAtomic(failingWrites('EIO', 0), target, 'new').catch((e: unknown) => e);
    expect(bridgeErrorCode(error)).toBe('write-failed');
    expect(await readFile(target, 'utf8')).toBe('keep me');
    expect(await readdir(dir)).toEqual(['notes.txt']);
  });

  it('cleans up when the final rename fails', async () => {
    const target = join(dir, 'notes.txt');
    await writeFile(target, 'keep me');
    const fs: FsOps = {
      ...nodeFs,
      rename: async () => {
        throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
      },
    };
    const error = await writeFileAtomic(fs, target, 'new').catch((e: unknown) => e);
    expect(bridgeErrorCode(error)).toBe('permission-denied');
    expect(await readdir(dir)).toEqual(['notes.txt']);
    expect(await readFile(target, 'utf8')).toBe('keep me');
  });

  it('refuses to replace a folder', async () => {
    const target = join(dir, 'folder');
    await mkdir(target);
    const error = await writeFileAtomic(nodeFs, target, 'x').catch((e: unknown) => e);
    expect(bridgeErrorCode(error)).toBe('write-failed');
    expect((await stat(target)).isDirectory()).toBe(true);
  });

  it('says the folder is missing when it is', async () => {
    const error = await writeFileAtomic(nodeFs, join(dir, 'gone', 'a.txt'), 'x').catch((e: unknown) => e);
    expect(bridgeErrorCode(error)).toBe('not-found');
  });
});
