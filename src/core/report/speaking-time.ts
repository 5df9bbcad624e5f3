import type { Gender, GuidingQuestion, Id, Participant, ParticipantRole, Turn } from '../model/types';
import type { ReportLabels } from './labels';
import type { ReportSection, ReportTable, TurnRow } from './model';
import { oneLine } from './clean-text';
import { localDateTimeFormatter } from './time-format';
import { LOCALES, numberFormat } from '../i18n/locales';

/** Seconds actually spoken in a turn; null unless both ends were timed and in order. */
function actualSeconds(turn: Turn): number | null {
  if (!turn.actualStartAt || !turn.actualEndAt) return null;
  const ms = Date.parse(turn.actualEndAt) - Date.parse(turn.actualStartAt);
  return Number.isFinite(ms) && ms >= 0 ? Math.round(ms / 1000) : null;
}

interface Tally {
  label: string;
  extra: string;
  turns: number;
  actual: number;
  planned: number;
}

function tallyBy<K>(turns: readonly Turn[], key: (t: Turn) => K, label: (k: K) => [string, string]): Tally[] {
  const map = new Map<K, Tally>();
  for (const t of turns) {
    const k = key(t);
    let row = map.get(k);
    if (!row) {
      const [l, extra] = label(k);
      row = { label: l, extra, turns: 0, actual: 0, planned: 0 };
      map.set(k, row);
    }
    const secs = actualSeconds(t);
    if (secs !== null) {
      row.turns += 1;
      row.actual += secs;
    }
    row.planned += t.plannedSeconds ?? 0;
  }
  return [...map.values()];
}

/** The speaking-time section: tables per speaker, role and gender; null when nothing was timed. */
export function speakingTimeSections(turns: readonly Turn[], people: Map<Id, Participant>, labels: ReportLabels): ReportSection[] {
  const timed = turns.filter((t) => actualSeconds(t) !== null);
  if (timed.length === 0) return [];
  const total = timed.reduce((s, t) => s + (actualSeconds(t) ?? 0), 0);
  const num = numberFormat(labels.language, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const pct = numberFormat(labels.language, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const minutes = (s: number) => num.format(s / 60);
  const person = (t: Turn) => (t.speakerId ? people.get(t.speakerId) : undefined);
  const roleOf = (t: Turn): ParticipantRole | null => person(t)?.role ?? null;
  const genderOf = (t: Turn): Gender | null => person(t)?.gender ?? null;

  const figures = (r: Tally) => [
    String(r.turns),
    minutes(r.planned),
    minutes(r.actual),
    minutes(r.actual - r.planned),
    pct.format(total > 0 ? r.actual / total : 0),
  ];
  const figureColumns = [labels.turns, labels.plannedMinutes, labels.actualMinutes, labels.differenceMinutes, labels.share];
  const byActual = (a: Tally, b: Tally) => b.actual - a.actual || a.label.localeCompare(b.label, LOCALES[labels.language].tag);

  const speakers = tallyBy(
    turns,
    (t) => (person(t) ? t.speakerId : null),
    (id) => {
      const p = id ? people.get(id) : undefined;
      return p ? [oneLine(p.name), labels.roles[p.role]] : [labels.unassigned, ''];
    },
  ).sort(byActual);
  const roles = tallyBy(turns, roleOf, (r) => [r ? labels.roles[r] : labels.unassigned, '']).sort(byActual);
  // Gender is never inferred: 'unspecified' and turns without a known speaker stay in their own rows.
  const genders = tallyBy(turns, genderOf, (g) => [g ? labels.genders[g] : labels.unassigned, '']).sort(byActual);

  const table = (first: string[], rows: Tally[], withExtra: boolean): ReportTable => ({
    columns: [...first, ...figureColumns],
    numeric: [...first.map(() => false), ...figureColumns.map(() => true)],
    rows: rows.map((r) => [r.label, ...(withExtra ? [r.extra] : []), ...figures(r)]),
  });
  return [
    { id: 'speaking-time', level: 1, heading: labels.speakingTime, blocks: [{ type: 'paragraph', text: labels.speakingTimeNote }] },
    {
      id: 'speaking-time-speaker',
      level: 2,
      heading: labels.bySpeaker,
      blocks: [{ type: 'table', table: table([labels.name, labels.role], speakers, true) }],
    },
    { id: 'speaking-time-role', level: 2, heading: labels.byRole, blocks: [{ type: 'table', table: table([labels.role], roles, false) }] },
    {
      id: 'speaking-time-gender',
      level: 2,
      heading: labels.byGender,
      blocks: [{ type: 'table', table: table([labels.csv.gender], genders, false) }],
    },
  ];
}

/** One CSV row per live turn, in agenda order. */
export function turnRows(
  turns: readonly Turn[],
  people: Map<Id, Participant>,
  questions: Map<Id, GuidingQuestion>,
  labels: ReportLabels,
  timeZone: string,
): TurnRow[] {
  const local = localDateTimeFormatter(timeZone);
  return [...turns]
    .sort((a, b) => a.order - b.order || (a.actualStartAt ?? '').localeCompare(b.actualStartAt ?? ''))
    .map((t) => {
      const p = t.speakerId ? people.get(t.speakerId) : undefined;
      const q = t.questionId ? questions.get(t.questionId) : undefined;
      return {
        speaker: p ? oneLine(p.name) : '',
        role: p ? labels.roles[p.role] : '',
        gender: p ? labels.genders[p.gender] : '',
        question: q ? oneLine(q.text) : '',
        plannedSeconds: t.plannedSeconds,
        actualStart: t.actualStartAt ? local(t.actualStartAt) : '',
        actualEnd: t.actualEndAt ? local(t.actualEndAt) : '',
        seconds: actualSeconds(t),
      };
    });
}
