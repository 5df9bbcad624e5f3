import { useEffect, useState } from 'preact/hooks';
import { viewTimerState, type DeviceTarget, type RemoteCommand } from '../../../core/venue';
import { useT } from '../../i18n';
import { useTimerNow } from '../../moderation/use-timer-now';
import { useDeviceLink } from '../../venue/use-device-link';
import '../../styles/moderator.css';
import '../../styles/venue.css';
import { TimerFace } from '../moderator/TimerDisplay';
import { LinkBanner } from './LinkBanner';

/**
 * The remote control, sized for a phone: the running turn (as the stage shows it) and the
 * essential commands. The commands go to the moderator's copy, which decides; what the page
 * shows is what the moderator's copy sends back, never a guess of its own.
 */
export function DeviceRemote({ target }: { target: DeviceTarget }) {
  const t = useT();
  const { status, view, offsetMs, send } = useDeviceLink(target);
  const [problem, setProblem] = useState(false);
  const now = useTimerNow(view?.timer.phase === 'running');
  useEffect(() => {
    document.title = t('venue.control.title');
  }, [t]);

  const online = status === 'online';
  const phase = view?.timer.phase ?? 'idle';
  const live = phase === 'running' || phase === 'paused';
  const queued = view?.queued ?? 0;
  const toggleLabel = phase === 'running' ? 'pause' : phase === 'paused' ? 'resume' : 'start';
  const act = (command: RemoteCommand) => setProblem(!send(command));
  const state = view ? viewTimerState(view, now, offsetMs) : null;

  return (
    <main class="device-remote" data-testid="remote" data-link={status}>
      <h1 class="device-remote-title">
        {t('venue.control.heading')}
        {view && <span class="device-remote-mesa"> · {view.mesaName ?? t('venue.device.plenary')}</span>}
      </h1>
      <LinkBanner status={status} />
      {state && view ? (
        <div class={online ? '' : 'device-stale'}>
          <TimerFace
            state={state}
            idlePlannedMs={view.idlePlannedMs}
            speaker={view.speaker ?? (view.speaking ? null : t('moderator.stage.waiting'))}
            detail={t('venue.control.queued', { count: queued })}
            class="timer-remote"
          />
          {view.message && <p class="device-remote-message">{view.message}</p>}
        </div>
      ) : (
        status !== 'revoked' && <p class="empty">{online ? t('venue.device.waiting') : t('venue.device.connecting')}</p>
      )}
      <div class="device-remote-controls" role="group" aria-label={t('venue.control.group')}>
        <button
          type="button"
          class="button button-primary button-big device-remote-toggle"
          disabled={!online || !view || !(live || queued > 0)}
          onClick={() => act({ type: 'toggle' })}
        >
          {t(`venue.control.${toggleLabel}`)}
        </button>
        <button
          type="button"
          class="button button-big"
          aria-label={t('venue.control.minusLabel')}
          disabled={!online || !live}
          onClick={() => act({ type: 'adjust', deltaMs: -60_000 })}
        >
          {t('venue.control.minus')}
        </button>
        <button
          type="button"
          class="button button-big"
          aria-label={t('venue.control.plusLabel')}
          disabled={!online || !live}
          onClick={() => act({ type: 'adjust', deltaMs: 60_000 })}
        >
          {t('venue.control.plus')}
        </button>
        <button type="button" class="button button-big" disabled={!online || !view || queued === 0} onClick={() => act({ type: 'next' })}>
          {t('venue.control.next')}
        </button>
        <button type="button" class="button button-big" disabled={!online || !live} onClick={() => act({ type: 'finish' })}>
          {t('venue.control.finish')}
        </button>
      </div>
      {problem && (
        <p class="save-problem" role="alert">
          {t('venue.control.notSent')}
        </p>
      )}
    </main>
  );
}
