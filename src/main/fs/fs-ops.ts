import type { FileHandle } from 'node:fs/promises';

/**
 * The slice of node:fs/promises the main process uses, so tests can hand in the real module
 * or a wrapper that fails at a chosen step (disk full halfway through a write, and so on).
 */
export interface FsOps {
  open(path: string, flags: string, mode?: number): Promise<FileHandle>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  stat(path: string): Promise<{ size: number; mode: number; isFile(): boolean }>;
  chmod(path: string, mode: number): Promise<void>;
  readFile(path: string): Promise<Uint8Array>;
}
