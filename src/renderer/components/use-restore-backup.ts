import { useState } from 'preact/hooks';
import { describeError } from '../app/errors';
import { navigate } from '../app/router';
import { restoreBackup, type RestoreMode } from '../backup/restore';
import { currentLanguage, useT } from '../i18n';
import type { BackupEntry } from '../platform';
import { useNotices } from './Notices';

/**
 * Restoring a backup from a list (the backups screen, the notice after a lost database): one at a
 * time, the result said in a notice — "restored", with a way to open the event, or why not.
 * `restore` resolves to true when the event came back.
 */
export function useRestoreBackup(): { busy: boolean; restore: (entry: BackupEntry, mode: RestoreMode) => Promise<boolean> } {
  const t = useT();
  const { notify } = useNotices();
  const [busy, setBusy] = useState(false);

  const restore = async (entry: BackupEntry, mode: RestoreMode): Promise<boolean> => {
    setBusy(true);
    try {
      const outcome = await restoreBackup(entry, mode, { language: currentLanguage(), copySuffix: t('library.copySuffix') });
      if (outcome.status === 'imported') {
        const eventId = outcome.eventId;
        notify({
          kind: 'info',
          text: t('backups.restored', { title: outcome.title }),
          action: { label: t('library.open'), run: () => navigate({ name: 'event', eventId }) },
        });
        return true;
      }
      if (outcome.status === 'failed' && outcome.code === 'backup-failed') notify({ kind: 'error', text: t('backups.replaceNeedsBackup') });
      else if (outcome.status !== 'cancelled') {
        const reason = outcome.status === 'invalid' ? outcome.messages.join(' ') : outcome.status === 'failed' ? outcome.message : '';
        notify({ kind: 'error', text: t('backups.restoreFailed', { reason }) });
      }
      return false;
    } catch (error) {
      notify({ kind: 'error', text: t('backups.restoreFailed', { reason: describeError(error, t) }) });
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, restore };
}
