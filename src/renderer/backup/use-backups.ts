import { useCallback, useEffect, useState } from 'preact/hooks';
import { dateTimeFormat, numberFormat } from '../../core/i18n/locales';
import { currentLanguage, type TFunction } from '../i18n';
import { getPlatform, type BackupEntry, type BackupPlace } from '../platform';
import { getBackupRunner, type BackupStatus } from './index';

/** Where the backups go now; `refresh` after the user changes it. */
export function useBackupPlace(): { place: BackupPlace | null; refresh: () => void; set: (place: BackupPlace) => void } {
  const [place, setPlace] = useState<BackupPlace | null>(null);
  const refresh = useCallback(() => {
    getPlatform()
      .backups.place()
      .then(setPlace, () => setPlace(null));
  }, []);
  useEffect(refresh, [refresh]);
  return { place, refresh, set: setPlace };
}

/** The automatic backups' last result, kept current. */
export function useBackupStatus(): BackupStatus {
  const runner = getBackupRunner();
  const [status, setStatus] = useState(runner.status());
  useEffect(() => runner.subscribe(setStatus), [runner]);
  return status;
}

export type BackupList = { state: 'loading' } | { state: 'ready'; entries: BackupEntry[] } | { state: 'failed'; error: unknown };

/** The snapshots in the backups' place, read again after every backup this window writes and on `reload`. */
export function useBackupList(): { list: BackupList; reload: () => void } {
  const [list, setList] = useState<BackupList>({ state: 'loading' });
  const reload = useCallback(() => {
    getPlatform()
      .backups.list()
      .then(
        (entries) => setList({ state: 'ready', entries }),
        (error: unknown) => setList({ state: 'failed', error }),
      );
  }, []);
  const status = useBackupStatus();
  useEffect(reload, [reload, status.lastAt]);
  return { list, reload };
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** When a backup was taken, in the viewer's time zone, to the second ("2 dic 2026, 10:04:12"). */
export function formatBackupTime(iso: string): string {
  const language = currentLanguage();
  let f = formatters.get(language);
  if (!f) {
    f = dateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'medium' });
    formatters.set(language, f);
  }
  return f.format(new Date(iso));
}

/** A file size people read ("12 KB", "3,4 MB"). */
export function formatSize(bytes: number): string {
  const language = currentLanguage();
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  return `${numberFormat(language, { maximumFractionDigits: digits }).format(value)} ${units[unit]}`;
}

/** Where the backups are, in words ("en la carpeta …", "en el almacenamiento del navegador"). */
export function describePlace(place: BackupPlace, t: TFunction): string {
  if (place.kind === 'browser-storage') return t('storage.browserStorage');
  return place.path ?? '';
}
