import { useState } from 'preact/hooks';
import { useNotices } from './Notices';
import { describeError } from '../app/errors';
import { exportEventFile } from '../app/event-files';
import { useT } from '../i18n';
import { useBackupPlace } from '../backup/use-backups';

/**
 * Where the backups can only go to the browser's own storage (no folder picked, or none can be),
 * they go with the site's data: the event's screen reminds the rapporteur to save its file at the
 * end of a session, with the button to do it.
 */
export function SaveFileReminder({ eventId }: { eventId: string }) {
  const t = useT();
  const { notify } = useNotices();
  const { place } = useBackupPlace();
  const [saving, setSaving] = useState(false);
  if (place?.kind !== 'browser-storage') return null;
  const save = async () => {
    setSaving(true);
    try {
      if (await exportEventFile(eventId)) notify({ kind: 'info', text: t('library.exported') });
    } catch (error) {
      notify({ kind: 'error', text: describeError(error, t) });
    } finally {
      setSaving(false);
    }
  };
  return (
    <p class="save-reminder" data-testid="save-reminder">
      {t('backups.reminder')}{' '}
      <button type="button" class="button button-small" disabled={saving} onClick={() => void save()}>
        {t('backups.reminderSave')}
      </button>
    </p>
  );
}
