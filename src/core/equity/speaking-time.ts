import { GENDERS, PARTICIPANT_ROLES, type Gender, type Id, type Participant, type ParticipantRole } from '../model/types';
import type { MeasuredTurn } from './measure';
import { ratio, sharesOf } from './shares';

/** Turns whose speaker is not set, or not (any longer) among the participants. */
export const UNATTRIBUTED = 'unattributed' as const;
export type Unattributed = typeof UNATTRIBUTED;

/** Planned vs actual over finished turns that had a plan (live turns are not compared yet). */
export interface PlanVsActual {
  turns: number;
  plannedMs: number;
  /** Time given or taken with ±time during those turns. */
  adjustMs: number;
  actualMs: number;
  /** Actual minus (planned + adjustment), as the clock showed it: positive means over time. */
  differenceMs: number;
  /** Difference as a percent of the plan, e.g. 12.5 for 12.5 % over; null when nothing planned. */
  overrunPercent: number | null;
}

export interface TimeFigures {
  totalMs: number;
  share: number;
  /** Whole percent of all speaking time; a table's percents add up to 100. */
  percent: number;
  /** Turns that have started (live included). */
  turns: number;
  /** Null when there are no turns. */
  averageMs: number | null;
  planVsActual: PlanVsActual;
}

export interface SpeakerFigures extends TimeFigures {
  speakerId: Id | Unattributed;
  role: ParticipantRole | null;
  gender: Gender | null;
}

export interface SpeakingTimeReport {
  overall: TimeFigures;
  /** Most speaking time first. */
  bySpeaker: SpeakerFigures[];
  byRole: Array<TimeFigures & { role: ParticipantRole | Unattributed }>;
  /** 'unspecified' is its own group; nobody's gender is inferred. */
  byGender: Array<TimeFigures & { gender: Gender | Unattributed }>;
  /** Turns still being spoken, whose time counts so far. */
  liveTurnIds: Id[];
}

/**
 * Speaking time by speaker, role and gender. Deleted participants are still looked up (their
 * turns happened); only groups with at least one started turn are listed.
 */
export function speakingTime(measured: readonly MeasuredTurn[], participants: readonly Participant[]): SpeakingTimeReport {
  const spoken = measured.filter((m) => m.actualMs !== null);
  const people = new Map(participants.map((p) => [p.id, p]));
  const speakerOf = (m: MeasuredTurn): Participant | undefined => (m.speakerId === null ? undefined : people.get(m.speakerId));

  const speakerKey = (m: MeasuredTurn): Id | Unattributed => speakerOf(m)?.id ?? UNATTRIBUTED;
  const bySpeaker = group(spoken, speakerKey, null).map(({ key, figures }) => {
    const person = key === UNATTRIBUTED ? undefined : people.get(key);
    return { speakerId: key, role: person?.role ?? null, gender: person?.gender ?? null, ...figures };
  });
  bySpeaker.sort((a, b) => b.totalMs - a.totalMs);

  const byRole = group(spoken, (m) => speakerOf(m)?.role ?? UNATTRIBUTED, [...PARTICIPANT_ROLES, UNATTRIBUTED]).map(({ key, figures }) => ({
    role: key,
    ...figures,
  }));
  const byGender = group(spoken, (m) => speakerOf(m)?.gender ?? UNATTRIBUTED, [...GENDERS, UNATTRIBUTED]).map(({ key, figures }) => ({
    gender: key,
    ...figures,
  }));

  const [overallShare] = sharesOf([sum(spoken)]);
  return {
    overall: { ...figuresOf(spoken), ...overallShare! },
    bySpeaker,
    byRole,
    byGender,
    liveTurnIds: spoken.filter((m) => m.live).map((m) => m.turnId),
  };
}

function group<K extends string>(
  spoken: readonly MeasuredTurn[],
  keyOf: (m: MeasuredTurn) => K,
  order: readonly K[] | null,
): Array<{ key: K; figures: TimeFigures }> {
  const buckets = new Map<K, MeasuredTurn[]>();
  for (const m of spoken) {
    const key = keyOf(m);
    buckets.set(key, [...(buckets.get(key) ?? []), m]);
  }
  const keys = order ? order.filter((k) => buckets.has(k)) : [...buckets.keys()];
  const shares = sharesOf(keys.map((k) => sum(buckets.get(k)!)));
  return keys.map((key, i) => ({ key, figures: { ...figuresOf(buckets.get(key)!), ...shares[i]! } }));
}

function figuresOf(turns: readonly MeasuredTurn[]): Omit<TimeFigures, 'share' | 'percent'> {
  const totalMs = sum(turns);
  return {
    totalMs,
    turns: turns.length,
    averageMs: turns.length === 0 ? null : totalMs / turns.length,
    planVsActual: planVsActual(turns),
  };
}

function planVsActual(turns: readonly MeasuredTurn[]): PlanVsActual {
  const compared = turns.filter((m) => !m.live && m.actualMs !== null && m.plannedMs !== null);
  const plannedMs = compared.reduce((total, m) => total + m.plannedMs!, 0);
  const adjustMs = compared.reduce((total, m) => total + m.adjustMs, 0);
  const actualMs = sum(compared);
  const differenceMs = actualMs - plannedMs - adjustMs;
  const overrun = ratio(differenceMs, plannedMs + adjustMs);
  return { turns: compared.length, plannedMs, adjustMs, actualMs, differenceMs, overrunPercent: overrun === null ? null : overrun * 100 };
}

function sum(turns: readonly MeasuredTurn[]): number {
  return turns.reduce((total, m) => total + (m.actualMs ?? 0), 0);
}
