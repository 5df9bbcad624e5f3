export { parseAttendanceList } from './parse-list';
export type { ParsedAttendanceList } from './parse-list';
export { tallyAttendance } from './tally';
export { countedPeople, emptyCountRow, parseHeadcount } from './counts';
