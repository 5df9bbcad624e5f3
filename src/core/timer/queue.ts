import { createTurn, live, systemContext, touch, softDelete, type RecordContext } from '../model/factories';
import { toIso } from '../model/ids';
import type { Id, Turn } from '../model/types';
import type { TimerLog } from './events';

/**
 * The speaking queue is the event's turns that have not started yet, in `order`. Functions take
 * and return the event's whole turn list; records that did not change keep their identity, so the
 * store can save exactly the ones that did (`changedTurns`).
 */

export interface QueueEntry {
  speakerId: Id | null;
  questionId: Id | null;
  /** null: open discussion (the timer counts up). */
  plannedSeconds: number | null;
  /** The mesa whose queue it joins; absent or null: the plenary's. */
  mesaId?: Id | null;
}

/** A turn longer than this is a typing mistake (e.g. minutes typed as seconds twice over). */
export const MAX_PLANNED_SECONDS = 12 * 3600;

export type QueueProblem = 'planned-seconds-invalid' | 'turn-not-queued';

export type QueueResult<T> = ({ ok: true } & T) | { ok: false; problem: QueueProblem };

function isQueued(turn: Turn): boolean {
  return turn.deletedAt === null && turn.actualStartAt === null;
}

export function queuedTurns(turns: readonly Turn[]): Turn[] {
  return turns.filter(isQueued).sort((a, b) => a.order - b.order);
}

/** The turn being spoken now: started, not ended (the latest, should there be several). */
export function currentTurn(turns: readonly Turn[]): Turn | null {
  const open = live(turns).filter((t) => t.actualStartAt !== null && t.actualEndAt === null);
  open.sort((a, b) => Date.parse(b.actualStartAt!) - Date.parse(a.actualStartAt!));
  return open[0] ?? null;
}

function validPlannedSeconds(value: number | null): boolean {
  return value === null || (Number.isFinite(value) && value > 0 && value <= MAX_PLANNED_SECONDS);
}

/** Adds a turn at the end of the queue, or at `position` (0 = next up). */
export function enqueueTurn(
  turns: readonly Turn[],
  eventId: Id,
  entry: QueueEntry,
  position: number | null = null,
  ctx: RecordContext = systemContext,
): QueueResult<{ turns: Turn[]; added: Turn }> {
  if (!validPlannedSeconds(entry.plannedSeconds)) return { ok: false, problem: 'planned-seconds-invalid' };
  const order = turns.reduce((max, t) => Math.max(max, t.order), -1) + 1;
  const added = createTurn(eventId, { ...entry, order }, ctx);
  const appended = [...turns, added];
  if (position === null) return { ok: true, turns: appended, added };
  const moved = moveInQueue(appended, added.id, position, ctx.nowMs());
  if (!moved.ok) return moved;
  return { ok: true, turns: moved.turns, added: moved.turns.find((t) => t.id === added.id)! };
}

/** Takes a turn out of the queue (soft delete, so merges and undo still see it). */
export function removeFromQueue(turns: readonly Turn[], turnId: Id, nowMs: number): QueueResult<{ turns: Turn[] }> {
  const target = turns.find((t) => t.id === turnId);
  if (!target || !isQueued(target)) return { ok: false, problem: 'turn-not-queued' };
  return { ok: true, turns: turns.map((t) => (t === target ? softDelete(t, nowMs) : t)) };
}

/**
 * Moves a queued turn to `toIndex` within the queue (clamped). The queued turns swap their existing
 * `order` values among themselves, so turns already spoken keep theirs and nothing collides.
 */
export function moveInQueue(turns: readonly Turn[], turnId: Id, toIndex: number, nowMs: number): QueueResult<{ turns: Turn[] }> {
  const queue = queuedTurns(turns);
  const from = queue.findIndex((t) => t.id === turnId);
  if (from < 0) return { ok: false, problem: 'turn-not-queued' };
  const slots = queue.map((t) => t.order);
  const reordered = [...queue];
  const [moving] = reordered.splice(from, 1);
  const target = Math.min(Math.max(0, Math.trunc(toIndex) || 0), reordered.length);
  reordered.splice(target, 0, moving!);
  const newOrder = new Map<Id, number>(reordered.map((t, i) => [t.id, slots[i]!]));
  return {
    ok: true,
    turns: turns.map((t) => {
      const order = newOrder.get(t.id);
      return order === undefined || order === t.order ? t : touch(t, { order }, nowMs);
    }),
  };
}

/** Starts `turnId` (or the next queued turn) now: the turn gets its actual start and a fresh log. */
export function startQueuedTurn(
  turns: readonly Turn[],
  nowMs: number,
  turnId: Id | null = null,
): QueueResult<{ turns: Turn[]; started: Turn; log: TimerLog }> {
  const target = turnId === null ? queuedTurns(turns)[0] : turns.find((t) => t.id === turnId);
  if (!target || !isQueued(target)) return { ok: false, problem: 'turn-not-queued' };
  const started = touch(target, { actualStartAt: toIso(nowMs), actualEndAt: null }, nowMs);
  const plannedMs = target.plannedSeconds === null ? null : Math.round(target.plannedSeconds * 1000);
  const log: TimerLog = [{ type: 'start', at: nowMs, plannedMs }];
  return { ok: true, turns: turns.map((t) => (t === target ? started : t)), started, log };
}

/** The records a queue operation replaced, i.e. what the store has to write. */
export function changedTurns(before: readonly Turn[], after: readonly Turn[]): Turn[] {
  const old = new Set(before);
  return after.filter((t) => !old.has(t));
}
