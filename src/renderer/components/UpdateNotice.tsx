import { useEffect, useState } from 'preact/hooks';
import { useT } from '../i18n';
import { appUpdates, subscribeToUpdates, type UpdateState } from '../platform/app-updates';

/**
 * "Nueva versión disponible — Actualizar": a quiet line while a new version of the web app waits.
 * Nothing happens until the user chooses; "Ahora no" hides it for this session.
 */
export function UpdateNotice() {
  const t = useT();
  const [state, setState] = useState<UpdateState>(() => appUpdates().state());
  const [dismissed, setDismissed] = useState(false);
  useEffect(() => subscribeToUpdates(() => setState(appUpdates().state())), []);

  if (state === 'none' || dismissed) return null;
  return (
    <div class="update-notice" role="status" data-testid="update-notice">
      <span>{t('updates.available')}</span>
      <button type="button" class="button button-small" title={t('updates.applyHint')} onClick={() => appUpdates().apply()}>
        {t('updates.apply')}
      </button>
      <button type="button" class="button button-small" onClick={() => setDismissed(true)}>
        {t('updates.later')}
      </button>
    </div>
  );
}
