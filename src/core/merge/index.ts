export { mergeEventFiles, type MergeInput, type MergeResult } from './merge-files';
export type { MergeConflict, ConflictSide } from './conflicts';
export { conflictReport, type ConflictReport } from './report';
