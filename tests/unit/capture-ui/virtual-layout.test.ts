import { describe, expect, it } from 'vitest';
import { itemOffsets, revealDelta, shiftAbove, upperBound, visibleRange } from '../../../src/renderer/screens/capture/virtual-layout';

// VirtualList's arithmetic (the timeline of the capture view); the DOM side is exercised by the
// capture and layout end-to-end tests.

const keys = (n: number) => Array.from({ length: n }, (_, i) => `n${i}`);

/** A small deterministic generator, so the property checks below are reproducible. */
function lcg(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

describe('virtual list layout', () => {
  it('places items by their measured heights and the estimate for the others', () => {
    const offsets = itemOffsets(keys(4), new Map([['n1', 200]]), 84);
    expect([...offsets]).toEqual([0, 84, 284, 368, 452]);
  });

  it('finds the first offset beyond a position', () => {
    const offsets = itemOffsets(keys(3), new Map(), 100); // 0, 100, 200, 300
    expect(upperBound(offsets, -5)).toBe(0);
    expect(upperBound(offsets, 0)).toBe(1);
    expect(upperBound(offsets, 150)).toBe(2);
    expect(upperBound(offsets, 300)).toBe(3);
    expect(upperBound(offsets, 1e9)).toBe(3);
  });

  it('renders a window of a 10,000-note list, not the list', () => {
    const offsets = itemOffsets(keys(10_000), new Map(), 84);
    const [first, last] = visibleRange(offsets, 420_000, 600, 600);
    expect(last - first).toBeLessThanOrEqual(Math.ceil((600 + 2 * 600) / 84) + 2);
    expect(offsets[first]).toBeLessThanOrEqual(420_000 - 600);
    expect(offsets[last]).toBeGreaterThanOrEqual(420_000 + 600 + 600);
  });

  it('reaches both ends of the list', () => {
    const offsets = itemOffsets(keys(50), new Map(), 84);
    expect(visibleRange(offsets, 0, 600, 600)[0]).toBe(0);
    expect(visibleRange(offsets, offsets[50]! - 600, 600, 600)[1]).toBe(50);
    expect(visibleRange(itemOffsets([], new Map(), 84), 0, 600, 600)).toEqual([0, 0]);
  });

  it('never leaves a gap: every item that meets the view is rendered, whatever the heights', () => {
    const random = lcg(7);
    for (let round = 0; round < 200; round++) {
      const n = 1 + Math.floor(random() * 400);
      const heights = new Map(keys(n).flatMap((k) => (random() < 0.7 ? [[k, 20 + Math.floor(random() * 400)] as const] : [])));
      const offsets = itemOffsets(keys(n), heights, 84);
      const viewport = 100 + Math.floor(random() * 800);
      const overscan = Math.floor(random() * 600);
      const top = Math.floor(random() * Math.max(1, offsets[n]! - viewport));
      const [first, last] = visibleRange(offsets, top, viewport, overscan);
      for (let i = 0; i < n; i++) {
        const meets = offsets[i + 1]! > top && offsets[i]! < top + viewport;
        if (meets) expect(i >= first && i < last, `item ${i} of ${n} at ${offsets[i]}, view ${top}+${viewport}`).toBe(true);
      }
    }
  });

  it('moves the view by a growth above it, and only then', () => {
    // The item spans 100–184; the view starts at 500.
    expect(shiftAbove(100, 84, 300, 500)).toBe(216);
    expect(shiftAbove(100, 84, 40, 500)).toBe(-44);
    // Straddling the view's top, or below it: the reader sees it change, nothing moves.
    expect(shiftAbove(450, 84, 300, 500)).toBe(0);
    expect(shiftAbove(900, 84, 300, 500)).toBe(0);
  });

  it('scrolls the least that shows an item whole, or to its top when it is taller than the view', () => {
    const view = { top: 100, bottom: 700 };
    expect(revealDelta({ top: 200, bottom: 400 }, view)).toBe(0);
    expect(revealDelta({ top: 600, bottom: 800 }, view)).toBe(100);
    expect(revealDelta({ top: 40, bottom: 240 }, view)).toBe(-60);
    expect(revealDelta({ top: 300, bottom: 1300 }, view)).toBe(200);
    expect(revealDelta({ top: 200, bottom: 700.4 }, view)).toBe(0);
  });
});
