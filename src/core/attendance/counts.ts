import { LIMITS } from '../file-format/limits';
import { GENDERS, type AttendanceCount } from '../model/types';

/** A headcount as typed: '' is 0; otherwise whole digits up to the file's limit, or null (not a count). */
export function parseHeadcount(typed: string): number | null {
  const text = typed.trim();
  if (text === '') return 0;
  if (!/^\d{1,9}$/.test(text)) return null;
  const n = Number(text);
  return n <= LIMITS.headcount ? n : null;
}

export function emptyCountRow(): AttendanceCount {
  return { sector: '', byGender: { woman: 0, man: 0, 'non-binary': 0, unspecified: 0 } };
}

/** People in the hand counts. */
export function countedPeople(counts: readonly AttendanceCount[]): number {
  return counts.reduce((n, row) => n + GENDERS.reduce((m, g) => m + row.byGender[g], 0), 0);
}
