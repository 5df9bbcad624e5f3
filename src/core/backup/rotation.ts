/**
 * Which snapshots to keep: the newest few of every event, plus the last one of each day for a
 * month, all within a size cap. Pure, so the exact set kept can be tested; the hosts (the main
 * process, the web build's folder) list their files, ask this, and delete the rest.
 */

export interface RotationPolicy {
  /** The newest snapshots of each event always kept (unless the size cap says otherwise). */
  recentPerEvent: number;
  /** Days back (today included) for which the last snapshot of each day is kept. */
  dailyDays: number;
  /** The most bytes all snapshots together may take; each event's newest one is kept regardless. */
  maxTotalBytes: number;
}

export const DEFAULT_ROTATION: RotationPolicy = {
  recentPerEvent: 20,
  dailyDays: 30,
  maxTotalBytes: 2 * 1024 * 1024 * 1024,
};

export interface RotationEntry {
  name: string;
  eventId: string;
  takenAtMs: number;
  size: number;
}

export interface RotationPlan {
  keep: string[];
  remove: string[];
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The calendar day of an instant, in the local time `offsetMinutes` east of UTC. */
function dayNumber(ms: number, offsetMinutes: number): number {
  return Math.floor((ms + offsetMinutes * 60_000) / DAY_MS);
}

/**
 * The plan for `entries` at `nowMs`. Days are counted in the user's local time (`offsetMinutes`,
 * e.g. -300 for Bogotá), so "one per day" means the user's days. Ties in time are broken by name,
 * so the plan never depends on the order the files were listed in.
 */
export function planRotation(
  entries: readonly RotationEntry[],
  nowMs: number,
  policy: RotationPolicy = DEFAULT_ROTATION,
  offsetMinutes = 0,
): RotationPlan {
  const newestFirst = [...entries].sort((a, b) => b.takenAtMs - a.takenAtMs || (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
  const byEvent = new Map<string, RotationEntry[]>();
  for (const entry of newestFirst) {
    const list = byEvent.get(entry.eventId) ?? [];
    list.push(entry);
    byEvent.set(entry.eventId, list);
  }

  const kept = new Set<string>();
  const newestOfEvent = new Set<string>();
  const today = dayNumber(nowMs, offsetMinutes);
  for (const list of byEvent.values()) {
    newestOfEvent.add(list[0]!.name);
    list.slice(0, policy.recentPerEvent).forEach((e) => kept.add(e.name));
    const daysSeen = new Set<number>();
    for (const entry of list) {
      const day = dayNumber(entry.takenAtMs, offsetMinutes);
      if (today - day >= policy.dailyDays || daysSeen.has(day)) continue;
      daysSeen.add(day);
      kept.add(entry.name);
    }
  }

  // Over the cap: the oldest kept snapshots go first, never an event's newest.
  let total = newestFirst.reduce((sum, e) => (kept.has(e.name) ? sum + e.size : sum), 0);
  for (let i = newestFirst.length - 1; i >= 0 && total > policy.maxTotalBytes; i -= 1) {
    const entry = newestFirst[i]!;
    if (!kept.has(entry.name) || newestOfEvent.has(entry.name)) continue;
    kept.delete(entry.name);
    total -= entry.size;
  }

  return {
    keep: newestFirst.filter((e) => kept.has(e.name)).map((e) => e.name),
    remove: newestFirst.filter((e) => !kept.has(e.name)).map((e) => e.name),
  };
}
