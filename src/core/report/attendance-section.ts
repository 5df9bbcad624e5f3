import { tallyAttendance } from '../attendance/tally';
import { GENDERS, type Attendance, type Gender } from '../model/types';
import { LOCALES } from '../i18n/locales';
import { oneLine } from './clean-text';
import type { ReportLabels } from './labels';
import type { ReportSection } from './model';
import type { AttributionPolicy } from './options';

/**
 * The attendance section: how many came, a table by sector and gender, and the list of names only
 * when the user asked for it and the report names people (a list of who was there would undo a
 * report that attributes by role or to no one). Nothing when no attendance was recorded.
 */
export function attendanceSections(
  attendance: Attendance,
  labels: ReportLabels,
  withList: boolean,
  policy: AttributionPolicy,
): ReportSection[] {
  const words = labels.attendance;
  const locale = LOCALES[labels.language].tag;
  const tally = tallyAttendance(attendance, locale);
  if (tally.total === 0) return [];
  const number = new Intl.NumberFormat(locale);
  const listed = attendance.list.length;
  const counted = tally.total - listed;
  const blocks: ReportSection['blocks'] = [{ type: 'paragraph', text: words.total(tally.total) }];
  if (listed > 0 && counted > 0) blocks.push({ type: 'paragraph', text: words.sources(listed, counted) });

  // Women and men always; the other columns only when someone is in them.
  const genders = GENDERS.filter((g: Gender) => g === 'woman' || g === 'man' || tally.byGender[g] > 0);
  const columns = [words.sector, ...genders.map((g) => words.genders[g]), words.totalColumn];
  const figures = (byGender: Record<Gender, number>, total: number) => [
    ...genders.map((g) => number.format(byGender[g])),
    number.format(total),
  ];
  const rows = tally.sectors.map((s) => [s.sector === '' ? words.noSector : s.sector, ...figures(s.byGender, s.total)]);
  // One sector (or none given): its row would repeat the total.
  if (tally.sectors.length > 1) rows.push([words.totalColumn, ...figures(tally.byGender, tally.total)]);
  blocks.push({ type: 'table', table: { columns, numeric: columns.map((_, i) => i > 0), rows } });

  const sections: ReportSection[] = [{ id: 'attendance', level: 1, heading: words.heading, blocks }];
  if (withList && policy === 'name' && listed > 0) sections.push(listSection(attendance, labels, locale));
  return sections;
}

function listSection(attendance: Attendance, labels: ReportLabels, locale: string): ReportSection {
  const words = labels.attendance;
  const people = [...attendance.list].sort((a, b) => a.name.localeCompare(b.name, locale));
  // Columns nobody filled in are left out.
  const fields = (['affiliation', 'position', 'sector'] as const).filter((f) => people.some((p) => oneLine(p[f]) !== ''));
  const names = { affiliation: words.affiliation, position: words.position, sector: words.sector };
  const columns = [words.name, ...fields.map((f) => names[f])];
  return {
    id: 'attendance-list',
    level: 2,
    heading: words.listHeading,
    blocks: [
      {
        type: 'table',
        table: {
          columns,
          numeric: columns.map(() => false),
          rows: people.map((p) => [oneLine(p.name), ...fields.map((f) => oneLine(p[f]))]),
        },
      },
    ],
  };
}
