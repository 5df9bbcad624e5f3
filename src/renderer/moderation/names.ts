import type { Id, Participant, Turn } from '../../core/model/types';
import { formatCountup } from '../../core/timer/format';

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

/** A signed difference, "+0:30" or "−1:05" (true minus sign, read correctly by screen readers). */
export function formatSigned(ms: number): string {
  return `${ms < 0 ? '−' : '+'}${formatDuration(Math.abs(ms))}`;
}
