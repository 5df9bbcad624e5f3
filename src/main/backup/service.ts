import { isAbsolute, join } from 'node:path';
import { planRotation, DEFAULT_ROTATION, type RotationPolicy } from '../../core/backup/rotation';
import { backupFileName, parseBackupFileName } from '../../core/backup/names';
import { toIso } from '../../core/model/ids';
import type { BackupEntry, BackupLocation, DatabaseMarker, WriteBackupRequest } from '../../shared/bridge';
import { BridgeError } from '../../shared/bridge-errors';
import { validateDatabaseMarker } from '../../shared/bridge-validate';
import { writeFileAtomic } from '../fs/atomic-write';
import type { FsOps } from '../fs/fs-ops';
import { readUserFile } from '../fs/read-file';

/** The file system calls the backups need beyond the atomic writer's. */
export interface BackupFs extends FsOps {
  readdir(path: string): Promise<string[]>;
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
}

export interface BackupServiceDeps {
  fs: BackupFs;
  /** The clock snapshots are named by. */
  now(): number;
  /** Minutes east of UTC at an instant (the user's days, for one snapshot per day). */
  utcOffsetMinutes(ms: number): number;
  /** Documents/Relator/Copias de seguridad. */
  defaultFolder: string;
  /** The app's own data folder: where the chosen folder and the database marker are kept. */
  dataFolder: string;
  policy?: RotationPolicy;
}

export type BackupService = ReturnType<typeof createBackupService>;

const SETTINGS_FILE = 'backup-settings.json';
const MARKER_FILE = 'database-marker.json';
/** A temp file the atomic writer left behind when the app died mid-write. */
const STALE_TEMP = /^\..+\.relator\.json\.[0-9a-f]{12}\.tmp$/;

/**
 * The desktop app's automatic backups: `.relator.json` snapshots written atomically into a folder
 * on disk (the user's Documents by default), rotated by the policy in src/core/backup. Writes are
 * queued one after another, so a rotation never races a write.
 */
export function createBackupService(deps: BackupServiceDeps) {
  const policy = deps.policy ?? DEFAULT_ROTATION;
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  async function readJson(name: string): Promise<unknown> {
    try {
      return JSON.parse(new TextDecoder().decode(await deps.fs.readFile(join(deps.dataFolder, name))));
    } catch {
      // Missing or unreadable: treated as never written.
      return undefined;
    }
  }

  async function writeJson(name: string, value: unknown): Promise<void> {
    await deps.fs.mkdir(deps.dataFolder, { recursive: true });
    await writeFileAtomic(deps.fs, join(deps.dataFolder, name), `${JSON.stringify(value, null, 2)}\n`);
  }

  async function location(): Promise<BackupLocation> {
    const settings = (await readJson(SETTINGS_FILE)) as { folder?: unknown } | undefined;
    const folder = settings?.folder;
    return typeof folder === 'string' && isAbsolute(folder)
      ? { path: folder, isDefault: false }
      : { path: deps.defaultFolder, isDefault: true };
  }

  async function entries(folder: string): Promise<BackupEntry[]> {
    let names: string[];
    try {
      names = await deps.fs.readdir(folder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException | null)?.code === 'ENOENT') return [];
      throw new BridgeError('read-failed', `the backups folder cannot be read: ${folder}`, { cause: error });
    }
    const found: BackupEntry[] = [];
    for (const name of names) {
      const parsed = parseBackupFileName(name);
      if (!parsed) continue;
      const stat = await deps.fs.stat(join(folder, name)).catch(() => null);
      if (!stat?.isFile()) continue;
      found.push({ name, eventId: parsed.eventId, label: parsed.label, takenAt: toIso(parsed.takenAtMs), size: stat.size });
    }
    return found.sort((a, b) => (a.takenAt < b.takenAt ? 1 : a.takenAt > b.takenAt ? -1 : a.name < b.name ? 1 : -1));
  }

  /** Deletes what the policy no longer keeps, and temp files a crash left behind. */
  async function rotate(folder: string): Promise<void> {
    const list = await entries(folder);
    const now = deps.now();
    const plan = planRotation(
      list.map((e) => ({ name: e.name, eventId: e.eventId, takenAtMs: Date.parse(e.takenAt), size: e.size })),
      now,
      policy,
      deps.utcOffsetMinutes(now),
    );
    for (const name of plan.remove) await deps.fs.unlink(join(folder, name)).catch(() => undefined);
    const names = await deps.fs.readdir(folder).catch(() => [] as string[]);
    for (const name of names.filter((n) => STALE_TEMP.test(n))) await deps.fs.unlink(join(folder, name)).catch(() => undefined);
  }

  return {
    location,

    /** Remembers another folder (an absolute path from the folder dialog), or the default one with null. */
    async setFolder(folder: string | null): Promise<BackupLocation> {
      if (folder !== null && !isAbsolute(folder)) throw new BridgeError('invalid-argument', 'the backups folder must be an absolute path');
      await serial(() => writeJson(SETTINGS_FILE, { folder }));
      return location();
    },

    write(request: WriteBackupRequest): Promise<BackupEntry> {
      return serial(async () => {
        const { path: folder } = await location();
        try {
          await deps.fs.mkdir(folder, { recursive: true });
        } catch (error) {
          throw new BridgeError('write-failed', `the backups folder cannot be created: ${folder}`, { cause: error });
        }
        const takenAtMs = deps.now();
        const name = backupFileName(request.eventId, request.title, takenAtMs);
        await writeFileAtomic(deps.fs, join(folder, name), request.data);
        await rotate(folder);
        const parsed = parseBackupFileName(name)!;
        return { name, eventId: request.eventId, label: parsed.label, takenAt: toIso(takenAtMs), size: request.data.byteLength };
      });
    },

    async list(): Promise<BackupEntry[]> {
      return entries((await location()).path);
    },

    /** `name` has been validated as a backup's bare name. */
    async read(name: string): Promise<Uint8Array> {
      return readUserFile(deps.fs, join((await location()).path, name));
    },

    async readMarker(): Promise<DatabaseMarker | null> {
      const value = await readJson(MARKER_FILE);
      try {
        return value === undefined ? null : validateDatabaseMarker(value);
      } catch {
        return null;
      }
    },

    writeMarker(marker: DatabaseMarker): Promise<void> {
      return serial(() => writeJson(MARKER_FILE, marker));
    },
  };
}
