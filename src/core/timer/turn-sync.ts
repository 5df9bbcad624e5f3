import { touch } from '../model/factories';
import { toIso } from '../model/ids';
import type { Turn } from '../model/types';
import type { TimerLog } from './events';
import { actualSpan } from './state';

/**
 * Keeps a turn's `actualStartAt` / `actualEndAt` in step with its timer log after each transition:
 * finish sets the end, a reset puts the turn back in the queue. Returns the same object when
 * nothing changed, so the store only writes real edits.
 */
export function syncTurnWithLog(turn: Turn, log: TimerLog, nowMs: number): Turn {
  const { startMs, endMs } = actualSpan(log);
  const actualStartAt = startMs === null ? null : toIso(startMs);
  const actualEndAt = endMs === null ? null : toIso(endMs);
  if (turn.actualStartAt === actualStartAt && turn.actualEndAt === actualEndAt) return turn;
  return touch(turn, { actualStartAt, actualEndAt }, nowMs);
}
