import { formatTimer } from '../../../core/timer/format';
import type { TimerState } from '../../../core/timer/state';
import { timerCue } from '../../moderation/cue';
import { useT } from '../../i18n';
import '../../styles/timer-colours.css';

interface Props {
  state: TimerState;
  /** Planned time of a turn that has not started yet, previewed while idle. */
  idlePlannedMs: number | null;
  speaker: string | null;
  /** Who is next, when nobody is speaking. */
  detail?: string | null;
  class?: string;
}

/**
 * The big timer. Its state shows as colour, as an icon shape and as words, so none of them is
 * needed alone; the digits are not a live region (they would be read every second), the
 * threshold announcements are made separately.
 */
export function TimerFace({ state, idlePlannedMs, speaker, detail, class: extra }: Props) {
  const t = useT();
  const cue = timerCue(state);
  const display = state.phase === 'idle' ? 'idle' : state.display;
  return (
    <div
      class={`timer-face timer-${display} timer-phase-${state.phase} ${extra ?? ''}`}
      data-testid="timer-face"
      data-display={display}
      data-phase={state.phase}
    >
      <p class="timer-speaker" data-testid="timer-speaker">
        {speaker ?? t('moderator.timer.noSpeaker')}
      </p>
      <p class="timer-digits" data-testid="timer-digits" role="timer">
        {formatTimer(state, idlePlannedMs)}
      </p>
      <p class="timer-cue" data-testid="timer-cue">
        <span class="timer-icon" aria-hidden="true">
          {cue.icon}
        </span>{' '}
        {t(cue.key, cue.values)}
      </p>
      {detail && <p class="timer-detail">{detail}</p>}
    </div>
  );
}
