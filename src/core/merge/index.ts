export { mergeEventFiles, type MergeInput, type MergeResult } from './merge-files';
export type { MergeConflict, ConflictSide } from './conflicts';
export type { RecordKind } from './kinds';
export { conflictReport } from './report';
