export { parseAttendanceList } from './parse-list';
export type { AttendanceProblem, AttendanceProblemCode, ParsedAttendanceList } from './parse-list';
export { tallyAttendance } from './tally';
export type { AttendanceTally, SectorTally } from './tally';
