import { live } from '../model/factories';
import type { Id, Mesa, Turn } from '../model/types';
import type { LiveTurn } from '../sync/shared-timer';
import type { TimerLog } from '../timer/events';
import { foldLog } from '../timer/fold';
import { currentTurn, queuedTurns } from '../timer/queue';

/**
 * Moderation across mesas: each mesa (and the plenary) has its own queue and its own running
 * turn, told apart by `Turn.mesaId`. The queue functions of core/timer work on one mesa's list.
 */

/** The turns moderated in `mesaId` (null: the plenary's). */
export function turnsOfMesa(turns: readonly Turn[], mesaId: Id | null): Turn[] {
  return turns.filter((t) => t.mesaId === mesaId);
}

/** The mesa to moderate: the remembered one while it is live, otherwise the plenary. */
export function chosenMesa(remembered: Id | null, mesas: readonly Mesa[]): Id | null {
  return remembered !== null && live(mesas).some((m) => m.id === remembered) ? remembered : null;
}

/** The turn being spoken in a mesa, read on the clock of the copy that runs it. */
export interface TurnNow {
  turnId: Id;
  speakerId: Id | null;
  log: TimerLog;
  /** Add to this copy's clock to read `log` (0 for a stored turn, which is read as written). */
  clockOffsetMs: number;
  /** True when its moderator shares it live right now; false when it is read from the stored turns. */
  live: boolean;
}

/** What is happening now in one mesa (mesa null: the plenary). */
export interface MesaNow {
  mesa: Mesa | null;
  /** The turn being spoken, or null when nothing runs. */
  current: TurnNow | null;
  /** Turns waiting in the mesa's queue. */
  queued: number;
}

/**
 * The plenary, then every live mesa in the event's order, each with its running turn and its queue.
 * A turn its moderator shares live (`shared`, from every copy of a synced event) is preferred to the
 * stored turns: it is read on the moderator's own clock, and it shows before the stored turn arrives.
 */
export function mesasNow(turns: readonly Turn[], mesas: readonly Mesa[], shared: readonly LiveTurn[] = []): MesaNow[] {
  const rows: (Mesa | null)[] = [null, ...live(mesas).sort((a, b) => a.order - b.order)];
  return rows.map((mesa) => {
    const own = turnsOfMesa(turns, mesa?.id ?? null);
    return { mesa, current: liveTurnOf(shared, mesa?.id ?? null) ?? storedTurn(currentTurn(own)), queued: queuedTurns(own).length };
  });
}

function storedTurn(turn: Turn | null): TurnNow | null {
  return turn && { turnId: turn.id, speakerId: turn.speakerId, log: turn.timerLog, clockOffsetMs: 0, live: false };
}

/** The mesa's shared turn; when two copies share one for the same mesa, a running one before a paused one. */
function liveTurnOf(shared: readonly LiveTurn[], mesaId: Id | null): TurnNow | null {
  // Only a turn under way: a copy that shares an ended or never-started log has nothing to show.
  const own = shared.filter((s) => s.mesaId === mesaId && ['running', 'paused'].includes(foldLog(s.log).phase));
  const chosen = own.find((s) => foldLog(s.log).phase === 'running') ?? own[0];
  return chosen
    ? { turnId: chosen.turnId, speakerId: chosen.speakerId, log: chosen.log, clockOffsetMs: chosen.clockOffsetMs, live: true }
    : null;
}
