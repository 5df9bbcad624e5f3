import { useEffect, useState } from 'preact/hooks';
import { elapsedAt, formatElapsed, sessionState } from '../../../core/model/session-clock';
import type { SessionClock as Clock } from '../../../core/model/types';
import { useT } from '../../i18n';
import { pauseSession, startSession } from '../../store';

/**
 * The session clock with start / pause / resume. It ticks on its own (only this component
 * re-renders each second) and is deliberately not a live region: nobody wants it read aloud.
 */
export function SessionClock({ eventId, clock, onError }: { eventId: string; clock: Clock; onError: (e: unknown) => void }) {
  const t = useT();
  const state = sessionState(clock);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setNow(Date.now());
    if (state !== 'running') return;
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, [state, clock.runningSince]);

  const elapsed = elapsedAt(clock, now);
  return (
    <div class={`session-clock clock-${state}`} role="group" aria-label={t('capture.clock.label')}>
      <span class="clock-time" data-testid="session-clock">
        {elapsed === null ? '0:00:00' : formatElapsed(elapsed)}
      </span>
      <span class="clock-state">{t(`capture.clock.${state}`)}</span>
      {state === 'running' ? (
        <button type="button" class="button button-small" onClick={() => void pauseSession(eventId).catch(onError)}>
          {t('capture.clock.pause')}
        </button>
      ) : (
        <button type="button" class="button button-small button-primary" onClick={() => void startSession(eventId).catch(onError)}>
          {state === 'idle' ? t('capture.clock.start') : t('capture.clock.resume')}
        </button>
      )}
    </div>
  );
}
