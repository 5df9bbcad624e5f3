import { useEffect, useState } from 'preact/hooks';
import type { Id } from '../../../core/model/types';
import { describeError } from '../../app/errors';
import { useT } from '../../i18n';
import { canHost, hostEvent, leaveSync } from '../../sync';
import { QrCode } from './QrCode';
import { SyncStatusLine } from './SyncStatusLine';
import { useSyncStatus } from './use-sync-status';
import '../../styles/sync.css';

/**
 * "Trabajo en equipo" on the event's overview: turn hosting on (the join link, its QR code, this
 * machine's addresses, a copy button) and off, or leave the sync this copy joined; the status line.
 */
export function SyncPanel({ eventId }: { eventId: Id }) {
  const t = useT();
  const { entry, status, reload } = useSyncStatus(eventId);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [hostable, setHostable] = useState<boolean | null>(null);
  useEffect(() => {
    let alive = true;
    void canHost().then((yes) => alive && setHostable(yes));
    return () => {
      alive = false;
    };
  }, []);

  const act = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setProblem(null);
    try {
      await work();
    } catch (error) {
      setProblem(t('sync.failed', { reason: describeError(error, t) }));
    } finally {
      setBusy(false);
      reload();
    }
  };
  const copy = async (link: string) => {
    await navigator.clipboard.writeText(link);
    setCopied(true);
  };

  if (entry === undefined) return null;
  return (
    <section class="panel sync-panel" aria-labelledby="sync-title" data-testid="sync-panel">
      <h2 id="sync-title">{t('sync.title')}</h2>
      {entry === null ? (
        <>
          <p class="hint">{t('sync.intro')}</p>
          {hostable === null ? null : hostable ? (
            <button type="button" class="button button-primary" disabled={busy} onClick={() => void act(() => hostEvent(eventId))}>
              {t('sync.host')}
            </button>
          ) : (
            <p class="hint">{t('sync.cannotHost')}</p>
          )}
        </>
      ) : (
        <>
          {status && <SyncStatusLine status={status} />}
          {entry.hosting ? (
            <div class="sync-share">
              <div class="sync-link">
                <p>{t('sync.hosting')}</p>
                <label for="sync-link-field">{t('sync.link')}</label>
                <div class="sync-link-row">
                  <input id="sync-link-field" type="text" readOnly value={entry.link} onFocus={(e) => e.currentTarget.select()} />
                  <button type="button" class="button" onClick={() => void copy(entry.link).catch(() => setCopied(false))}>
                    {t('sync.copy')}
                  </button>
                </div>
                <p role="status" class="hint">
                  {copied ? t('sync.copied') : ''}
                </p>
                <p class="hint">
                  {entry.addresses.length > 0 ? t('sync.addresses', { list: entry.addresses.join(', ') }) : t('sync.noAddresses')}
                </p>
                <button type="button" class="button" disabled={busy} onClick={() => void act(() => leaveSync(eventId))}>
                  {t('sync.stop')}
                </button>
              </div>
              <QrCode text={entry.link} label={t('sync.qr')} />
            </div>
          ) : (
            <>
              <p class="hint">{t('sync.joined')}</p>
              <button type="button" class="button" disabled={busy} onClick={() => void act(() => leaveSync(eventId))}>
                {t('sync.leave')}
              </button>
            </>
          )}
        </>
      )}
      {problem && (
        <p class="save-problem" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
