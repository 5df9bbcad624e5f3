import { useEffect } from 'preact/hooks';
import type { Id, Turn } from '../../core/model/types';
import { stateAt } from '../../core/timer/state';
import { shareTimer } from './index';

/**
 * Shares the moderator's running turn with the other copies of a synced event as live state
 * (awareness: gone when this copy leaves, never stored): which mesa, which turn and speaker, and
 * the elapsed time at a given instant, so a reader can run the clock on its own.
 */
export function useShareRunningTurn(eventId: Id, mesaId: Id | null, current: Turn | null): void {
  const log = current?.timerLog;
  useEffect(() => {
    if (!current) return shareTimer(eventId, null);
    const at = Date.now();
    const state = stateAt(current.timerLog, at);
    shareTimer(eventId, {
      mesaId,
      turnId: current.id,
      speakerId: current.speakerId,
      running: state.phase === 'running',
      elapsedMs: state.elapsedMs,
      at,
    });
  }, [eventId, mesaId, current?.id, log]);
  useEffect(() => () => shareTimer(eventId, null), [eventId]);
}
