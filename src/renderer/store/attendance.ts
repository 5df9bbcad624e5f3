import { touch } from '../../core/model/factories';
import type { AttendanceCount, Attendee, Id, RelatorEvent } from '../../core/model/types';
import type { RelatorDb } from './db';
import { mustGet, write } from './tx';

/**
 * The event's attendance changes in one transaction over the record as stored now, so a list
 * replaced here never undoes counts typed in another window (nor the other way round).
 */
async function changeAttendance(
  db: RelatorDb,
  eventId: Id,
  change: (attendance: RelatorEvent['attendance']) => RelatorEvent['attendance'],
): Promise<RelatorEvent> {
  return write(db, [db.events], async () => {
    const current = await mustGet(db.events, eventId, 'Event');
    const next = touch(current, { attendance: change(current.attendance) }, db.ctx.nowMs());
    await db.events.put(next);
    return next;
  });
}

/** Puts a list read from a file or a paste in place of the event's list ([] removes it). */
export function replaceAttendanceList(db: RelatorDb, eventId: Id, list: Attendee[]): Promise<RelatorEvent> {
  return changeAttendance(db, eventId, (a) => ({ ...a, list: list.map((p) => ({ ...p })) }));
}

/** The people counted by hand, all rows at once (as the counts table shows them). */
export function setAttendanceCounts(db: RelatorDb, eventId: Id, counts: AttendanceCount[]): Promise<RelatorEvent> {
  return changeAttendance(db, eventId, (a) => ({ ...a, counts: counts.map((c) => ({ sector: c.sector, byGender: { ...c.byGender } })) }));
}
