import { live } from '../model/factories';
import { GENDERS, type Gender, type Participant, type ParticipantRole } from '../model/types';
import type { MeasuredTurn } from './measure';
import { sharesOf } from './shares';

export interface GenderBalanceRow {
  gender: Gender;
  /** How many people of the population are in this group. */
  people: number;
  peopleShare: number;
  peoplePercent: number;
  timeMs: number;
  timeShare: number;
  timePercent: number;
  /** timePercent − peoplePercent: negative means the group spoke less than its presence. */
  gapPoints: number;
}

/**
 * Each gender group's share of speaking time against its share of the people who could speak
 * (panellists by default), e.g. woman: 22 % of the time vs 40 % of the panellists. Time and
 * people are counted over the same population, so moderators' time does not skew the comparison.
 * 'unspecified' is a group of its own. Numbers only: the UI words them.
 */
export function genderBalance(
  measured: readonly MeasuredTurn[],
  participants: readonly Participant[],
  roles: readonly ParticipantRole[] = ['panellist'],
): GenderBalanceRow[] {
  const population = live(participants).filter((p) => roles.includes(p.role));
  const genderOf = new Map(population.map((p) => [p.id, p.gender]));
  const people = new Map<Gender, number>();
  for (const p of population) people.set(p.gender, (people.get(p.gender) ?? 0) + 1);
  const time = new Map<Gender, number>();
  for (const m of measured) {
    const gender = m.speakerId === null ? undefined : genderOf.get(m.speakerId);
    if (gender !== undefined && m.actualMs !== null) time.set(gender, (time.get(gender) ?? 0) + m.actualMs);
  }
  const groups = GENDERS.filter((g) => people.has(g));
  const peopleShares = sharesOf(groups.map((g) => people.get(g)!));
  const timeShares = sharesOf(groups.map((g) => time.get(g) ?? 0));
  return groups.map((gender, i) => ({
    gender,
    people: people.get(gender)!,
    peopleShare: peopleShares[i]!.share,
    peoplePercent: peopleShares[i]!.percent,
    timeMs: time.get(gender) ?? 0,
    timeShare: timeShares[i]!.share,
    timePercent: timeShares[i]!.percent,
    gapPoints: timeShares[i]!.percent - peopleShares[i]!.percent,
  }));
}
