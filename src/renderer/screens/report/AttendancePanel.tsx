import { tallyAttendance } from '../../../core/attendance';
import type { RelatorEvent } from '../../../core/model/types';
import { useT } from '../../i18n';
import { AttendanceCounts } from './AttendanceCounts';
import { AttendanceImport } from './AttendanceImport';

/** Who attended: a list read from a file or a paste, and people counted by hand; the report adds both. */
export function AttendancePanel({ event }: { event: RelatorEvent }) {
  const t = useT();
  const total = tallyAttendance(event.attendance).total;
  return (
    <details class="report-attendance panel" data-testid="report-attendance">
      <summary>
        <h2>{total === 0 ? t('report.attendance.title') : t('report.attendance.summary', { count: total })}</h2>
      </summary>
      <p class="report-hint">{t('report.attendance.hint')}</p>
      <div class="report-attendance-grid">
        <AttendanceImport eventId={event.id} list={event.attendance.list} />
        <AttendanceCounts key={event.id} eventId={event.id} counts={event.attendance.counts} />
      </div>
    </details>
  );
}
