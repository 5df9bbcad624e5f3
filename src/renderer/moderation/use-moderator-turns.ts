import { useCallback, useMemo, useRef, useState } from 'preact/hooks';
import { turnsOfMesa } from '../../core/mesas';
import type { Id, Turn } from '../../core/model/types';
import { liveTurns, saveTurns, useLiveQueryResult } from '../store';
import { overlayTurns, settlePending } from './optimistic';

export interface ModeratorTurns {
  /** The moderated mesa's turns (the plenary's when mesaId is null). */
  turns: Turn[];
  /** Every turn of the event, e.g. to number a new turn after all others. */
  all: Turn[];
  ready: boolean;
  /** Writes the changed turns together; the screen shows them at once. Rejects with a StoreError. */
  save: (changed: readonly Turn[]) => Promise<void>;
}

/** The event's turns as the moderator of `mesaId` sees them: live from the store, plus writes still in flight. */
export function useModeratorTurns(eventId: Id, mesaId: Id | null): ModeratorTurns {
  const live = useLiveQueryResult(() => liveTurns(eventId), [eventId], [] as Turn[]);
  const pending = useRef(new Map<Id, Turn>());
  const [version, setVersion] = useState(0);

  const all = useMemo(() => {
    settlePending(live.value, pending.current);
    return overlayTurns(live.value, pending.current);
  }, [live.value, version]);
  const turns = useMemo(() => turnsOfMesa(all, mesaId), [all, mesaId]);

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
  return { turns, all, ready: live.ready, save };
}
