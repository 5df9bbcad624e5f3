/**
 * A "now" for the UI that is wall-clock epoch ms (comparable with what the log stores, and across
 * reloads) but advances with the monotonic clock, so within one page load it cannot jump when the
 * system clock is corrected. Re-created on every load: that is where the anchor is re-taken.
 */
export type NowSource = () => number;

export function anchoredNow(
  wallNow: () => number = () => Date.now(),
  monotonicNow: () => number = () => globalThis.performance.now(),
): NowSource {
  const wallAnchor = wallNow();
  const monoAnchor = monotonicNow();
  // Whole milliseconds keep the fold's arithmetic exact.
  return () => wallAnchor + Math.round(monotonicNow() - monoAnchor);
}
