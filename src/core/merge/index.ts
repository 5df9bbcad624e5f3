export { mergeEventFiles, type MergeInput } from './merge-files';
export { conflictReport } from './report';
