import { useEffect, useState } from 'preact/hooks';
import { anchoredNow, type NowSource } from '../../core/timer/clock';

/** One anchored clock per page: every component reads the same "now", so they never disagree. */
let pageClock: NowSource | null = null;
export function pageNow(): number {
  pageClock ??= anchoredNow();
  return pageClock();
}

export interface TickOptions {
  /** Tick every animation frame while active (the big digits); otherwise about once a second. */
  frames?: boolean;
  /** How often to refresh while not active. */
  idleMs?: number;
}

/**
 * The current time, re-rendering while `active`: every animation frame for the digits (they then
 * change on the frame the second changes, and two windows folding the same log agree), or every
 * second for figures. A background tab gets no frames, so an interval keeps it roughly current.
 */
export function useTimerNow(active: boolean, { frames = true, idleMs = 1000 }: TickOptions = {}): number {
  const [now, setNow] = useState(pageNow);
  useEffect(() => {
    let frame = 0;
    const byFrame = active && frames;
    const tick = () => {
      setNow(pageNow());
      if (byFrame) frame = requestAnimationFrame(tick);
    };
    if (byFrame) frame = requestAnimationFrame(tick);
    const interval = setInterval(() => setNow(pageNow()), active ? (frames ? 250 : 1000) : idleMs);
    setNow(pageNow());
    return () => {
      cancelAnimationFrame(frame);
      clearInterval(interval);
    };
  }, [active, frames, idleMs]);
  return now;
}
