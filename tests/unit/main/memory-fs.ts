import { dirname, basename } from 'node:path/posix';
import type { FileHandle } from 'node:fs/promises';
import type { BackupFs } from '../../../src/main/backup/service';

/**
 * An in-memory file system with POSIX semantics for what the backups use: exclusive create,
 * short writes and fsync on handles, rename that replaces a file in one step, readdir of real
 * entries only. `fail` makes one operation fail with an errno code (once, or from a byte count
 * on), to play a full disk or a crash in the middle of a write.
 */
type Node = { kind: 'file'; data: Uint8Array; mode: number } | { kind: 'dir' };

function errno(code: string, message: string): Error {
  return Object.assign(new Error(`${code}: ${message}`), { code });
}

export interface Fault {
  op: 'open' | 'write' | 'rename' | 'unlink' | 'sync' | 'readdir' | 'mkdir';
  code: string;
  /** For 'write': bytes written (to any file) before the failure; the rest never lands. */
  afterBytes?: number;
  /** Only paths containing this. */
  pathIncludes?: string;
}

export class MemoryFs implements BackupFs {
  readonly nodes = new Map<string, Node>([['/', { kind: 'dir' }]]);
  faults: Fault[] = [];
  /** Calls in order, e.g. "rename /a -> /b", to check what an operation did. */
  readonly log: string[] = [];

  private fault(op: Fault['op'], path: string): Fault | undefined {
    return this.faults.find((f) => f.op === op && (f.pathIncludes === undefined || path.includes(f.pathIncludes)));
  }

  private checkFault(op: Fault['op'], path: string): void {
    const fault = this.fault(op, path);
    if (fault && fault.afterBytes === undefined) {
      this.faults = this.faults.filter((f) => f !== fault);
      throw errno(fault.code, `${op} ${path}`);
    }
  }

  private parentDir(path: string): void {
    const parent = this.nodes.get(dirname(path));
    if (!parent) throw errno('ENOENT', `no such directory: ${dirname(path)}`);
    if (parent.kind !== 'dir') throw errno('ENOTDIR', dirname(path));
  }

  /** A file's text, for assertions. */
  text(path: string): string {
    const node = this.nodes.get(path);
    if (node?.kind !== 'file') throw new Error(`no file ${path}`);
    return new TextDecoder().decode(node.data);
  }

  writeFileSync(path: string, data: string | Uint8Array): void {
    this.parentDir(path);
    this.nodes.set(path, { kind: 'file', data: typeof data === 'string' ? new TextEncoder().encode(data) : data, mode: 0o644 });
  }

  /** Names in a folder, sorted. */
  list(folder: string): string[] {
    const prefix = folder.endsWith('/') ? folder : `${folder}/`;
    return [...this.nodes.keys()]
      .filter((p) => p.startsWith(prefix) && !p.slice(prefix.length).includes('/'))
      .map((p) => basename(p))
      .sort();
  }

  async mkdir(path: string, _options: { recursive: true }): Promise<unknown> {
    this.checkFault('mkdir', path);
    const parts = path.split('/').filter(Boolean);
    let current = '';
    for (const part of parts) {
      current = `${current}/${part}`;
      const node = this.nodes.get(current);
      if (node?.kind === 'file') throw errno('EEXIST', current);
      if (!node) this.nodes.set(current, { kind: 'dir' });
    }
    return undefined;
  }

  async readdir(path: string): Promise<string[]> {
    this.checkFault('readdir', path);
    const node = this.nodes.get(path);
    if (!node) throw errno('ENOENT', path);
    if (node.kind !== 'dir') throw errno('ENOTDIR', path);
    return this.list(path);
  }

  async stat(path: string) {
    const node = this.nodes.get(path);
    if (!node) throw errno('ENOENT', path);
    return {
      size: node.kind === 'file' ? node.data.byteLength : 0,
      mode: node.kind === 'file' ? node.mode : 0o755,
      isFile: () => node.kind === 'file',
    };
  }

  async chmod(path: string, mode: number): Promise<void> {
    const node = this.nodes.get(path);
    if (!node) throw errno('ENOENT', path);
    if (node.kind === 'file') node.mode = mode;
  }

  async readFile(path: string): Promise<Uint8Array> {
    const node = this.nodes.get(path);
    if (!node) throw errno('ENOENT', path);
    if (node.kind !== 'file') throw errno('EISDIR', path);
    return node.data.slice();
  }

  async rename(from: string, to: string): Promise<void> {
    this.checkFault('rename', to);
    const node = this.nodes.get(from);
    if (!node) throw errno('ENOENT', from);
    this.parentDir(to);
    if (this.nodes.get(to)?.kind === 'dir') throw errno('EISDIR', to);
    this.nodes.delete(from);
    this.nodes.set(to, node);
    this.log.push(`rename ${basename(from)} -> ${basename(to)}`);
  }

  async unlink(path: string): Promise<void> {
    this.checkFault('unlink', path);
    const node = this.nodes.get(path);
    if (!node) throw errno('ENOENT', path);
    if (node.kind === 'dir') throw errno('EISDIR', path);
    this.nodes.delete(path);
    this.log.push(`unlink ${basename(path)}`);
  }

  async open(path: string, flags: string, mode = 0o666): Promise<FileHandle> {
    this.checkFault('open', path);
    const existing = this.nodes.get(path);
    if (flags === 'r') {
      if (!existing) throw errno('ENOENT', path);
      return this.handle(path, false);
    }
    if (flags !== 'wx') throw new Error(`MemoryFs: flags ${flags} not modelled`);
    if (existing) throw errno('EEXIST', path);
    this.parentDir(path);
    this.nodes.set(path, { kind: 'file', data: new Uint8Array(0), mode: mode & 0o7777 });
    return this.handle(path, true);
  }

  private written = 0;

  private handle(path: string, writable: boolean): FileHandle {
    let closed = false;
    const handle = {
      write: async (bytes: Uint8Array, offset: number, length: number) => {
        if (closed || !writable) throw errno('EBADF', path);
        const fault = this.fault('write', path);
        let take = length;
        if (fault) {
          const room = (fault.afterBytes ?? 0) - this.written;
          if (room <= 0) throw errno(fault.code, `write ${path}`);
          take = Math.min(length, room);
        }
        const node = this.nodes.get(path);
        if (node?.kind !== 'file') throw errno('ENOENT', path);
        const next = new Uint8Array(node.data.byteLength + take);
        next.set(node.data);
        next.set(bytes.subarray(offset, offset + take), node.data.byteLength);
        node.data = next;
        this.written += take;
        return { bytesWritten: take, buffer: bytes };
      },
      sync: async () => {
        if (closed) throw errno('EBADF', path);
        this.checkFault('sync', path);
      },
      close: async () => {
        closed = true;
      },
    };
    return handle as unknown as FileHandle;
  }
}

/** A clock a test moves by hand. */
export class FakeClock {
  constructor(public ms: number) {}
  now = (): number => this.ms;
  advance(ms: number): void {
    this.ms += ms;
  }
}
