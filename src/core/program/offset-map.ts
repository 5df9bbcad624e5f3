/**
 * Where each character of a cleaned text came from in the original input, kept as runs rather than one entry per
 * character: a 1 MB paste is mostly copied as it is, so it is one or a few runs, not two 4 MB arrays rebuilt by
 * every cleaning step (which cost more than the rest of the cleaning together, and most of the garbage collection).
 *
 * A run starts at output offset `out[k]`. A copied run (`to[k] < 0`) maps output character `i` to the input range
 * [from + d, from + d + 1) with d = i - out[k]; a replacing run maps each of its characters to [from[k], to[k]).
 * The last run is the end marker: output offset `length` maps to [from, to) of the input's end.
 */
export interface OffsetMap {
  out: number[];
  from: number[];
  to: number[];
}

const COPIED = -1;

/** Builds a map run by run, in output order; contiguous copied runs merge into one. */
export class OffsetMapBuilder {
  private readonly map: OffsetMap = { out: [], from: [], to: [] };
  /** Output characters mapped so far. */
  length = 0;

  /** `count` output characters copied from input offset `from` on. */
  copied(from: number, count: number): void {
    if (count <= 0) return;
    const { out, from: f, to } = this.map;
    const last = out.length - 1;
    if (last < 0 || to[last] !== COPIED || f[last]! + (this.length - out[last]!) !== from) {
      out.push(this.length);
      f.push(from);
      to.push(COPIED);
    }
    this.length += count;
  }

  /** `count` output characters that each stand for the input range [from, to). */
  replaced(from: number, to: number, count: number): void {
    if (count <= 0) return;
    if (count === 1 && to === from + 1) return this.copied(from, 1);
    const m = this.map;
    const last = m.out.length - 1;
    if (last < 0 || m.from[last] !== from || m.to[last] !== to) {
      m.out.push(this.length);
      m.from.push(from);
      m.to.push(to);
    }
    this.length += count;
  }

  /** Output characters [start, end) of `source`'s text, copied with their origins. */
  copyFrom(source: OffsetMap, start: number, end: number): void {
    if (end <= start) return;
    let k = runAt(source, start);
    for (let at = start; at < end; k++) {
      const next = Math.min(end, k + 1 < source.out.length ? source.out[k + 1]! : end);
      if (source.to[k] === COPIED) this.copied(source.from[k]! + (at - source.out[k]!), next - at);
      else this.replaced(source.from[k]!, source.to[k]!, next - at);
      at = next;
    }
  }

  /** Ends the map: the end of the output stands for [from, to) of the input. */
  finish(from: number, to: number): OffsetMap {
    const m = this.map;
    m.out.push(this.length);
    m.from.push(from);
    m.to.push(to);
    return m;
  }
}

/** The run holding output offset `i` (binary search). */
function runAt(map: OffsetMap, i: number): number {
  let lo = 0;
  let hi = map.out.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (map.out[mid]! <= i) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Where output character `i` starts in the input. */
export function originStart(map: OffsetMap, i: number): number {
  const k = runAt(map, i);
  return map.to[k] === COPIED ? map.from[k]! + (i - map.out[k]!) : map.from[k]!;
}

/** Where output character `i` ends in the input. */
export function originEnd(map: OffsetMap, i: number): number {
  const k = runAt(map, i);
  return map.to[k] === COPIED ? map.from[k]! + (i - map.out[k]!) + 1 : map.to[k]!;
}
