import { formatSeconds, formatSignedSeconds } from '../timer/format';
import type { ReportModel } from './model';

/**
 * Speaking time as CSV, one row per turn held: RFC 4180 quoting, CRLF line ends and a UTF-8 BOM so
 * Excel reads accents right. Durations are m:ss as the moderator's clock showed them (negative
 * with a true minus sign, so a spreadsheet keeps them as text), and the actual time once more in
 * whole seconds for sums. Text cells that a spreadsheet would run as a formula (starting with
 * = + - @, tab or CR) get a leading apostrophe; the durations are written by us and need none.
 */
export function renderSpeakingTimeCsv(model: ReportModel): string {
  const h = model.labels.csv;
  // An event with mesas starts each row with where the turn was held; one without keeps its columns.
  const withMesa = model.turnRows.some((r) => r.mesa !== null);
  const lines = [
    [
      ...(withMesa ? [h.mesa] : []),
      h.speaker,
      h.role,
      h.gender,
      h.question,
      h.actualStart,
      h.actualEnd,
      h.planned,
      h.adjustment,
      h.actual,
      h.difference,
      h.seconds,
    ]
      .map(textCell)
      .join(','),
  ];
  for (const r of model.turnRows) {
    lines.push(
      [
        ...(withMesa ? [textCell(r.mesa ?? '')] : []),
        textCell(r.speaker),
        textCell(r.role),
        textCell(r.gender),
        textCell(r.question),
        textCell(r.actualStart),
        textCell(r.actualEnd),
        r.plannedSeconds === null ? '' : formatSeconds(r.plannedSeconds),
        r.adjustSeconds === 0 ? '' : formatSignedSeconds(r.adjustSeconds),
        formatSeconds(r.seconds),
        r.differenceSeconds === null ? '' : formatSignedSeconds(r.differenceSeconds),
        String(r.seconds),
      ].join(','),
    );
  }
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

function textCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
