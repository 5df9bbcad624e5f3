import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

export interface LiveResult<T> {
  value: T;
  /** The last failure of the query (e.g. the database could not be opened); null once it succeeds. */
  error: unknown;
  /** False until the first result (or error) arrives: lets the UI tell "loading" from "empty". */
  ready: boolean;
}

/**
 * Runs `querier` now and again after every write that touches what it read (in this window or
 * another one). Returns the unsubscribe function.
 */
export function subscribeLive<T>(
  querier: () => T | Promise<T>,
  onValue: (value: T) => void,
  onError: (error: unknown) => void = () => {},
): () => void {
  const subscription = liveQuery(querier).subscribe({ next: onValue, error: onError });
  return () => subscription.unsubscribe();
}

/**
 * Preact hook over Dexie's liveQuery. `querier` must only read through Dexie (no fetch, no
 * timers) so liveQuery can see what it depends on; `deps` restart the subscription, as in useEffect.
 */
export function useLiveQueryResult<T>(querier: () => T | Promise<T>, deps: readonly unknown[], initial: T): LiveResult<T> {
  const [state, setState] = useState<LiveResult<T>>({ value: initial, error: null, ready: false });
  useEffect(
    () =>
      subscribeLive(
        querier,
        (value) => setState({ value, error: null, ready: true }),
        (error) => setState((s) => ({ ...s, error, ready: true })),
      ),
    // The caller's deps decide when the query changes, as with useEffect.
    deps as unknown[],
  );
  return state;
}

/** The current result of a live query, `initial` until the first one arrives. */
export function useLiveQuery<T>(querier: () => T | Promise<T>, deps: readonly unknown[], initial: T): T {
  return useLiveQueryResult(querier, deps, initial).value;
}

/**
 * Preact hook over a store subscription (`subscribe(onValue, onError)` returning its unsubscribe), such
 * as subscribeNotes; `deps` restart it, as in useEffect.
 */
export function useSubscription<T>(
  subscribe: (onValue: (value: T) => void, onError: (error: unknown) => void) => () => void,
  deps: readonly unknown[],
  initial: T,
): LiveResult<T> {
  const [state, setState] = useState<LiveResult<T>>({ value: initial, error: null, ready: false });
  useEffect(
    () =>
      subscribe(
        (value) => setState({ value, error: null, ready: true }),
        (error) => setState((s) => ({ ...s, error, ready: true })),
      ),
    // The caller's deps decide when the subscription changes, as with useEffect.
    deps as unknown[],
  );
  return state;
}
