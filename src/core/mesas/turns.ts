import { live } from '../model/factories';
import type { Id, Mesa, Turn } from '../model/types';
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

/** What is happening now in one mesa (mesa null: the plenary). */
export interface MesaNow {
  mesa: Mesa | null;
  /** The turn being spoken, or null when nothing runs. */
  current: Turn | null;
  /** Turns waiting in the mesa's queue. */
  queued: number;
}

/** The plenary, then every live mesa in the event's order, each with its running turn and its queue. */
export function mesasNow(turns: readonly Turn[], mesas: readonly Mesa[]): MesaNow[] {
  const rows: (Mesa | null)[] = [null, ...live(mesas).sort((a, b) => a.order - b.order)];
  return rows.map((mesa) => {
    const own = turnsOfMesa(turns, mesa?.id ?? null);
    return { mesa, current: currentTurn(own), queued: queuedTurns(own).length };
  });
}
