export interface Share {
  /** Fraction of the whole, 0..1 (exact, for charts). */
  share: number;
  /** Whole percent for display; across a list they add up to exactly 100 (0 when the total is 0). */
  percent: number;
}

/**
 * Shares of a list of non-negative amounts. Percents use the largest-remainder method so that a
 * table of rounded percentages still adds up to 100, and a zero total gives zeros, not NaN.
 */
export function sharesOf(amounts: readonly number[]): Share[] {
  const clean = amounts.map((a) => (Number.isFinite(a) && a > 0 ? a : 0));
  const total = clean.reduce((sum, a) => sum + a, 0);
  if (total === 0) return clean.map(() => ({ share: 0, percent: 0 }));
  const exact = clean.map((a) => (a / total) * 100);
  const percents = exact.map(Math.floor);
  let missing = 100 - percents.reduce((sum, p) => sum + p, 0);
  const byRemainder = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (missing <= 0) break;
    percents[index] = percents[index]! + 1;
    missing -= 1;
  }
  return clean.map((a, i) => ({ share: a / total, percent: percents[i]! }));
}

/** `part / whole`, or null when the whole is zero. */
export function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}
