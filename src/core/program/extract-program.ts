import { extractEventData, type ProgramEventData } from './event-data';
import { findQuestions } from './find-questions';
import { splitLines } from './lines';
import { cleanText } from './clean-text';
import { originEnd, originStart } from './offset-map';
import { findPeople } from './people';
import type { QuestionRule } from './questions';

export type { ProgramEventData } from './event-data';
export type { QuestionRule } from './questions';

/** Rules that found an item the rapporteur should check: a fallback line, a statement without "?", a table cell. */
export const isWeakRule = (rule: QuestionRule): boolean => rule !== 'list';

export interface ExtractedQuestion {
  /** The question as it goes in the report: no numbering, single spaces, `¿…?` kept. */
  text: string;
  /** Panel or part it belongs to ("Mesa 1"), '' when the program does not name one. */
  block: string;
  /** [start, end) offsets in the ORIGINAL pasted text, for highlighting. */
  span: [number, number];
  /** How it was found: anything but 'list' is a weaker rule, and the preview asks the user to check it. */
  rule: QuestionRule;
}

export interface ExtractedProgram {
  questions: ExtractedQuestion[];
  /** The guiding-questions heading as written, or null. */
  heading: string | null;
  /** False when no heading was found and the questions are every line that asks something. */
  headingFound: boolean;
  event: ProgramEventData;
  /**
   * The people the program names for a role ("Modera: …", a "Ponentes" list), as lines of a
   * participant list ("Modera: Laura Benavides (Universidad de Nariño)"), each person once.
   */
  people: string[];
}

/** Reads a pasted event program: its guiding questions (in order, by block) and what it can of the event. */
export function extractProgram(text: string): ExtractedProgram {
  const norm = cleanText(text);
  const lines = splitLines(norm.text);
  const found = findQuestions(norm.text, lines);
  const firstQuestion = found.questions[0];
  const firstLine = firstQuestion ? lines.findIndex((l) => l.end >= firstQuestion.start) : -1;
  const questions = found.questions.map((q) => ({
    text: q.text,
    block: q.block,
    span: [originStart(norm.map, q.start), originEnd(norm.map, q.end - 1)] as [number, number],
    rule: q.rule,
  }));
  return {
    questions,
    heading: found.heading,
    headingFound: found.headingFound,
    event: extractEventData(norm.text, lines, firstLine),
    people: findPeople(lines),
  };
}
