import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import type { FileHandle } from 'node:fs/promises';
import { BridgeError, type BridgeErrorCode } from '../../shared/bridge-errors';
import type { FsOps } from './fs-ops';

/** Maps a Node error code to what the user is told; unknown failures stay generic. */
function writeErrorCode(error: unknown): BridgeErrorCode {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'no-space';
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return 'permission-denied';
    case 'ENOENT':
      return 'not-found';
    default:
      return 'write-failed';
  }
}

const DETAIL: Record<string, string> = {
  'no-space': 'there is not enough free space on the disk',
  'permission-denied': 'the folder or the file cannot be written',
  'not-found': 'the folder does not exist',
  'write-failed': 'the file could not be written',
};

async function writeAll(handle: FileHandle, bytes: Uint8Array): Promise<void> {
  let offset = 0;
  while (offset < bytes.byteLength) {
    const { bytesWritten } = await handle.write(bytes, offset, bytes.byteLength - offset);
    if (bytesWritten <= 0) throw Object.assign(new Error('short write'), { code: 'EIO' });
    offset += bytesWritten;
  }
}

/** Makes the rename itself durable; some systems (Windows) cannot open a folder, which is fine. */
async function syncDirectory(fs: FsOps, directory: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await fs.open(directory, 'r');
    await handle.sync();
  } catch {
    // Best effort only: the data itself is already synced.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/**
 * Replaces `target` with `data` so that, whatever happens, the file holds either the old
 * contents or the new ones, never a mix: write a temp file beside it, fsync, rename over it.
 * On failure the temp file is removed and a BridgeError names the cause.
 */
export async function writeFileAtomic(fs: FsOps, target: string, data: string | Uint8Array): Promise<void> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  const directory = dirname(target);
  const temp = join(directory, `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);

  let existingMode: number | undefined;
  try {
    const stat = await fs.stat(target);
    if (!stat.isFile()) throw new BridgeError('write-failed', 'the chosen path is not a regular file');
    existingMode = stat.mode & 0o7777;
  } catch (error) {
    if (error instanceof BridgeError) throw error;
    // No file yet: a new one is created.
  }

  let handle: FileHandle | undefined;
  let tempCreated = false;
  try {
    handle = await fs.open(temp, 'wx', 0o666);
    tempCreated = true;
    await writeAll(handle, bytes);
    await handle.sync();
    await handle.close();
    handle = undefined;
    // Keep the permissions the user gave the file being replaced.
    if (existingMode !== undefined) await fs.chmod(temp, existingMode).catch(() => undefined);
    await fs.rename(temp, target);
    tempCreated = false;
  } catch (error) {
    await handle?.close().catch(() => undefined);
    if (tempCreated) await fs.unlink(temp).catch(() => undefined);
    const code = writeErrorCode(error);
    throw new BridgeError(code, `${DETAIL[code] ?? DETAIL['write-failed']}: ${target}`, { cause: error });
  }
  await syncDirectory(fs, directory);
}
