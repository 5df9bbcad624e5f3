import { z } from 'zod';
import type { Id } from '../model/types';
import type { TimerLog } from '../timer/events';
import { TurnSchema } from '../file-format/schema';

/**
 * The moderator's running turn, shared with the other copies of a synced event as live state
 * (Yjs awareness: gone when that copy leaves, never stored). It carries the turn's timer log, so a
 * reader shows the same figures the moderator sees, and the sharer's clock at the moment it shared,
 * so a reader on a computer whose clock disagrees (venue laptops often do, offline) can still read
 * the log right.
 */
export interface SharedTimer {
  mesaId: Id | null;
  turnId: Id;
  speakerId: Id | null;
  /** The turn's timer log, on the sharer's clock. */
  log: TimerLog;
  /** The sharer's clock (epoch ms) when it shared this; it shares again every few seconds while the turn runs. */
  at: number;
}

/** A running turn as this copy reads it: someone's shared timer, with how far their clock is from ours. */
export interface LiveTurn {
  mesaId: Id | null;
  turnId: Id;
  speakerId: Id | null;
  log: TimerLog;
  /** Add to this copy's clock to get the sharer's: `log` is read at (this copy's now + clockOffsetMs). */
  clockOffsetMs: number;
}

// What another copy sends is input like a file: checked against the same rules as a stored turn.
const SharedTimerSchema = z.object({
  mesaId: TurnSchema.shape.mesaId,
  turnId: TurnSchema.shape.id,
  speakerId: TurnSchema.shape.speakerId,
  log: TurnSchema.shape.timerLog,
  at: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
});

/** The shared timer in an awareness state, or null when there is none or it is malformed. */
export function sharedTimerOf(state: unknown): SharedTimer | null {
  if (typeof state !== 'object' || state === null) return null;
  const parsed = SharedTimerSchema.safeParse((state as { timer?: unknown }).timer);
  return parsed.success ? parsed.data : null;
}

/**
 * How far each sharer's clock is ahead of this copy's, learnt from their shared timers: a timer
 * shared at `at` on their clock arrives here at `receivedAt` on ours, never before it was sent, so
 * `at - receivedAt` is the offset less the time in flight (milliseconds on a venue network). The
 * largest value seen is the best estimate; a state that waited (one set before this copy joined)
 * only gives a smaller one, and the sharer's next refresh corrects it.
 */
export class ClockOffsets {
  private readonly offsets = new Map<number, number>();

  /** Learns from a timer shared by `client`, received now. */
  sample(client: number, timer: SharedTimer, receivedAt: number): void {
    const seen = this.offsets.get(client);
    const offset = timer.at - receivedAt;
    if (seen === undefined || offset > seen) this.offsets.set(client, offset);
  }

  forget(client: number): void {
    this.offsets.delete(client);
  }

  /** The running turns of every state, read on this copy's clock (`self`, this copy's own client, is 0 apart). */
  liveTurns(states: ReadonlyMap<number, unknown>, self: number): LiveTurn[] {
    const turns: LiveTurn[] = [];
    for (const [client, state] of states) {
      const timer = sharedTimerOf(state);
      if (!timer) continue;
      const clockOffsetMs = client === self ? 0 : (this.offsets.get(client) ?? 0);
      turns.push({ mesaId: timer.mesaId, turnId: timer.turnId, speakerId: timer.speakerId, log: timer.log, clockOffsetMs });
    }
    return turns;
  }
}
