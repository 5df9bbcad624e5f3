export * from './draft';
export * from './history';
export * from './question-ops';
export * from './participant-ops';
export * from './agenda';
export * from './build-bundle';
export { parseParticipantList, MAX_ROWS as MAX_PARTICIPANT_ROWS } from './participant-list';
export type { ParsedParticipant, ParsedParticipantList, ParticipantProblem, ParticipantProblemCode } from './participant-list';
export { genderFromCell, roleFromWord } from './participant-fields';
