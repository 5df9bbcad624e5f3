import type { Gender, GuidingQuestion, Id, Participant, ParticipantRole, Turn } from '../model/types';
import { formatSeconds, formatSignedSeconds } from '../timer/format';
import { turnTiming, type TurnTiming } from '../timer/turn-timing';
import type { ReportLabels } from './labels';
import type { ReportBlock, ReportSection, ReportTable, TurnRow } from './model';
import { oneLine } from './clean-text';
import { attributedAs } from './attribution';
import type { AttributionPolicy } from './options';
import { localDateTimeFormatter } from './time-format';
import { LOCALES, numberFormat } from '../i18n/locales';

/**
 * The report's speaking time counts the turns that were held and finished, with the figures the
 * moderator's clock showed (turnTiming): the turn log, these tables and the CSV agree to the second.
 * Turns only queued, or started and never finished, are listed apart and counted nowhere.
 */

interface TimedTurn {
  turn: Turn;
  timing: TurnTiming & { actualSeconds: number };
}

function finishedTurns(turns: readonly Turn[]): TimedTurn[] {
  const out: TimedTurn[] = [];
  for (const turn of turns) {
    const timing = turnTiming(turn, null);
    if (timing.held && !timing.live && timing.actualSeconds !== null)
      out.push({ turn, timing: { ...timing, actualSeconds: timing.actualSeconds } });
  }
  return out;
}

interface Tally {
  label: string;
  extra: string;
  turns: number;
  actual: number;
  /** Planned and difference: over the turns that had a plan (count-down); open discussion has none. */
  planned: number;
  /** Every held turn's adjustment: time given or taken, or an open discussion's correction, as the log shows it. */
  adjustment: number;
  difference: number;
  withPlan: number;
}

function tallyBy<K>(timed: readonly TimedTurn[], key: (t: Turn) => K, label: (k: K) => [string, string]): Tally[] {
  const map = new Map<K, Tally>();
  for (const { turn, timing } of timed) {
    const k = key(turn);
    let row = map.get(k);
    if (!row) {
      const [l, extra] = label(k);
      row = { label: l, extra, turns: 0, actual: 0, planned: 0, adjustment: 0, difference: 0, withPlan: 0 };
      map.set(k, row);
    }
    row.turns += 1;
    row.actual += timing.actualSeconds;
    row.adjustment += timing.adjustSeconds;
    if (timing.plannedSeconds !== null && timing.differenceSeconds !== null) {
      row.withPlan += 1;
      row.planned += timing.plannedSeconds;
      row.difference += timing.differenceSeconds;
    }
  }
  return [...map.values()];
}

/**
 * The speaking-time section: tables per speaker, role and gender; none when no turn was timed.
 * With `mesaOf` (the general relatoría) a table per mesa comes first; the others count every mesa.
 */
export function speakingTimeSections(
  turns: readonly Turn[],
  people: Map<Id, Participant>,
  labels: ReportLabels,
  policy: AttributionPolicy,
  mesaOf: ((turn: Turn) => string) | null = null,
): ReportSection[] {
  const timed = finishedTurns(turns);
  if (timed.length === 0) return [];
  const total = timed.reduce((s, t) => s + t.timing.actualSeconds, 0);
  const pct = numberFormat(labels.language, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const person = (t: Turn) => (t.speakerId ? people.get(t.speakerId) : undefined);
  const roleOf = (t: Turn): ParticipantRole | null => person(t)?.role ?? null;
  const genderOf = (t: Turn): Gender | null => person(t)?.gender ?? null;

  const none = '—';
  const figures = (r: Tally) => [
    String(r.turns),
    r.withPlan === 0 ? none : formatSeconds(r.planned),
    r.adjustment === 0 ? none : formatSignedSeconds(r.adjustment),
    formatSeconds(r.actual),
    r.withPlan === 0 ? none : formatSignedSeconds(r.difference),
    pct.format(total > 0 ? r.actual / total : 0),
  ];
  const figureColumns = [labels.turns, labels.planned, labels.adjustment, labels.actual, labels.difference, labels.share];
  const byActual = (a: Tally, b: Tally) => b.actual - a.actual || a.label.localeCompare(b.label, LOCALES[labels.language].tag);

  const speakers = tallyBy(
    timed,
    (t) => (person(t) ? t.speakerId : null),
    (id) => {
      const p = id ? people.get(id) : undefined;
      return p ? [attributedAs(p, policy, labels) ?? '', labels.roles[p.role]] : [labels.unassigned, ''];
    },
  ).sort(byActual);
  const roles = tallyBy(timed, roleOf, (r) => [r ? labels.roles[r] : labels.unassigned, '']).sort(byActual);
  // Gender is never inferred: 'unspecified' and turns without a known speaker stay in their own rows.
  const genders = tallyBy(timed, genderOf, (g) => [g ? labels.genders[g] : labels.unassigned, '']).sort(byActual);

  const table = (first: string[], rows: Tally[], withExtra: boolean): ReportTable => ({
    columns: [...first, ...figureColumns],
    numeric: [...first.map(() => false), ...figureColumns.map(() => true)],
    rows: rows.map((r) => [r.label, ...(withExtra ? [r.extra] : []), ...figures(r)]),
  });
  const intro: ReportBlock[] = [{ type: 'paragraph', text: labels.speakingTimeNote }];
  const apart = (list: Turn[], withActual: boolean): string =>
    list
      .sort((a, b) => a.order - b.order)
      .map((t) => {
        const p = person(t);
        // Anonymous: the role alone says whose turn it was meant to be.
        const name = p ? (attributedAs(p, policy, labels) ?? labels.roles[p.role]) : labels.unassigned;
        const timing = turnTiming(t, null);
        const figure = withActual ? timing.actualSeconds : timing.plannedSeconds;
        return figure === null ? name : `${name} (${formatSeconds(figure)})`;
      })
      .join('; ');
  const notHeld = turns.filter((t) => !turnTiming(t, null).held);
  const unfinished = turns.filter((t) => turnTiming(t, null).live);
  if (notHeld.length > 0) intro.push({ type: 'paragraph', text: labels.notHeld(apart(notHeld, false)) });
  if (unfinished.length > 0) intro.push({ type: 'paragraph', text: labels.unfinished(apart(unfinished, true)) });
  // Anonymous: no table by speaker; the tables by role and gender remain.
  const bySpeaker: ReportSection[] =
    policy === 'none'
      ? []
      : [
          {
            id: 'speaking-time-speaker',
            level: 2,
            heading: labels.bySpeaker,
            blocks: [
              { type: 'table', table: table([policy === 'name' ? labels.name : labels.speakerAsRole, labels.role], speakers, true) },
            ],
          },
        ];
  // Mesas sorted by time spoken, like the other tables: equity between mesas reads at a glance.
  const byMesa: ReportSection[] = mesaOf
    ? [
        {
          id: 'speaking-time-mesa',
          level: 2,
          heading: labels.mesas.byMesa,
          blocks: [{ type: 'table', table: table([labels.mesas.mesa], tallyBy(timed, mesaOf, (m) => [m, '']).sort(byActual), false) }],
        },
      ]
    : [];
  return [
    { id: 'speaking-time', level: 1, heading: labels.speakingTime, blocks: intro },
    ...byMesa,
    ...bySpeaker,
    { id: 'speaking-time-role', level: 2, heading: labels.byRole, blocks: [{ type: 'table', table: table([labels.role], roles, false) }] },
    {
      id: 'speaking-time-gender',
      level: 2,
      heading: labels.byGender,
      blocks: [{ type: 'table', table: table([labels.csv.gender], genders, false) }],
    },
  ];
}

/** One CSV row per turn held and finished, in the order they were spoken. */
export function turnRows(
  turns: readonly Turn[],
  people: Map<Id, Participant>,
  questions: Map<Id, GuidingQuestion>,
  labels: ReportLabels,
  timeZone: string,
  policy: AttributionPolicy,
  mesaOf: ((turn: Turn) => string) | null = null,
): TurnRow[] {
  const local = localDateTimeFormatter(timeZone);
  return finishedTurns(turns)
    .sort((a, b) => (a.turn.actualStartAt ?? '').localeCompare(b.turn.actualStartAt ?? '') || a.turn.order - b.turn.order)
    .map(({ turn: t, timing }) => {
      const p = t.speakerId ? people.get(t.speakerId) : undefined;
      const q = t.questionId ? questions.get(t.questionId) : undefined;
      return {
        mesa: mesaOf ? mesaOf(t) : null,
        speaker: attributedAs(p, policy, labels) ?? '',
        role: p ? labels.roles[p.role] : '',
        gender: p ? labels.genders[p.gender] : '',
        question: q ? oneLine(q.text) : '',
        actualStart: t.actualStartAt ? local(t.actualStartAt) : '',
        actualEnd: t.actualEndAt ? local(t.actualEndAt) : '',
        plannedSeconds: timing.plannedSeconds,
        adjustSeconds: timing.adjustSeconds,
        seconds: timing.actualSeconds,
        differenceSeconds: timing.differenceSeconds,
      };
    });
}
