import { getPlatform } from '../platform';
import { watchEventChanges } from '../store';
import { createBackupRunner, type BackupRunner } from './runner';
import { createSnapshotClient } from './snapshot-client';

export type { BackupRunner, BackupStatus } from './runner';

let runner: BackupRunner | undefined;

/**
 * Minutes between runs can be shortened (never below a second) with the `relator.backupIntervalMs`
 * localStorage entry: the benchmarks use it to have snapshots written while they type.
 */
function intervalMs(): number | undefined {
  try {
    const value = Number(window.localStorage.getItem('relator.backupIntervalMs'));
    return Number.isFinite(value) && value >= 1000 ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Each run that may write is a `relator:backup` User Timing measure (DevTools' performance panel, the benchmarks). */
const trace = {
  start: () => void performance.mark('relator:backup-start'),
  end: (written: number) => void performance.measure('relator:backup', { start: 'relator:backup-start', detail: { written } }),
};

/** This window's automatic backups, started on first use (at boot). */
export function getBackupRunner(): BackupRunner {
  runner ??= createBackupRunner({
    storage: getPlatform().backups,
    takeSnapshots: createSnapshotClient(),
    watch: watchEventChanges,
    now: () => Date.now(),
    setInterval: (callback, ms) => window.setInterval(callback, ms),
    clearInterval: (handle) => window.clearInterval(handle as number),
    intervalMs: intervalMs(),
    trace,
  });
  return runner;
}

/**
 * Starts the automatic backups in one window of this app at a time: the one holding the
 * backups lock (another tab takes over when it closes). What changed is also written when the
 * page is hidden (a tab switched away, the window minimised).
 */
export function startBackups(): void {
  const backups = getBackupRunner();
  const lead = () => {
    backups.start();
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') void backups.flush().catch(() => undefined);
    });
  };
  if (typeof navigator !== 'undefined' && navigator.locks) {
    // Held for the page's life: the promise never settles.
    void navigator.locks.request('relator-backups', () => new Promise<never>(() => lead())).catch(() => undefined);
  } else lead();
}
