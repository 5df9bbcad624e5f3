import { useEffect } from 'preact/hooks';
import { viewTimerState, type DeviceTarget } from '../../../core/venue';
import { useT } from '../../i18n';
import { useTimerNow } from '../../moderation/use-timer-now';
import { useDeviceLink } from '../../venue/use-device-link';
import '../../styles/moderator.css';
import '../../styles/venue.css';
import { TimerFace } from '../moderator/TimerDisplay';
import { LinkBanner } from './LinkBanner';

/**
 * The stage display on another device of the venue network: the same face as the moderator's
 * stage window, fed by the moderator's view through the relay (nothing else of the event), with
 * the running span moved onto this device's clock by the estimated offset. While the link is
 * down a banner says so and the digits are dimmed.
 */
export function DeviceStage({ target }: { target: DeviceTarget }) {
  const t = useT();
  const { status, view, offsetMs } = useDeviceLink(target);
  const running = view?.timer.phase === 'running';
  const now = useTimerNow(running);
  const mesaName = view?.mesaName ?? null;
  useEffect(() => {
    document.title = mesaName === null ? t('moderator.stage.title') : t('moderator.stage.titleMesa', { name: mesaName });
  }, [mesaName, t]);
  useEffect(() => {
    document.documentElement.classList.add('stage-root');
    return () => document.documentElement.classList.remove('stage-root');
  }, []);

  const online = status === 'online';
  if (!view) {
    return (
      <main class="stage stage-idle device-stage" data-testid="stage" data-link={status}>
        <LinkBanner status={status} />
        {status !== 'revoked' && <p class="stage-notice">{online ? t('venue.device.waiting') : t('venue.device.connecting')}</p>}
      </main>
    );
  }
  const state = viewTimerState(view, now, offsetMs);
  return (
    <main
      class={`stage stage-${state.phase === 'idle' ? 'idle' : state.display} device-stage${online ? '' : ' device-stale'}`}
      data-testid="stage"
      data-link={status}
    >
      <LinkBanner status={status} />
      {view.mesaName !== null && (
        <p class="stage-mesa" data-testid="stage-mesa">
          {view.mesaName}
        </p>
      )}
      <TimerFace
        state={state}
        idlePlannedMs={view.idlePlannedMs}
        speaker={view.speaker ?? (view.speaking ? null : t('moderator.stage.waiting'))}
        class="timer-stage"
      />
      {view.message && (
        <p class="stage-message" data-testid="stage-message" role="status">
          {view.message}
        </p>
      )}
    </main>
  );
}
