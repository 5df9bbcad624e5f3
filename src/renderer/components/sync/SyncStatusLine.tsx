import { useT } from '../../i18n';
import type { SessionStatus } from '../../sync';

/** One line, announced politely: connected with n people, connecting, or offline (work goes on). */
export function SyncStatusLine({ status }: { status: SessionStatus }) {
  const t = useT();
  const text = !status.hasEvent
    ? t('sync.status.waiting')
    : status.connection === 'connected'
      ? t('sync.status.connected', { count: status.people })
      : status.connection === 'offline'
        ? t('sync.status.offline')
        : t('sync.status.connecting');
  return (
    <p class={`sync-status sync-${status.connection}`} role="status" data-testid="sync-status">
      {text}
    </p>
  );
}
