import type { Id, Participant, Turn } from '../../core/model/types';
import { formatCountup, formatSignedSeconds } from '../../core/timer/format';

export type PeopleById = ReadonlyMap<Id, Participant>;

export function peopleById(participants: readonly Participant[]): PeopleById {
  return new Map(participants.map((p) => [p.id, p]));
}

/** The turn's speaker's name, or null when the turn has none (or the person is gone for good). */
export function speakerName(turn: Turn | null, people: PeopleById): string | null {
  if (!turn || turn.speakerId === null) return null;
  return people.get(turn.speakerId)?.name ?? null;
}

/** A duration as the timer writes it ("4:05", "1:02:03"). */
export function formatDuration(ms: number): string {
  return formatCountup(Math.round(ms));
}

/**
 * A signed difference, "+0:30" or "−1:05" (true minus sign, read correctly by screen readers),
 * rounded as the count-down showed it: overtime in whole seconds completed, time left rounded up
 * (0.7 s left reads "0:01"), so it matches the turn log (core/timer/turn-timing.ts).
 */
export function formatSigned(ms: number): string {
  return ms < 0 ? formatSignedSeconds(-Math.ceil(-ms / 1000)) : formatSignedSeconds(Math.floor(ms / 1000));
}
