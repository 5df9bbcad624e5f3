import { useEffect, useState } from 'preact/hooks';
import type { Id } from '../../../core/model/types';
import { subscribeSyncStatus, syncEntry, type SessionStatus } from '../../sync';

type Entry = Awaited<ReturnType<typeof syncEntry>>;

/** The event's sync settings (null: not in sync) and its session's live status, for the panel and the status line. */
export function useSyncStatus(eventId: Id): { entry: Entry | undefined; status: SessionStatus | null; reload: () => void } {
  const [entry, setEntry] = useState<Entry | undefined>(undefined);
  const [status, setStatus] = useState<SessionStatus | null>(null);
  const [round, setRound] = useState(0);
  useEffect(() => {
    let alive = true;
    void syncEntry(eventId).then((e) => alive && setEntry(e));
    const stop = subscribeSyncStatus(eventId, (s) => {
      if (!alive) return;
      setStatus(s);
      void syncEntry(eventId).then((e) => alive && setEntry(e));
    });
    return () => {
      alive = false;
      stop();
    };
  }, [eventId, round]);
  return { entry, status, reload: () => setRound((n) => n + 1) };
}

/** Whether the event is in live sync in this window. */
export function useInSync(eventId: Id): boolean {
  const [inSync, setInSync] = useState(false);
  useEffect(() => subscribeSyncStatus(eventId, (s) => setInSync(s !== null)), [eventId]);
  return inSync;
}
