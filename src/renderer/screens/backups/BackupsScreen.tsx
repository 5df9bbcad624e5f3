import { useMemo, useState } from 'preact/hooks';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useRestoreBackup } from '../../components/use-restore-backup';
import { describeError } from '../../app/errors';
import { useT } from '../../i18n';
import type { BackupEntry } from '../../platform';
import { listEventSummaries, useLiveQuery } from '../../store';
import type { RestoreMode } from '../../backup/restore';
import { formatBackupTime, useBackupList, useBackupPlace } from '../../backup/use-backups';
import { BackupList, groupBackups, type BackupGroup } from './BackupList';
import { BackupPlacePanel } from './BackupPlacePanel';
import '../../styles/backups.css';

/** #/backups: where the automatic backups are, and every one of them, to restore. */
export function BackupsScreen() {
  const t = useT();
  const { place, set } = useBackupPlace();
  const { list, reload } = useBackupList();
  const summaries = useLiveQuery(() => listEventSummaries(), [], undefined);
  const [confirming, setConfirming] = useState<{ entry: BackupEntry; group: BackupGroup } | null>(null);
  const { busy, restore: restoreOne } = useRestoreBackup();

  const groups = useMemo(() => {
    const titles = new Map((summaries ?? []).map((s) => [s.event.id, s.event.title]));
    return list.state === 'ready' ? groupBackups(list.entries, titles) : [];
  }, [list, summaries]);

  const restore = async (entry: BackupEntry, mode: RestoreMode) => {
    await restoreOne(entry, mode);
    reload();
  };

  return (
    <section class="backups" aria-labelledby="backups-title">
      <div class="section-head">
        <h1 id="backups-title">{t('backups.title')}</h1>
      </div>
      <p class="backups-intro">{t('backups.intro')}</p>
      <BackupPlacePanel
        newestAt={list.state === 'ready' ? (list.entries[0]?.takenAt ?? null) : null}
        place={place}
        onPlace={(next) => {
          set(next);
          reload();
        }}
      />
      <section aria-labelledby="backup-list-title">
        <h2 id="backup-list-title">{t('backups.listTitle')}</h2>
        {busy && <p role="status">{t('backups.restoring')}</p>}
        {list.state === 'loading' && <p>{t('backups.loading')}</p>}
        {list.state === 'failed' && (
          <p class="panel panel-error" role="alert">
            {t('backups.listFailed', { reason: describeError(list.error, t) })}
          </p>
        )}
        {list.state === 'ready' && groups.length === 0 && <p class="empty">{t('backups.empty')}</p>}
        {groups.length > 0 && (
          <BackupList
            groups={groups}
            busy={busy}
            onRestore={(entry, group, mode) => (mode === 'replace' ? setConfirming({ entry, group }) : void restore(entry, mode))}
          />
        )}
      </section>
      {confirming && (
        <ConfirmDialog
          title={t('backups.confirmReplaceTitle')}
          body={t('backups.confirmReplaceBody', { title: confirming.group.title, time: formatBackupTime(confirming.entry.takenAt) })}
          cancelLabel={t('backups.cancel')}
          choices={[{ label: t('backups.confirmReplace'), value: 'replace', danger: true }]}
          onClose={(value) => {
            const { entry } = confirming;
            setConfirming(null);
            if (value === 'replace') void restore(entry, 'replace');
          }}
        />
      )}
    </section>
  );
}
