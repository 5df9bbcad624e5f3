import { useState } from 'preact/hooks';
import { useNotices } from '../../components/Notices';
import { describeError } from '../../app/errors';
import { useT } from '../../i18n';
import { getPlatform, type BackupPlace } from '../../platform';
import { getBackupRunner } from '../../backup';
import { formatBackupTime, useBackupStatus } from '../../backup/use-backups';

interface Props {
  /** When the newest backup in the folder was taken, from an earlier session too. */
  newestAt: string | null;
  place: BackupPlace | null;
  onPlace: (place: BackupPlace) => void;
}

/** Where the backups are, how to change it, and how the last one went. */
export function BackupPlacePanel({ newestAt, place, onPlace }: Props) {
  const t = useT();
  const { notify } = useNotices();
  const status = useBackupStatus();
  const [busy, setBusy] = useState(false);
  const backups = getPlatform().backups;

  const act = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (error) {
      notify({ kind: 'error', text: describeError(error, t) });
    } finally {
      setBusy(false);
    }
  };

  const choose = () =>
    act(async () => {
      const chosen = await backups.chooseFolder(t('backups.chooseTitle'));
      if (chosen) onPlace(chosen);
    });
  const reset = () => act(async () => onPlace(await backups.resetFolder()));
  const allow = () => act(async () => onPlace(await backups.allowFolder()));
  const now = () =>
    act(async () => {
      const written = await getBackupRunner().backupAll();
      notify({ kind: 'info', text: t('backups.nowDone', { count: written.length }) });
    });

  const where = !place
    ? null
    : place.kind === 'browser-storage'
      ? t('backups.whereBrowser')
      : getPlatform().kind === 'web'
        ? t('backups.wherePicked', { path: place.path ?? '' })
        : place.isDefault
          ? t('backups.whereDiskDefault', { path: place.path ?? '' })
          : t('backups.whereDisk', { path: place.path ?? '' });

  return (
    <section class="panel backup-place" aria-labelledby="backup-where">
      <h2 id="backup-where">{t('backups.whereTitle')}</h2>
      <p data-testid="backup-place">{where ?? t('app.loading')}</p>
      {place?.needsPermission && (
        <p class="backup-warning" role="status">
          {t('backups.needsPermission', { path: place.path ?? '' })}{' '}
          <button type="button" class="button button-small" disabled={busy} onClick={() => void allow()}>
            {t('backups.allow')}
          </button>
        </p>
      )}
      <div class="toolbar">
        <button type="button" class="button button-primary" disabled={busy} onClick={() => void now()}>
          {t('backups.now')}
        </button>
        {place?.canChoose && (
          <button type="button" class="button" disabled={busy} onClick={() => void choose()}>
            {place.kind === 'browser-storage' ? t('backups.chooseFirst') : t('backups.choose')}
          </button>
        )}
        {place && !place.isDefault && (
          <button type="button" class="button" disabled={busy} onClick={() => void reset()}>
            {getPlatform().kind === 'web' ? t('backups.useBrowser') : t('backups.useDefault')}
          </button>
        )}
      </div>
      <p class="backup-status" role="status" data-testid="backup-status">
        {status.lastError
          ? t('backups.failed', { reason: describeError(new Error(status.lastError), t) })
          : (status.lastAt ?? newestAt)
            ? t('backups.last', { time: formatBackupTime((status.lastAt ?? newestAt)!) })
            : t('backups.noneYet')}
      </p>
    </section>
  );
}
