import { useEffect } from 'preact/hooks';
import type { Id, Turn } from '../../core/model/types';
import { pageNow } from '../moderation/use-timer-now';
import { shareTimer } from './index';

/** How often a running turn is shared again with a fresh instant: a copy whose clock disagrees with this one's learns it from that. */
const REFRESH_MS = 5_000;

/**
 * Shares the moderator's running turn with the other copies of a synced event as live state
 * (awareness: gone when this copy leaves, never stored): which mesa, which turn and speaker, its
 * timer log and this page's clock at the moment of sharing, so a reader runs the clock on its own,
 * right even when its computer's clock is not this one's.
 */
export function useShareRunningTurn(eventId: Id, mesaId: Id | null, current: Turn | null): void {
  const log = current?.timerLog;
  useEffect(() => {
    if (!current) return shareTimer(eventId, null);
    const share = () =>
      shareTimer(eventId, { mesaId, turnId: current.id, speakerId: current.speakerId, log: current.timerLog, at: pageNow() });
    share();
    const refresh = setInterval(share, REFRESH_MS);
    return () => clearInterval(refresh);
  }, [eventId, mesaId, current?.id, current?.speakerId, log]);
  useEffect(() => () => shareTimer(eventId, null), [eventId]);
}
