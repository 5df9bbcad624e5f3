import { useMemo, useState } from 'preact/hooks';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useNotices } from '../../components/Notices';
import { describeError } from '../../app/errors';
import { navigate } from '../../app/router';
import { currentLanguage, useT } from '../../i18n';
import type { BackupEntry } from '../../platform';
import { listEventSummaries, useLiveQuery } from '../../store';
import { restoreBackup, type RestoreMode } from '../../backup/restore';
import { formatBackupTime, useBackupList, useBackupPlace } from '../../backup/use-backups';
import { BackupList, groupBackups, type BackupGroup } from './BackupList';
import { BackupPlacePanel } from './BackupPlacePanel';
import '../../styles/backups.css';

/** #/backups: where the automatic backups are, and every one of them, to restore. */
export function BackupsScreen() {
  const t = useT();
  const { notify } = useNotices();
  const { place, set } = useBackupPlace();
  const { list, reload } = useBackupList();
  const summaries = useLiveQuery(() => listEventSummaries(), [], undefined);
  const [confirming, setConfirming] = useState<{ entry: BackupEntry; group: BackupGroup } | null>(null);
  const [busy, setBusy] = useState(false);

  const groups = useMemo(() => {
    const titles = new Map((summaries ?? []).map((s) => [s.event.id, s.event.title]));
    return list.state === 'ready' ? groupBackups(list.entries, titles) : [];
  }, [list, summaries]);

  const restore = async (entry: BackupEntry, mode: RestoreMode) => {
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
      } else if (outcome.status === 'failed' && outcome.code === 'backup-failed') {
        notify({ kind: 'error', text: t('backups.replaceNeedsBackup') });
      } else if (outcome.status !== 'cancelled') {
        const reason = outcome.status === 'invalid' ? outcome.messages.join(' ') : outcome.status === 'failed' ? outcome.message : '';
        notify({ kind: 'error', text: t('backups.restoreFailed', { reason }) });
      }
    } catch (error) {
      notify({ kind: 'error', text: t('backups.restoreFailed', { reason: describeError(error, t) }) });
    } finally {
      setBusy(false);
      reload();
    }
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
