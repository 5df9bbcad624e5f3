export * from './draft';
export * from './history';
export * from './question-ops';
export * from './participant-ops';
export * from './agenda';
export * from './build-bundle';
export * from './plausibility';
export { parseParticipantList } from './participant-list';
export type { ParsedParticipant } from './participant-list';
