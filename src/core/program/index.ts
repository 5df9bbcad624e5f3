export { extractProgram } from './extract-program';
export type { ExtractedProgram, ExtractedQuestion, ProgramEventData } from './extract-program';
export { guessLanguage } from './language';
