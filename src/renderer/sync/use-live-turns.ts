import { useEffect, useState } from 'preact/hooks';
import type { Id } from '../../core/model/types';
import type { LiveTurn } from '../../core/sync/shared-timer';
import { subscribeLiveTurns } from './index';

const NONE: LiveTurn[] = [];

/** The turns the moderators of every copy of a synced event are running now (none while it is not in sync). */
export function useLiveTurns(eventId: Id): readonly LiveTurn[] {
  const [turns, setTurns] = useState<readonly LiveTurn[]>(NONE);
  useEffect(() => subscribeLiveTurns(eventId, (next) => setTurns(next.length === 0 ? NONE : next)), [eventId]);
  return turns;
}
