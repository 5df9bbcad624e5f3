import type { GuidingQuestion, Id, Participant, Turn } from '../model/types';
import { formatSeconds } from '../timer/format';
import { turnTiming } from '../timer/turn-timing';
import { attributedAs } from './attribution';
import type { ReportLabels } from './labels';
import type { ReportSection } from './model';
import type { AttributionPolicy } from './options';
import { clockFormatter } from './time-format';

/**
 * The program as planned (the agenda's turns, by guiding question, in order) beside what the
 * moderator's log recorded: when each turn started and how long it was spoken, the same figures
 * as the speaking-time tables. Planned start times appear only where the agenda has them. Each
 * question is named by its number in the forum's program (`numberOf`), the one on everyone's
 * program and in the headings, also in a mesa's relatoría, which covers only some of them.
 */
export function programSection(
  turns: readonly Turn[],
  questions: readonly GuidingQuestion[],
  numberOf: (questionId: Id) => number,
  people: Map<Id, Participant>,
  labels: ReportLabels,
  policy: AttributionPolicy,
  timeZone: string,
  asAnnex: boolean,
): ReportSection | null {
  if (turns.length === 0) return null;
  const words = labels.program;
  const rank = new Map(questions.map((q, i) => [q.id, i]));
  const place = (t: Turn) => (t.questionId !== null && rank.has(t.questionId) ? rank.get(t.questionId)! : questions.length);
  const ordered = [...turns].sort((a, b) => place(a) - place(b) || a.order - b.order);
  const clock = clockFormatter(labels.language, timeZone);
  const withPlannedStart = ordered.some((t) => t.plannedStartAt !== null);

  let planned = 0;
  let actual = 0;
  const rows = ordered.map((t) => {
    const timing = turnTiming(t, null);
    const p = t.speakerId ? people.get(t.speakerId) : undefined;
    // Anonymous: the role alone says whose turn it was.
    const speaker = p ? (attributedAs(p, policy, labels) ?? labels.roles[p.role]) : labels.unassigned;
    const at = place(t);
    if (timing.plannedSeconds !== null) planned += timing.plannedSeconds;
    const finished = timing.held && !timing.live && timing.actualSeconds !== null;
    if (finished) actual += timing.actualSeconds!;
    return [
      at < questions.length ? labels.question(numberOf(t.questionId!)) : words.noQuestion,
      speaker,
      ...(withPlannedStart ? [t.plannedStartAt ? clock(t.plannedStartAt) : ''] : []),
      timing.plannedSeconds === null ? '—' : formatSeconds(timing.plannedSeconds),
      t.actualStartAt ? clock(t.actualStartAt) : '',
      !timing.held ? words.notHeld : finished ? formatSeconds(timing.actualSeconds!) : words.unfinished,
    ];
  });
  const columns = [
    words.question,
    words.speaker,
    ...(withPlannedStart ? [words.plannedStart] : []),
    words.planned,
    words.actualStart,
    words.actual,
  ];
  rows.push([words.total, '', ...(withPlannedStart ? [''] : []), formatSeconds(planned), '', formatSeconds(actual)]);
  return {
    id: asAnnex ? 'program-annex' : 'program',
    level: 1,
    heading: asAnnex ? words.annexHeading : words.heading,
    blocks: [
      { type: 'paragraph', text: words.intro },
      { type: 'table', table: { columns, numeric: columns.map((_, i) => i >= 2), rows } },
    ],
  };
}
