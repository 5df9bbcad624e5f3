import type { TimerPhase } from '../../../core/timer/events';
import type { KeyCommand } from '../../moderation/keys';
import { useT } from '../../i18n';

export type ControlCommand = KeyCommand | { type: 'finish' } | { type: 'reset' };

interface Props {
  /** Phase of the turn being spoken; null when nobody has the floor. */
  phase: TimerPhase | null;
  queued: number;
  onCommand: (command: ControlCommand) => void;
}

const ADJUSTS = [
  { deltaMs: -60_000, key: 'minus60' },
  { deltaMs: -30_000, key: 'minus30' },
  { deltaMs: 30_000, key: 'plus30' },
  { deltaMs: 60_000, key: 'plus60' },
] as const;

export function TimerControls({ phase, queued, onCommand }: Props) {
  const t = useT();
  const live = phase === 'running' || phase === 'paused';
  const toggleLabel = phase === 'running' ? 'pause' : phase === 'paused' ? 'resume' : 'start';
  const canToggle = live || queued > 0;
  return (
    <div class="timer-controls" role="group" aria-label={t('moderator.controls.group')}>
      <div class="toolbar">
        <button
          type="button"
          class="button button-primary button-big"
          disabled={!canToggle}
          aria-keyshortcuts="Space"
          onClick={() => onCommand({ type: 'toggle' })}
        >
          {t(`moderator.controls.${toggleLabel}`)}
        </button>
        <button
          type="button"
          class="button button-big"
          disabled={queued === 0}
          aria-keyshortcuts="N"
          onClick={() => onCommand({ type: 'next' })}
        >
          {t('moderator.controls.next')}
        </button>
        <button type="button" class="button" disabled={!live} onClick={() => onCommand({ type: 'finish' })}>
          {t('moderator.controls.finish')}
        </button>
        <button type="button" class="button" disabled={!live} onClick={() => onCommand({ type: 'reset' })}>
          {t('moderator.controls.reset')}
        </button>
      </div>
      <div class="toolbar" role="group" aria-label={t('moderator.controls.adjustGroup')}>
        {ADJUSTS.map((a) => (
          <button
            key={a.key}
            type="button"
            class="button"
            disabled={!live}
            aria-keyshortcuts={a.deltaMs > 0 ? (a.deltaMs > 30_000 ? 'Shift++' : '+') : a.deltaMs < -30_000 ? 'Shift+-' : '-'}
            onClick={() => onCommand({ type: 'adjust', deltaMs: a.deltaMs })}
          >
            {t(`moderator.controls.${a.key}`)}
          </button>
        ))}
      </div>
      {!live && queued === 0 && <p class="empty">{t('moderator.controls.nothingQueued')}</p>}
      <p class="hint">{t('moderator.controls.keys')}</p>
    </div>
  );
}
