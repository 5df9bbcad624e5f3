export { mergeEventFiles, type MergeInput } from './merge-files';
export type { MergeConflict } from './conflicts';
export type { RecordKind } from './kinds';
export { conflictReport } from './report';
export { bundleAsMesa, type MesaTarget } from './as-mesa';
