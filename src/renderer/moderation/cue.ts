import type { TimerState } from '../../core/timer/state';
import type { MessageKey } from '../i18n';
import { formatCountup } from '../../core/timer/format';

/**
 * What the timer says besides its colour, so no state relies on colour alone: an icon (shape)
 * and a short phrase, as an i18n key with its values.
 */
export interface TimerCue {
  icon: string;
  key: MessageKey;
  values: Record<string, string | number>;
}

export function timerCue(state: TimerState): TimerCue {
  if (state.phase === 'idle') return { icon: '○', key: 'moderator.cue.idle', values: {} };
  if (state.phase === 'finished') return { icon: '■', key: 'moderator.cue.finished', values: {} };
  const paused = state.phase === 'paused';
  const suffix = paused ? 'Paused' : '';
  switch (state.display) {
    case 'countup':
      return { icon: paused ? '❚❚' : '↑', key: `moderator.cue.countup${suffix}`, values: {} };
    case 'overtime':
      return { icon: '✖', key: `moderator.cue.overtime${suffix}`, values: { time: formatCountup(state.overtimeMs) } };
    case 'final':
      return {
        icon: '▲',
        key: `moderator.cue.final${suffix}`,
        values: { seconds: Math.max(0, Math.ceil((state.remainingMs ?? 0) / 1000)) },
      };
    case 'warning':
      return { icon: '△', key: `moderator.cue.warning${suffix}`, values: {} };
    case 'normal':
      return { icon: paused ? '❚❚' : '●', key: `moderator.cue.normal${suffix}`, values: {} };
  }
}
