import type { Language } from '../../core/model/types';
import { startImport } from '../app/import/client';
import type { ImportOutcome } from '../app/import/protocol';
import { getPlatform, type BackupEntry } from '../platform';
import { getBackupRunner } from './index';

/** How a backup comes back: beside the event as a copy, or in its place (after the usual confirmation). */
export type RestoreMode = 'copy' | 'replace';

/**
 * Restores a snapshot through the library's import (the worker, one transaction: all or nothing).
 * An event that no longer exists simply comes back; one that exists is copied or replaced as asked,
 * and a replaced event is first backed up itself, so a restore can be undone from the backups too.
 */
export async function restoreBackup(
  entry: BackupEntry,
  mode: RestoreMode,
  options: { language: Language; copySuffix: string },
): Promise<ImportOutcome> {
  const data = await getPlatform().backups.read(entry.name);
  return new Promise<ImportOutcome>((resolve) => {
    const job = startImport(
      { name: entry.name, data, language: options.language, copySuffix: options.copySuffix },
      {
        progress: () => undefined,
        question: (question) => {
          // Our own snapshots are UTF-8: a question about the encoding means the file is not one of them.
          if (question.kind !== 'conflict') return job.answer(false);
          if (mode === 'copy') return job.answer('copy');
          void backupBeforeReplace(question.eventId).then(
            () => job.answer('replace'),
            (error: unknown) => {
              job.cancel();
              resolve({ status: 'failed', code: 'backup-failed', message: error instanceof Error ? error.message : String(error) });
            },
          );
        },
        done: resolve,
      },
    );
  });
}

/** A snapshot of the event as it is, written before an import replaces it. */
export async function backupBeforeReplace(eventId: string): Promise<void> {
  await getBackupRunner().backupNow([eventId]);
}
