/**
 * How far another machine's clock is from this one, from ping/pong round trips (as NTP does, in
 * its simplest form): the other side stamped its time somewhere between our send and our
 * receipt, so the middle of the round trip is the best guess, wrong by at most half the round
 * trip. Of the recent samples, the one with the shortest round trip is the most precise.
 */
export interface OffsetSample {
  /** Other clock minus ours, ms. */
  offsetMs: number;
  roundTripMs: number;
}

/** Samples kept: a few, so a change of network path (or of the other clock) is followed. */
const OFFSET_SAMPLES = 8;

export function offsetSample(sentAt: number, otherTime: number, receivedAt: number): OffsetSample {
  const roundTripMs = Math.max(0, receivedAt - sentAt);
  return { offsetMs: otherTime - (sentAt + roundTripMs / 2), roundTripMs };
}

/** The newest samples, at most OFFSET_SAMPLES, with `sample` added. */
export function addSample(samples: readonly OffsetSample[], sample: OffsetSample): OffsetSample[] {
  return [...samples, sample].slice(-OFFSET_SAMPLES);
}

/** The estimate: the offset of the sample with the shortest round trip; null before any sample. */
export function bestOffset(samples: readonly OffsetSample[]): number | null {
  let best: OffsetSample | null = null;
  for (const s of samples) if (best === null || s.roundTripMs < best.roundTripMs) best = s;
  return best === null ? null : Math.round(best.offsetMs);
}
