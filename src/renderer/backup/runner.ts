import type { Id } from '../../core/model/types';
import type { BackupStorage } from '../platform';
import { emptyChanges, mergeChanges, type EventChanges } from '../store';
import type { SnapshotRequest, SnapshotResult } from './snapshot';

/** What the UI shows about the automatic backups. */
export interface BackupStatus {
  /** When the last snapshot was written (this session). */
  lastAt: string | null;
  /** Why the last attempt failed; null once one succeeds. */
  lastError: string | null;
  running: boolean;
}

export interface BackupRunnerDeps {
  storage: BackupStorage;
  takeSnapshots(request: SnapshotRequest): Promise<SnapshotResult[]>;
  /** Store subscription to committed writes (watchEventChanges). */
  watch(onChange: (changes: EventChanges) => void): () => void;
  now(): number;
  setInterval(callback: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
  /** Every 2 minutes while events change. */
  intervalMs?: number;
  /** Told when a run that writes starts and ends (User Timing marks, for DevTools and the benchmarks). */
  trace?: { start(): void; end(written: number): void };
}

const BACKUP_INTERVAL_MS = 2 * 60 * 1000;

/**
 * The automatic backups of this window: every change to an event's records is noted, and every
 * two minutes the events changed since the last run are snapshotted (off the page's thread) and
 * written to the platform's backup storage. A failed write keeps its changes for the next run.
 */
export function createBackupRunner(deps: BackupRunnerDeps) {
  let pending = emptyChanges();
  let dirty = false;
  const known: Record<Id, string> = {};
  let status: BackupStatus = { lastAt: null, lastError: null, running: false };
  const listeners = new Set<(status: BackupStatus) => void>();
  let chain: Promise<unknown> = Promise.resolve();

  const publish = (next: Partial<BackupStatus>) => {
    status = { ...status, ...next };
    listeners.forEach((listener) => listener(status));
  };

  let unwatch: (() => void) | undefined;
  let timer: unknown;

  async function run(force: Id[], everything = false): Promise<SnapshotResult[]> {
    if (!dirty && force.length === 0 && !everything) return [];
    const taken = pending;
    if (everything) taken.all = true;
    pending = emptyChanges();
    dirty = false;
    publish({ running: true });
    deps.trace?.start();
    let written = 0;
    try {
      const results = await deps.takeSnapshots({
        changes: taken,
        force,
        known: { ...known },
        exportedAt: new Date(deps.now()).toISOString(),
      });
      for (const result of results) {
        await deps.storage.write({ eventId: result.eventId, title: result.title, data: result.data });
        known[result.eventId] = result.hash;
        written += 1;
      }
      deps.trace?.end(written);
      publish({ running: false, lastError: null, ...(results.length > 0 ? { lastAt: new Date(deps.now()).toISOString() } : {}) });
      return results;
    } catch (error) {
      // Nothing is forgotten: the same changes are tried again on the next run.
      pending = mergeChanges(taken, pending);
      dirty = true;
      deps.trace?.end(written);
      publish({ running: false, lastError: error instanceof Error ? error.message : String(error) });
      throw error;
    }
  }

  /** Runs one after another, so two runs never write the same event at once. */
  const queued = (force: Id[], everything = false): Promise<SnapshotResult[]> => {
    const next = chain.then(
      () => run(force, everything),
      () => run(force, everything),
    );
    chain = next.catch(() => undefined);
    return next;
  };

  return {
    /**
     * Starts following changes and writing them every interval. Only one window does this (the
     * one holding the backups lock), so two tabs never write the same snapshot twice.
     */
    start() {
      if (unwatch) return;
      unwatch = deps.watch((changes) => {
        mergeChanges(pending, changes);
        dirty = true;
      });
      timer = deps.setInterval(() => void queued([]).catch(() => undefined), deps.intervalMs ?? BACKUP_INTERVAL_MS);
      deps.storage.onQuit(() => queued([]).then(() => undefined));
    },
    status: () => status,
    subscribe(listener: (status: BackupStatus) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** Writes what changed now (leaving the page, quitting). */
    flush: () => queued([]),
    /** Snapshots these events now even if unchanged, with whatever else changed (before a replace). */
    backupNow: (eventIds: Id[]) => queued(eventIds),
    /** Snapshots every event whose content this session has not written yet ("back up now"). */
    backupAll: () => queued([], true),
    stop() {
      unwatch?.();
      unwatch = undefined;
      deps.clearInterval(timer);
    },
  };
}

export type BackupRunner = ReturnType<typeof createBackupRunner>;
