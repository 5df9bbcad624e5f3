import { useMemo, useState } from 'preact/hooks';
import { useNotices } from './Notices';
import { describeError } from '../app/errors';
import { navigate, routeHref } from '../app/router';
import { currentLanguage, useT } from '../i18n';
import type { BackupEntry } from '../platform';
import { restoreBackup } from '../backup/restore';
import { describePlace, formatBackupTime, useBackupList, useBackupPlace } from '../backup/use-backups';

/** Offered at once: the newest backup of each event, up to this many. */
const OFFERED = 6;

/**
 * Shown when the start found the database wiped or replaced (the marker kept outside it names
 * another one): the newest backup of each event, each restored with one click.
 */
export function LossNotice({ onDone }: { onDone: () => void }) {
  const t = useT();
  const { notify } = useNotices();
  const { list } = useBackupList();
  const { place } = useBackupPlace();
  const [restored, setRestored] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);

  const latest = useMemo(() => {
    if (list.state !== 'ready') return [];
    const seen = new Set<string>();
    return list.entries.filter((e) => !seen.has(e.eventId) && seen.add(e.eventId)).slice(0, OFFERED);
  }, [list]);

  const restore = async (entry: BackupEntry) => {
    setBusy(true);
    try {
      const outcome = await restoreBackup(entry, 'copy', { language: currentLanguage(), copySuffix: t('library.copySuffix') });
      if (outcome.status === 'imported') {
        setRestored((current) => new Set(current).add(entry.name));
        const eventId = outcome.eventId;
        notify({
          kind: 'info',
          text: t('backups.restored', { title: outcome.title }),
          action: { label: t('library.open'), run: () => navigate({ name: 'event', eventId }) },
        });
      } else if (outcome.status !== 'cancelled') {
        const reason = outcome.status === 'invalid' ? outcome.messages.join(' ') : outcome.status === 'failed' ? outcome.message : '';
        notify({ kind: 'error', text: t('backups.restoreFailed', { reason }) });
      }
    } catch (error) {
      notify({ kind: 'error', text: t('backups.restoreFailed', { reason: describeError(error, t) }) });
    } finally {
      setBusy(false);
    }
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
          <ul class="loss-offers">
            {latest.map((entry) => {
              const names = { title: entry.label, time: formatBackupTime(entry.takenAt) };
              return (
                <li key={entry.name}>
                  <span>{t('loss.latest', names)}</span>
                  <button
                    type="button"
                    class="button button-small button-primary"
                    disabled={busy || restored.has(entry.name)}
                    aria-label={t('loss.restoreLabel', names)}
                    onClick={() => void restore(entry)}
                  >
                    {t('loss.restore')}
                  </button>
                </li>
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
