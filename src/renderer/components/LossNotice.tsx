import { useMemo, useState } from 'preact/hooks';
import { routeHref } from '../app/router';
import { useT } from '../i18n';
import type { BackupEntry } from '../platform';
import { describePlace, formatBackupTime, useBackupList, useBackupPlace } from '../backup/use-backups';
import { BackupRow } from './BackupRow';
import { useRestoreBackup } from './use-restore-backup';

/** Offered at once: the newest backup of each event, up to this many. */
const OFFERED = 6;

/**
 * Shown when the start found the database wiped or replaced (the marker kept outside it names
 * another one): the newest backup of each event, each restored with one click.
 */
export function LossNotice({ onDone }: { onDone: () => void }) {
  const t = useT();
  const { list } = useBackupList();
  const { place } = useBackupPlace();
  const [restored, setRestored] = useState<ReadonlySet<string>>(new Set());
  const { busy, restore: restoreOne } = useRestoreBackup();

  const latest = useMemo(() => {
    if (list.state !== 'ready') return [];
    const seen = new Set<string>();
    return list.entries.filter((e) => !seen.has(e.eventId) && seen.add(e.eventId)).slice(0, OFFERED);
  }, [list]);

  const restore = async (entry: BackupEntry) => {
    if (await restoreOne(entry, 'copy')) setRestored((current) => new Set(current).add(entry.name));
  };

  if (list.state === 'loading') return null;
  return (
    <section class="panel loss-notice" role="alert" aria-labelledby="loss-title" data-testid="loss-notice">
      <h2 id="loss-title">{t('loss.title')}</h2>
      {latest.length === 0 ? (
        <p>{t('loss.noBackups', { where: place ? describePlace(place, t) : '' })}</p>
      ) : (
        <>
          <p>{t('loss.body')}</p>
          <ul class="backup-rows">
            {latest.map((entry) => {
              const names = { title: entry.label, time: formatBackupTime(entry.takenAt) };
              return (
                <BackupRow
                  key={entry.name}
                  label={t('loss.latest', names)}
                  disabled={busy || restored.has(entry.name)}
                  actions={[
                    {
                      label: t('loss.restore'),
                      ariaLabel: t('loss.restoreLabel', names),
                      primary: true,
                      onClick: () => void restore(entry),
                    },
                  ]}
                />
              );
            })}
          </ul>
        </>
      )}
      <div class="toolbar">
        <a class="button" href={routeHref({ name: 'backups' })} onClick={onDone}>
          {t('loss.all')}
        </a>
        <button type="button" class="button" onClick={onDone}>
          {restored.size > 0 ? t('app.dismiss') : t('loss.dismiss')}
        </button>
      </div>
    </section>
  );
}
