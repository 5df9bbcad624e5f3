import { live } from '../model/factories';
import type { Id, Mesa, Note, Synthesis } from '../model/types';
import { cleanText, oneLine } from './clean-text';
import type { ReportLabels } from './labels';
import { lightMarkdownBlocks } from './light-markdown';
import type { ReportSection } from './model';
import { rapporteurNames, type ResolvedScope } from './scope';

/**
 * The pieces of a relatoría that only an event with mesas has: the cover lines, the table of mesas
 * and, under each question of the general relatoría, each mesa's synthesis.
 */

/** The table of the mesas with their rooms, moderators and rapporteurs (the general relatoría's). */
export function mesasSection(mesas: readonly Mesa[], labels: ReportLabels): ReportSection {
  const l = labels.mesas;
  return {
    id: 'mesas',
    level: 1,
    heading: l.mesasHeading,
    blocks: [
      {
        type: 'table',
        table: {
          columns: [l.mesa, l.room, l.moderator, l.rapporteurs],
          numeric: [false, false, false, false],
          rows: mesas.map((m) => [
            oneLine(m.name),
            oneLine(m.room),
            oneLine(m.moderator),
            m.rapporteurs.map(oneLine).filter(Boolean).join(', '),
          ]),
        },
      },
    ],
  };
}

/**
 * Each mesa's synthesis of one question, in the mesas' order, labelled with the mesa: the general
 * relatoría prints them under the coordinator's own synthesis. Mesas that wrote none are left out.
 */
export function mesaSynthesisSections(
  sectionId: string,
  questionId: Id,
  mesas: readonly Mesa[],
  syntheses: readonly Synthesis[],
  labels: ReportLabels,
): ReportSection[] {
  const out: ReportSection[] = [];
  const written = live(syntheses).filter((s) => s.questionId === questionId && s.mesaId !== null);
  mesas.forEach((mesa, i) => {
    const s = written.find((w) => w.mesaId === mesa.id);
    const blocks = s ? lightMarkdownBlocks(cleanText(s.text).trim()) : [];
    if (blocks.length > 0)
      out.push({ id: `${sectionId}-mesa-${i + 1}`, level: 2, heading: labels.mesas.mesaSynthesis(oneLine(mesa.name)), blocks });
  });
  return out;
}

interface CoverLine {
  label: string;
  value: string;
}

/** The cover's line naming the scope, and the label/value lines it adds to (or puts in place of) the event's. */
export function scopeCover(
  scope: ResolvedScope,
  notes: readonly Note[],
  labels: ReportLabels,
): { scope: string; before: CoverLine[]; rapporteur: CoverLine | null; after: CoverLine[] } {
  const l = labels.mesas;
  if (scope.kind === 'event') return { scope: '', before: [], rapporteur: null, after: [] };
  if (scope.kind === 'mesa') {
    const m = scope.mesa;
    return {
      scope: l.mesaReport(oneLine(m.name)),
      // The mesa's rapporteurs stand in for the event's: they wrote this relatoría.
      before: [
        { label: l.room, value: oneLine(m.room) },
        { label: l.moderator, value: oneLine(m.moderator) },
      ],
      rapporteur: { label: l.rapporteurs, value: rapporteurNames([m], live(notes)).join(', ') },
      after: [],
    };
  }
  return {
    scope: l.generalReport,
    before: [],
    rapporteur: null,
    after: [
      {
        label: l.mesas,
        value: scope.mesas.map((m) => (oneLine(m.room) ? `${oneLine(m.name)} (${oneLine(m.room)})` : oneLine(m.name))).join('; '),
      },
      { label: l.rapporteurs, value: rapporteurNames(scope.mesas, live(notes)).join(', ') },
    ],
  };
}
