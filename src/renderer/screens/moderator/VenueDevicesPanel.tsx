import { useEffect, useState } from 'preact/hooks';
import type { DeviceKind } from '../../../core/venue';
import { describeError } from '../../app/errors';
import { QrCode } from '../../components/sync/QrCode';
import { useT } from '../../i18n';
import { canHost, hostEvent } from '../../sync';
import type { VenueDevices } from '../../venue/use-venue-devices';
import '../../styles/sync.css';
import '../../styles/venue.css';

const KINDS: readonly DeviceKind[] = ['stage', 'remote'];

/**
 * "Otros dispositivos de la sala": a link and QR code for the stage display on another device,
 * and one for the remote control, each for this mesa; how many devices use each, and revoking.
 */
export function VenueDevicesPanel({ eventId, devices }: { eventId: string; devices: VenueDevices }) {
  const t = useT();
  const [hostable, setHostable] = useState<boolean | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [said, setSaid] = useState('');
  const unavailable = devices.state.status === 'unavailable';
  useEffect(() => {
    let alive = true;
    if (unavailable) void canHost().then((yes) => alive && setHostable(yes));
    return () => {
      alive = false;
    };
  }, [unavailable]);

  const act = async (work: () => Promise<unknown>, done?: string) => {
    setBusy(true);
    setProblem(null);
    try {
      await work();
      if (done) setSaid(done);
    } catch (error) {
      setProblem(t('venue.hostFailed', { reason: describeError(error, t) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="venue-devices" aria-labelledby="venue-devices-title" data-testid="venue-devices">
      <h3 id="venue-devices-title">{t('venue.heading')}</h3>
      <p class="hint">{t('venue.intro')}</p>
      {unavailable ? (
        <>
          <p>{t('venue.needsSync')}</p>
          {hostable === null ? null : hostable ? (
            <button type="button" class="button" disabled={busy} onClick={() => void act(() => hostEvent(eventId))}>
              {t('venue.host')}
            </button>
          ) : (
            <p class="hint">{t('venue.cannotHost')}</p>
          )}
        </>
      ) : (
        <>
          {devices.state.status !== 'online' && <p class="hint">{t('venue.offline')}</p>}
          {KINDS.map((kind) => {
            const found = devices.grants.find((g) => g.grant.kind === kind);
            const titleId = `venue-${kind}-title`;
            return (
              <div class="venue-device" key={kind} data-testid={`venue-${kind}`} role="group" aria-labelledby={titleId}>
                <div class="venue-device-link">
                  <h4 id={titleId}>{t(`venue.${kind}.title`)}</h4>
                  {!found ? (
                    <>
                      <p class="hint">{t(`venue.${kind}.hint`)}</p>
                      <button type="button" class="button" disabled={busy} onClick={() => void act(() => devices.grant(kind))}>
                        {t(`venue.${kind}.create`)}
                      </button>
                    </>
                  ) : (
                    <>
                      <label for={`venue-${kind}-link`}>{t(`venue.${kind}.link`)}</label>
                      <div class="sync-link-row">
                        <input
                          id={`venue-${kind}-link`}
                          type="text"
                          readOnly
                          value={found.link ?? ''}
                          onFocus={(e) => e.currentTarget.select()}
                        />
                        <button
                          type="button"
                          class="button button-small"
                          disabled={!found.link}
                          onClick={() =>
                            void navigator.clipboard.writeText(found.link ?? '').then(
                              () => setSaid(t('venue.copied')),
                              () => undefined,
                            )
                          }
                        >
                          {t('venue.copy')}
                        </button>
                      </div>
                      <p class="venue-connected" data-testid={`venue-${kind}-connected`}>
                        {found.connected > 0 ? t('venue.connected', { count: found.connected }) : t('venue.noneConnected')}
                      </p>
                      <button
                        type="button"
                        class="button button-small"
                        disabled={busy}
                        onClick={() => void act(() => devices.revoke(found.grant.code), t(`venue.${kind}.revoked`))}
                      >
                        {t(`venue.${kind}.revoke`)}
                      </button>
                    </>
                  )}
                </div>
                {found?.link && <QrCode text={found.link} label={t(`venue.${kind}.qr`)} />}
              </div>
            );
          })}
        </>
      )}
      <p role="status" class="hint">
        {said}
      </p>
      {problem && (
        <p class="save-problem" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
