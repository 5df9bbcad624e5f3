import { useEffect, useState } from 'preact/hooks';
import { useT } from '../i18n';
import { routeHref } from '../app/router';
import { requestPersistence } from '../store';
import { describePlace, useBackupPlace } from '../backup/use-backups';
import { AuthorName } from './AuthorName';
import '../styles/mesas.css';

type Persistence = 'pending' | 'granted' | 'denied' | 'unsupported';

/**
 * The header's quiet "Your data" disclosure: whether the browser promised to keep the database
 * (asked once at start), said in plain words, and where the backups are, with a way to them.
 */
export function StorageInfo() {
  const t = useT();
  const [persistence, setPersistence] = useState<Persistence>('pending');
  const { place } = useBackupPlace();
  useEffect(() => {
    void requestPersistence().then(setPersistence, () => setPersistence('unsupported'));
  }, []);

  const explanation =
    persistence === 'pending'
      ? t('storage.pending')
      : persistence === 'granted'
        ? t('storage.persisted')
        : persistence === 'denied'
          ? t('storage.notPersisted')
          : t('storage.unknown');

  return (
    <details class="storage-info" data-testid="storage-status" data-persistence={persistence}>
      <summary>{t('storage.summary')}</summary>
      <div class="storage-panel">
        <p>{explanation}</p>
        {place && <p data-testid="storage-backups">{t('storage.backupsAt', { where: describePlace(place, t) })}</p>}
        <a href={routeHref({ name: 'backups' })}>{t('storage.manage')}</a>
        <AuthorName />
      </div>
    </details>
  );
}
