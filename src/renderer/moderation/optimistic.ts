import type { Id, Turn } from '../../core/model/types';

/**
 * The turns as the moderator last changed them, laid over the live query's result until the
 * database reports those versions. Keys pressed faster than the store answers (N, N) then act on
 * what is already decided: the second "next" never finishes the first speaker a second time.
 */
export function overlayTurns(liveTurns: readonly Turn[], pending: ReadonlyMap<Id, Turn>): Turn[] {
  if (pending.size === 0) return [...liveTurns];
  const seen = new Set<Id>();
  const result: Turn[] = [];
  for (const turn of liveTurns) {
    seen.add(turn.id);
    const mine = pending.get(turn.id);
    const chosen = mine && mine.updatedAt >= turn.updatedAt ? mine : turn;
    if (chosen.deletedAt === null) result.push(chosen);
  }
  for (const [id, turn] of pending) if (!seen.has(id) && turn.deletedAt === null) result.push(turn);
  return result.sort((a, b) => a.order - b.order);
}

/** Drops pending versions the live result has caught up with (same or newer). */
export function settlePending(liveTurns: readonly Turn[], pending: Map<Id, Turn>): void {
  const byId = new Map(liveTurns.map((t) => [t.id, t]));
  for (const [id, turn] of pending) {
    const stored = byId.get(id);
    if (stored && stored.updatedAt >= turn.updatedAt) pending.delete(id);
  }
}
