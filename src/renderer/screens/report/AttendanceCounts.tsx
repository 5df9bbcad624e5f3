import { useEffect, useRef, useState } from 'preact/hooks';
import { countedPeople, emptyCountRow, parseHeadcount } from '../../../core/attendance';
import { GENDERS, type AttendanceCount, type Gender } from '../../../core/model/types';
import { describeError } from '../../app/errors';
import { useT } from '../../i18n';
import { setAttendanceCounts } from '../../store';

/** A row as typed: the figures stay text until they read as whole numbers. */
interface Row {
  sector: string;
  figures: Record<Gender, string>;
}

const toRow = (c: AttendanceCount): Row => ({
  sector: c.sector,
  figures: Object.fromEntries(GENDERS.map((g) => [g, c.byGender[g] === 0 ? '' : String(c.byGender[g])])) as Record<Gender, string>,
});

/** The rows as counts, or null while a figure is not a whole number. */
function toCounts(rows: Row[]): AttendanceCount[] | null {
  const counts: AttendanceCount[] = [];
  for (const row of rows) {
    const byGender = { ...emptyCountRow().byGender };
    for (const g of GENDERS) {
      const n = parseHeadcount(row.figures[g]);
      if (n === null) return null;
      byGender[g] = n;
    }
    counts.push({ sector: row.sector.replace(/\s+/g, ' ').trim(), byGender });
  }
  return counts;
}

/**
 * People counted by hand, by sector and gender, for those not on the list. Saved when a cell is
 * left (change), all rows at once; a figure that is not a whole number is said and not saved.
 */
export function AttendanceCounts({ eventId, counts }: { eventId: string; counts: AttendanceCount[] }) {
  const t = useT();
  const stored = JSON.stringify(counts);
  const [rows, setRows] = useState<Row[]>(() => counts.map(toRow));
  const [invalid, setInvalid] = useState(false);
  const [error, setError] = useState('');
  // What this editor last saved: a stored change that is not ours (another window) is taken in.
  const mine = useRef(stored);
  useEffect(() => {
    if (stored !== mine.current) {
      mine.current = stored;
      setRows(counts.map(toRow));
    }
  }, [stored]);

  const save = async (next: Row[]) => {
    const parsed = toCounts(next);
    setInvalid(parsed === null);
    if (parsed === null) return;
    mine.current = JSON.stringify(parsed);
    try {
      await setAttendanceCounts(eventId, parsed);
      setError('');
    } catch (e) {
      setError(t('report.attendance.saveFailed', { message: describeError(e, t) }));
    }
  };
  const edit = (i: number, change: Partial<Row>) => setRows((all) => all.map((r, j) => (j === i ? { ...r, ...change } : r)));
  const parsed = toCounts(rows);

  return (
    <section class="attendance-counts" aria-labelledby="attendance-counts-title">
      <h3 id="attendance-counts-title">{t('report.attendance.countsTitle')}</h3>
      <p class="report-hint">{t('report.attendance.countsHint')}</p>
      {rows.length > 0 && (
        <table class="attendance-counts-table">
          <thead>
            <tr>
              <th scope="col">{t('report.attendance.countsSector')}</th>
              {GENDERS.map((g) => (
                <th key={g} scope="col">
                  {t(`report.attendance.countsGenders.${g}`)}
                </th>
              ))}
              <th scope="col">
                <span class="visually-hidden">{t('report.attendance.countsRemove', { n: '' })}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={i}>
                <td>
                  <input
                    type="text"
                    aria-label={`${t('report.attendance.countsRow', { n: i + 1 })}: ${t('report.attendance.countsSector')}`}
                    placeholder={t('report.attendance.countsNoSector')}
                    value={row.sector}
                    onInput={(e) => edit(i, { sector: (e.currentTarget as HTMLInputElement).value })}
                    onChange={() => void save(rows)}
                  />
                </td>
                {GENDERS.map((g) => (
                  <td key={g}>
                    <input
                      type="text"
                      inputMode="numeric"
                      size={5}
                      aria-label={`${t('report.attendance.countsRow', { n: i + 1 })}: ${t(`report.attendance.countsGenders.${g}`)}`}
                      aria-invalid={parseHeadcount(row.figures[g]) === null}
                      value={row.figures[g]}
                      onInput={(e) => edit(i, { figures: { ...row.figures, [g]: (e.currentTarget as HTMLInputElement).value } })}
                      onChange={() => void save(rows)}
                    />
                  </td>
                ))}
                <td>
                  <button
                    type="button"
                    class="button button-small"
                    aria-label={t('report.attendance.countsRemove', { n: i + 1 })}
                    onClick={() => {
                      const next = rows.filter((_, j) => j !== i);
                      setRows(next);
                      void save(next);
                    }}
                  >
                    ×
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {invalid && (
        <p class="report-error" role="alert">
          {t('report.attendance.countsInvalid')}
        </p>
      )}
      {error && (
        <p class="report-error" role="alert">
          {error}
        </p>
      )}
      <div class="attendance-buttons">
        <button type="button" class="button button-small" onClick={() => setRows((all) => [...all, toRow(emptyCountRow())])}>
          {t('report.attendance.countsAdd')}
        </button>
        {parsed && countedPeople(parsed) > 0 && (
          <span data-testid="attendance-counted">{t('report.attendance.countsTotal', { count: countedPeople(parsed) })}</span>
        )}
      </div>
    </section>
  );
}
