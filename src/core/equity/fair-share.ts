import type { Id, Turn } from '../model/types';
import { queuedTurns } from '../timer/queue';

export interface FairShareInput {
  nowMs: number;
  /** The event's turns (or just the queue); only queued turns are considered. */
  turns: readonly Turn[];
  /** When the event (or block) is planned to end; null/absent: use the queue's planned time. */
  plannedEndMs?: number | null;
  /** Time still planned for the turn being spoken now; it is not available to those waiting. */
  currentRemainingMs?: number | null;
}

export interface FairShareHint {
  /** Time available to the people still waiting. */
  timeLeftMs: number;
  source: 'planned-end' | 'queue';
  /** Distinct speakers still in the queue, in queue order. */
  waitingSpeakerIds: Id[];
  /** Equal split of the time left; null when nobody is waiting. */
  perSpeakerMs: number | null;
  /** Planned time of the queued turns (open-ended turns count 0). */
  queuedPlannedMs: number;
  /** How much the queue's plan exceeds the time left (0 when it fits). */
  overbookedMs: number;
}

/**
 * "Each remaining speaker has about N minutes": the time left, divided among the speakers still
 * waiting. The time left is the planned end minus now (minus what the current turn still has), or
 * without a planned end, the sum of the queued turns' planned time.
 */
export function fairShareHint(input: FairShareInput): FairShareHint {
  const queue = queuedTurns(input.turns);
  const waitingSpeakerIds = [...new Set(queue.map((t) => t.speakerId).filter((id): id is Id => id !== null))];
  const queuedPlannedMs = queue.reduce((total, t) => total + Math.round((t.plannedSeconds ?? 0) * 1000), 0);
  const hasEnd = input.plannedEndMs !== undefined && input.plannedEndMs !== null && Number.isFinite(input.plannedEndMs);
  const current = Math.max(0, input.currentRemainingMs ?? 0);
  const timeLeftMs = hasEnd ? Math.max(0, input.plannedEndMs! - input.nowMs - current) : queuedPlannedMs;
  return {
    timeLeftMs,
    source: hasEnd ? 'planned-end' : 'queue',
    waitingSpeakerIds,
    perSpeakerMs: waitingSpeakerIds.length === 0 ? null : Math.floor(timeLeftMs / waitingSpeakerIds.length),
    queuedPlannedMs,
    overbookedMs: Math.max(0, queuedPlannedMs - timeLeftMs),
  };
}

/** The end of the agenda as planned: the latest planned start plus its planned length; null if unplanned. */
export function plannedAgendaEnd(turns: readonly Turn[]): number | null {
  let end: number | null = null;
  for (const t of turns) {
    if (t.deletedAt !== null || t.plannedStartAt === null) continue;
    const start = Date.parse(t.plannedStartAt);
    if (!Number.isFinite(start)) continue;
    const finish = start + Math.round((t.plannedSeconds ?? 0) * 1000);
    end = end === null ? finish : Math.max(end, finish);
  }
  return end;
}
