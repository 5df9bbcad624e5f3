import { backupFileName, parseBackupFileName } from '../../core/backup/names';
import { planRotation } from '../../core/backup/rotation';
import { toIso } from '../../core/model/ids';
import type { BackupEntry, DatabaseMarker } from '../../shared/bridge';
import { BridgeError } from '../../shared/bridge-errors';
import { validateDatabaseMarker } from '../../shared/bridge-validate';
import type { BackupPlace, BackupStorage } from './platform';

/*
 * The browser's backups: a folder the user picked once (File System Access API), its handle kept in
 * a small IndexedDB database of its own (so it survives the app's database being deleted), with the
 * permission asked again when the browser dropped it; elsewhere, or until then, the site's private
 * file system (OPFS). The database marker lives in localStorage, outside IndexedDB.
 */

/** The parts of the File System Access API used here (not all of it is in TypeScript's DOM types). */
export interface DirectoryHandle {
  readonly kind: 'directory';
  readonly name: string;
  getFileHandle(name: string, options?: { create?: boolean }): Promise<FileHandleLike>;
  getDirectoryHandle(name: string, options?: { create?: boolean }): Promise<DirectoryHandle>;
  removeEntry(name: string): Promise<void>;
  entries(): AsyncIterable<[string, { kind: string }]>;
  queryPermission?(options: { mode: 'readwrite' }): Promise<PermissionState>;
  requestPermission?(options: { mode: 'readwrite' }): Promise<PermissionState>;
}

interface FileHandleLike {
  getFile(): Promise<Blob>;
  createWritable(): Promise<{ write(data: Uint8Array): Promise<void>; close(): Promise<void>; abort(): Promise<void> }>;
}

/** Where the picked folder's handle is kept. */
export interface HandleStore {
  get(): Promise<DirectoryHandle | undefined>;
  set(handle: DirectoryHandle | undefined): Promise<void>;
}

export interface WebBackupHost {
  /** The site's private file system, where the browser has one. */
  privateRoot?: () => Promise<DirectoryHandle>;
  /** The folder picker, where the browser has one. */
  showDirectoryPicker?: (options: { id: string; mode: 'readwrite'; startIn?: string }) => Promise<DirectoryHandle>;
  handles: HandleStore;
  storage: Pick<Storage, 'getItem' | 'setItem'> | undefined;
  now(): number;
  utcOffsetMinutes(ms: number): number;
}

const PRIVATE_FOLDER = 'relator-backups';
const MARKER_KEY = 'relator.databaseMarker';
const HANDLE_DB = 'relator-backup-folder';

/** A one-record IndexedDB database for the folder handle (a handle cannot go to localStorage). */
function indexedDbHandles(): HandleStore {
  const open = () =>
    new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(HANDLE_DB, 1);
      request.onupgradeneeded = () => request.result.createObjectStore('handles');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('cannot open the folder store'));
    });
  const run = async <T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest): Promise<T> => {
    const db = await open();
    try {
      return await new Promise<T>((resolve, reject) => {
        const request = act(db.transaction('handles', mode).objectStore('handles'));
        request.onsuccess = () => resolve(request.result as T);
        request.onerror = () => reject(request.error ?? new Error('folder store request failed'));
      });
    } finally {
      db.close();
    }
  };
  return {
    get: () => run<DirectoryHandle | undefined>('readonly', (store) => store.get('backups')),
    set: async (handle) => {
      await run('readwrite', (store) => (handle ? store.put(handle, 'backups') : store.delete('backups')));
    },
  };
}

export function browserBackupHost(): WebBackupHost {
  const picker = (window as unknown as { showDirectoryPicker?: WebBackupHost['showDirectoryPicker'] }).showDirectoryPicker;
  const storageManager = navigator.storage as (StorageManager & { getDirectory?: () => Promise<unknown> }) | undefined;
  let storage: Storage | undefined;
  try {
    storage = window.localStorage;
  } catch {
    storage = undefined;
  }
  return {
    privateRoot: storageManager?.getDirectory ? () => storageManager.getDirectory!() as Promise<DirectoryHandle> : undefined,
    showDirectoryPicker: picker ? (options) => picker.call(window, options) : undefined,
    handles: indexedDbHandles(),
    storage,
    now: () => Date.now(),
    utcOffsetMinutes: (ms) => -new Date(ms).getTimezoneOffset(),
  };
}

export function createWebBackups(host: WebBackupHost): BackupStorage {
  /** The folder snapshots go to now, and how to describe it. */
  async function resolve(): Promise<{ folder: DirectoryHandle | null; place: BackupPlace }> {
    const canChoose = host.showDirectoryPicker !== undefined;
    const picked = await host.handles.get().catch(() => undefined);
    if (picked) {
      const permission = (await picked.queryPermission?.({ mode: 'readwrite' }).catch(() => 'prompt' as const)) ?? 'granted';
      if (permission === 'granted') {
        return { folder: picked, place: { kind: 'disk-folder', path: picked.name, isDefault: false, needsPermission: false, canChoose } };
      }
      // Until the permission is given again, snapshots still go somewhere: the private storage.
      const fallback = await privateFolder();
      return { folder: fallback, place: { kind: 'disk-folder', path: picked.name, isDefault: false, needsPermission: true, canChoose } };
    }
    return {
      folder: await privateFolder(),
      place: { kind: 'browser-storage', path: null, isDefault: true, needsPermission: false, canChoose },
    };
  }

  async function privateFolder(): Promise<DirectoryHandle | null> {
    if (!host.privateRoot) return null;
    try {
      return await (await host.privateRoot()).getDirectoryHandle(PRIVATE_FOLDER, { create: true });
    } catch {
      return null;
    }
  }

  async function folderOrFail(): Promise<DirectoryHandle> {
    const { folder } = await resolve();
    if (!folder) throw new BridgeError('write-failed', 'this browser offers no place for backups');
    return folder;
  }

  async function entries(folder: DirectoryHandle): Promise<BackupEntry[]> {
    const found: BackupEntry[] = [];
    for await (const [name, handle] of folder.entries()) {
      const parsed = handle.kind === 'file' ? parseBackupFileName(name) : null;
      if (!parsed) continue;
      const size = (await (await folder.getFileHandle(name)).getFile()).size;
      // An empty file is a write that never finished.
      if (size === 0) continue;
      found.push({ name, eventId: parsed.eventId, label: parsed.label, takenAt: toIso(parsed.takenAtMs), size });
    }
    return found.sort((a, b) => (a.takenAt < b.takenAt ? 1 : a.takenAt > b.takenAt ? -1 : a.name < b.name ? 1 : -1));
  }

  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  return {
    place: async () => (await resolve()).place,

    async chooseFolder() {
      if (!host.showDirectoryPicker) return null;
      let handle: DirectoryHandle;
      try {
        handle = await host.showDirectoryPicker({ id: 'relator-backups', mode: 'readwrite', startIn: 'documents' });
      } catch (error) {
        if ((error as DOMException | null)?.name === 'AbortError') return null;
        throw error;
      }
      await host.handles.set(handle);
      return (await resolve()).place;
    },

    async resetFolder() {
      await host.handles.set(undefined);
      return (await resolve()).place;
    },

    async allowFolder() {
      const picked = await host.handles.get().catch(() => undefined);
      await picked?.requestPermission?.({ mode: 'readwrite' }).catch(() => undefined);
      return (await resolve()).place;
    },

    write(snapshot) {
      return serial(async () => {
        const folder = await folderOrFail();
        const takenAtMs = host.now();
        const name = backupFileName(snapshot.eventId, snapshot.title, takenAtMs);
        const file = await folder.getFileHandle(name, { create: true });
        // A writable stream writes to a swap file: the snapshot appears whole when it is closed, or not at all.
        const stream = await file.createWritable();
        try {
          await stream.write(snapshot.data);
          await stream.close();
        } catch (error) {
          await stream.abort().catch(() => undefined);
          await folder.removeEntry(name).catch(() => undefined);
          throw new BridgeError('write-failed', `the backup could not be written: ${String(error)}`, { cause: error });
        }
        const list = await entries(folder);
        const now = host.now();
        const plan = planRotation(
          list.map((e) => ({ name: e.name, eventId: e.eventId, takenAtMs: Date.parse(e.takenAt), size: e.size })),
          now,
          undefined,
          host.utcOffsetMinutes(now),
        );
        for (const old of plan.remove) await folder.removeEntry(old).catch(() => undefined);
        const parsed = parseBackupFileName(name)!;
        return { name, eventId: snapshot.eventId, label: parsed.label, takenAt: toIso(takenAtMs), size: snapshot.data.byteLength };
      });
    },

    async list() {
      const { folder } = await resolve();
      return folder ? entries(folder) : [];
    },

    async read(name) {
      if (!parseBackupFileName(name)) throw new BridgeError('invalid-argument', 'name must be the name of a backup');
      const folder = await folderOrFail();
      const blob = await (await folder.getFileHandle(name)).getFile();
      return new Uint8Array(await blob.arrayBuffer());
    },

    async readMarker() {
      const text = host.storage?.getItem(MARKER_KEY);
      if (!text) return null;
      try {
        return validateDatabaseMarker(JSON.parse(text));
      } catch {
        return null;
      }
    },

    async writeMarker(marker: DatabaseMarker) {
      host.storage?.setItem(MARKER_KEY, JSON.stringify(marker));
    },

    onQuit() {
      // A browser tab has no quit the page can wait for; the 2-minute snapshots and the reminder cover it.
    },
  };
}
