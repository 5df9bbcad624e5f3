import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../../src/shared/bridge';
import { bridgeErrorCode } from '../../../src/shared/bridge-errors';
import { createOpenedFiles, eventFilesInArgs } from '../../../src/main/open-files';
import { nodeFs } from './fakes';
import type { FsOps } from '../../../src/main/fs/fs-ops';

describe('event files on a command line', () => {
  it('takes the .relator.json files a double-click or a second start names, and nothing else', () => {
    const args = [
      '/home/ana/Documentos/Foro.relator.json',
      '--inspect=9229',
      '--file=/tmp/x.relator.json',
      '.',
      '/home/ana/notas.json',
      'relativo/Foro 2.RELATOR.JSON',
      '/home/ana/programa.txt',
    ];
    expect(eventFilesInArgs(args, '/home/ana')).toEqual([
      '/home/ana/Documentos/Foro.relator.json',
      '/home/ana/relativo/Foro 2.RELATOR.JSON',
    ]);
  });
});

describe('opened files', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'relator-opened-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('wait, in order, until the window takes them; each is read when taken', async () => {
    const a = join(dir, 'a.relator.json');
    const b = join(dir, 'b.relator.json');
    await writeFile(a, 'A');
    let notified = 0;
    const reads: string[] = [];
    const fs: FsOps = { ...nodeFs, readFile: (path) => (reads.push(path), nodeFs.readFile(path)) };
    const opened = createOpenedFiles(fs, () => void (notified += 1));
    opened.add([a, b]);
    expect(notified).toBe(1);
    expect(reads).toEqual([]);
    // Written after the double-click but before the window asked: what is read is what is there then.
    await writeFile(b, 'B');
    expect(new TextDecoder().decode((await opened.takeNext())?.bytes)).toBe('A');
    expect((await opened.takeNext())?.name).toBe('b.relator.json');
    expect(await opened.takeNext()).toBeNull();
    expect(reads).toEqual([a, b]);
  });

  it('refuses a file above the bridge limit without reading it', async () => {
    const big = join(dir, 'big.relator.json');
    await writeFile(big, 'x');
    const fs: FsOps = {
      ...nodeFs,
      stat: async () => ({ size: MAX_FILE_BYTES + 1, mode: 0o644, isFile: () => true }),
      readFile: () => Promise.reject(new Error('must not be read')),
    };
    const opened = createOpenedFiles(fs, () => undefined);
    opened.add([big]);
    expect(bridgeErrorCode(await opened.takeNext().catch((e: unknown) => e))).toBe('too-large');
    expect(await opened.takeNext()).toBeNull();
  });
});
