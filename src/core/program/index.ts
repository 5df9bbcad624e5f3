export { extractProgram, isWeakRule } from './extract-program';
export type { ExtractedProgram, ExtractedQuestion, ProgramEventData, QuestionRule } from './extract-program';
export { guessLanguage } from './language';
