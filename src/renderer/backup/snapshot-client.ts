import type { SnapshotRequest, SnapshotResult } from './snapshot';
import type { SnapshotReply } from './snapshot.worker';

/**
 * Takes snapshots in a worker kept for the session. Where no worker can start, they are taken on
 * the page, one event at a time with a pause between them.
 */
export function createSnapshotClient(): (request: SnapshotRequest) => Promise<SnapshotResult[]> {
  let worker: Worker | null | undefined;
  let nextId = 1;
  const waiting = new Map<number, { resolve: (r: SnapshotResult[]) => void; reject: (e: Error) => void }>();

  const onPage = async (request: SnapshotRequest) => {
    const { buildSnapshots } = await import('./snapshot');
    return buildSnapshots(request, () => new Promise((resolve) => setTimeout(resolve, 0)));
  };

  const start = (): Worker | null => {
    try {
      const created = new Worker(new URL('./snapshot.worker.ts', import.meta.url), { type: 'module' });
      created.onmessage = (e: MessageEvent<SnapshotReply>) => {
        const job = waiting.get(e.data.id);
        waiting.delete(e.data.id);
        if (!job) return;
        if (e.data.ok) job.resolve(e.data.results);
        else job.reject(new Error(e.data.message));
      };
      created.onerror = (e) => {
        e.preventDefault();
        // The worker could not load (or died): what it was doing is redone on the page, and so is what follows.
        worker = null;
        created.terminate();
        const pending = [...waiting.values()];
        waiting.clear();
        for (const job of pending) job.reject(new Error(e.message || 'the backup worker stopped'));
      };
      return created;
    } catch {
      return null;
    }
  };

  return (request) => {
    if (worker === undefined) worker = start();
    const current = worker;
    if (!current) return onPage(request);
    const id = nextId++;
    return new Promise<SnapshotResult[]>((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      current.postMessage({ id, request });
    }).catch((error: unknown) => (worker === null ? onPage(request) : Promise.reject(error)));
  };
}
