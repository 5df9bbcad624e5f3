/**
 * What makes a list of guiding questions implausible: a real forum has a handful of them, each a
 * sentence or two. 200 KB of pasted text gave "449 guiding questions" without a word of warning;
 * now the setup screen flags such a list before the event is created (the user may still go on).
 */

/** More questions than this is unusual for one forum. */
export const PLAUSIBLE_QUESTIONS = 30;
/** A "question" longer than this is more likely a paragraph that was taken for one. */
export const PLAUSIBLE_QUESTION_CHARS = 400;

export interface QuestionDoubts {
  count: number;
  tooMany: boolean;
  /** Positions (from 1) of the questions longer than PLAUSIBLE_QUESTION_CHARS. */
  tooLong: number[];
}

/** Doubts about a question list, or null when it looks like a forum's. */
export function questionDoubts(questions: readonly { text: string }[]): QuestionDoubts | null {
  const tooLong = questions.flatMap((q, i) => (q.text.trim().length > PLAUSIBLE_QUESTION_CHARS ? [i + 1] : []));
  const tooMany = questions.length > PLAUSIBLE_QUESTIONS;
  return tooMany || tooLong.length > 0 ? { count: questions.length, tooMany, tooLong } : null;
}
