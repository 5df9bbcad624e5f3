import type { ReportModel } from './model';

/**
 * Speaking time as CSV, one row per turn: RFC 4180 quoting, CRLF line ends and a UTF-8 BOM so
 * Excel reads accents right. Text cells that a spreadsheet would run as a formula (starting with
 * = + - @, tab or CR) get a leading apostrophe.
 */
export function renderSpeakingTimeCsv(model: ReportModel): string {
  const h = model.labels.csv;
  const lines = [
    [h.speaker, h.role, h.gender, h.question, h.plannedSeconds, h.actualStart, h.actualEnd, h.seconds].map(textCell).join(','),
  ];
  for (const r of model.turnRows) {
    lines.push(
      [
        textCell(r.speaker),
        textCell(r.role),
        textCell(r.gender),
        textCell(r.question),
        numberCell(r.plannedSeconds),
        textCell(r.actualStart),
        textCell(r.actualEnd),
        numberCell(r.seconds),
      ].join(','),
    );
  }
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

function textCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function numberCell(value: number | null): string {
  return value === null ? '' : String(value);
}
