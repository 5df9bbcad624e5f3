import { GENDERS, type Attendance, type Gender } from '../model/types';
import { fold } from '../text/fold';

export interface SectorTally {
  /** As first written on the list or in the counts; '' for people with no sector. */
  sector: string;
  byGender: Record<Gender, number>;
  total: number;
}

export interface AttendanceTally {
  /** Sectors in alphabetical order, the people with no sector last. */
  sectors: SectorTally[];
  byGender: Record<Gender, number>;
  total: number;
}

const zero = (): Record<Gender, number> => ({ woman: 0, man: 0, 'non-binary': 0, unspecified: 0 });

/**
 * The attendance as figures: the people on the list plus those counted by hand, by sector and
 * gender. Sectors written differently only in case or accents ("academia", "Academia") are one.
 */
export function tallyAttendance(attendance: Attendance, locale = 'es'): AttendanceTally {
  const sectors = new Map<string, SectorTally>();
  const sectorOf = (name: string): SectorTally => {
    const written = name.replace(/\s+/g, ' ').trim();
    const key = fold(written);
    let tally = sectors.get(key);
    if (!tally) sectors.set(key, (tally = { sector: written, byGender: zero(), total: 0 }));
    return tally;
  };
  for (const person of attendance.list) {
    const tally = sectorOf(person.sector);
    tally.byGender[person.gender] += 1;
    tally.total += 1;
  }
  for (const row of attendance.counts) {
    const tally = sectorOf(row.sector);
    for (const gender of GENDERS) {
      tally.byGender[gender] += row.byGender[gender];
      tally.total += row.byGender[gender];
    }
  }
  const byGender = zero();
  let total = 0;
  const list = [...sectors.values()].filter((s) => s.total > 0);
  for (const s of list) {
    for (const gender of GENDERS) byGender[gender] += s.byGender[gender];
    total += s.total;
  }
  list.sort((a, b) => (a.sector === '' ? 1 : b.sector === '' ? -1 : a.sector.localeCompare(b.sector, locale)));
  return { sectors: list, byGender, total };
}
