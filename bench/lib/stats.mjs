// Summary statistics of a list of timings (ms).
import { median, percentile } from './context.mjs';

/** p50 (median), p95 (nearest rank), min and max of `values`; throws on an empty list, so a lost sample set is loud. */
export function stats(values) {
  if (!values.length) throw new Error('no samples were recorded');
  return { p50: median(values), p95: percentile(values, 95), min: Math.min(...values), max: Math.max(...values), n: values.length };
}
