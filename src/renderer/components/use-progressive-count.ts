import { useEffect, useState } from 'preact/hooks';

/** Longest wait for an idle moment before the next step renders anyway (a busy page still completes its list). */
const IDLE_TIMEOUT_MS = 250;

/** Runs `run` in the next idle moment (at most IDLE_TIMEOUT_MS away); returns its cancel. */
export const whenIdle: (run: () => void) => () => void =
  typeof requestIdleCallback === 'function'
    ? (run) => {
        const id = requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
        return () => cancelIdleCallback(id);
      }
    : (run) => {
        const id = setTimeout(run, 16);
        return () => clearTimeout(id);
      };

/**
 * How many items of a long list to render. A new list (another `listKey`) starts with `first` items, which
 * its first frame shows at once; then `step` more in each idle moment, until `total`. The rest of a long
 * list thus never lands in one long task right after that frame, where it would hold up the next key
 * press or click. `complete` renders everything now (e.g. to reach an item further down).
 */
export function useProgressiveCount(total: number, listKey: unknown, first: number, step: number): [count: number, complete: () => void] {
  const [progress, setProgress] = useState(() => ({ key: listKey, count: first }));
  const count = Math.min(total, progress.key === listKey ? progress.count : first);
  useEffect(() => {
    if (count >= total) return;
    return whenIdle(() => setProgress({ key: listKey, count: count + step }));
  }, [listKey, count, total, step]);
  return [count, () => setProgress({ key: listKey, count: Number.POSITIVE_INFINITY })];
}
