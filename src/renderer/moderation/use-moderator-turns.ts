import { useCallback, useMemo, useRef, useState } from 'preact/hooks';
import type { Id, Turn } from '../../core/model/types';
import { liveTurns, saveTurns, useLiveQueryResult } from '../store';
import { overlayTurns, settlePending } from './optimistic';

export interface ModeratorTurns {
  turns: Turn[];
  ready: boolean;
  /** Writes the changed turns together; the screen shows them at once. Rejects with a StoreError. */
  save: (changed: readonly Turn[]) => Promise<void>;
}

/** The event's turns as the moderator sees them: live from the store, plus writes still in flight. */
export function useModeratorTurns(eventId: Id): ModeratorTurns {
  const live = useLiveQueryResult(() => liveTurns(eventId), [eventId], [] as Turn[]);
  const pending = useRef(new Map<Id, Turn>());
  const [version, setVersion] = useState(0);

  const turns = useMemo(() => {
    settlePending(live.value, pending.current);
    return overlayTurns(live.value, pending.current);
  }, [live.value, version]);

  const save = useCallback(
    async (changed: readonly Turn[]) => {
      if (changed.length === 0) return;
      for (const t of changed) pending.current.set(t.id, t);
      setVersion((v) => v + 1);
      try {
        await saveTurns(eventId, changed);
      } catch (error) {
        // Nothing was written: show the stored state again.
        for (const t of changed) pending.current.delete(t.id);
        setVersion((v) => v + 1);
        throw error;
      }
    },
    [eventId],
  );
  return { turns, ready: live.ready, save };
}
