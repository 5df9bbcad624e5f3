import { MAX_FILE_BYTES } from '../../shared/bridge';
import { BridgeError } from '../../shared/bridge-errors';
import type { FsOps } from './fs-ops';

/**
 * Reads a user-chosen file's bytes, refusing anything above the bridge's size limit. The bytes go
 * to the renderer undecoded: its import worker decodes them strictly (src/core/text/decode.ts), off
 * the main process, which serves every window and must not spend a second decoding 200 MB.
 */
export async function readUserFile(fs: FsOps, path: string, maxBytes = MAX_FILE_BYTES): Promise<Uint8Array> {
  let size: number;
  try {
    const stat = await fs.stat(path);
    if (!stat.isFile()) throw new BridgeError('read-failed', `not a regular file: ${path}`);
    size = stat.size;
  } catch (error) {
    if (error instanceof BridgeError) throw error;
    throw readError(error, path);
  }
  if (size > maxBytes) throw new BridgeError('too-large', `the file is larger than ${maxBytes} bytes: ${path}`);
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(path);
  } catch (error) {
    throw readError(error, path);
  }
  // The file may have grown between stat and read.
  if (bytes.byteLength > maxBytes) throw new BridgeError('too-large', `the file is larger than ${maxBytes} bytes: ${path}`);
  return bytes;
}

function readError(error: unknown, path: string): BridgeError {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return new BridgeError('not-found', `the file does not exist: ${path}`, { cause: error });
  if (code === 'EACCES' || code === 'EPERM') {
    return new BridgeError('permission-denied', `the file cannot be read: ${path}`, { cause: error });
  }
  return new BridgeError('read-failed', `the file could not be read: ${path}`, { cause: error });
}
