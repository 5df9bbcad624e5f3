/*
 * The arithmetic of VirtualList, apart from the DOM so it can be tested on its own: where each item
 * sits, which items a scroll position shows, how far to scroll when an item above the view changes
 * height, and the least scroll that shows an item whole.
 */

/** Offsets of each item's top, from measured heights (the estimate for an item never measured); one more entry holds the total height. */
export function itemOffsets(keys: readonly string[], heights: ReadonlyMap<string, number>, estimate: number): Float64Array {
  const out = new Float64Array(keys.length + 1);
  for (let i = 0; i < keys.length; i++) out[i + 1] = out[i]! + (heights.get(keys[i]!) ?? estimate);
  return out;
}

/** First index whose offset is greater than `y` (offsets ascending). */
export function upperBound(offsets: Float64Array, y: number): number {
  let lo = 0;
  let hi = offsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid]! <= y) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The items to render, `[first, last)`, for a view `viewport` pixels tall scrolled to `top`, with
 * `overscan` pixels rendered beyond each edge.
 */
export function visibleRange(offsets: Float64Array, top: number, viewport: number, overscan: number): [number, number] {
  const count = offsets.length - 1;
  const first = Math.max(0, upperBound(offsets, top - overscan) - 1);
  const last = Math.min(count, upperBound(offsets, top + viewport + overscan));
  return [first, last];
}

/**
 * How far to move the scroll position when an item whose top is at `itemTop` changes from `oldHeight`
 * to `newHeight`: by the change when the item lies wholly above the view (so what the reader is
 * looking at stays put), otherwise not at all.
 */
export function shiftAbove(itemTop: number, oldHeight: number, newHeight: number, scrollTop: number): number {
  return itemTop + oldHeight <= scrollTop ? newHeight - oldHeight : 0;
}

/**
 * The least scroll that shows an item whole (its box in the same coordinates as the view's edges),
 * or that brings its top to the view's top when it is taller than the view; 0 when it is in view.
 */
export function revealDelta(item: { top: number; bottom: number }, view: { top: number; bottom: number }): number {
  let delta = Math.max(0, item.bottom - view.bottom);
  if (item.top - delta < view.top) delta = item.top - view.top;
  return Math.abs(delta) < 1 ? 0 : delta;
}
