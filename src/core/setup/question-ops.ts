import type { ExtractedQuestion } from '../program/extract-program';
import type { DraftQuestion, NewKey, SetupDraft } from './draft';

/**
 * Edits of the draft's guiding questions. Each returns a new draft, or the same object when
 * nothing changes (so the history records no empty step). Agenda items follow their question:
 * removing a question removes its planned turns, merging moves them to the merged question.
 */

export function questionsFromExtraction(questions: readonly ExtractedQuestion[], newKey: NewKey): DraftQuestion[] {
  return questions.map((q) => ({
    key: newKey(),
    text: q.text,
    block: q.block,
    span: q.span,
    ...(q.rule === 'list' ? {} : { check: q.rule }),
  }));
}

const tidy = (text: string) => text.replace(/\s+/g, ' ').trim();

export function setQuestions(draft: SetupDraft, questions: DraftQuestion[]): SetupDraft {
  const keys = new Set(questions.map((q) => q.key));
  return { ...draft, questions, agenda: draft.agenda.filter((a) => keys.has(a.questionKey)) };
}

export function editQuestion(draft: SetupDraft, key: string, changes: { text?: string; block?: string }): SetupDraft {
  const index = draft.questions.findIndex((q) => q.key === key);
  const current = draft.questions[index];
  if (!current) return draft;
  const text = changes.text === undefined ? current.text : tidy(changes.text);
  const block = changes.block === undefined ? current.block : tidy(changes.block);
  if (!text || (text === current.text && block === current.block)) return draft;
  const questions = draft.questions.slice();
  // The user has looked at it: a mark asking to check it has done its job.
  questions[index] = { key: current.key, text, block, span: current.span };
  return { ...draft, questions };
}

/**
 * Where a question would naturally split: after its first "?" (programs often pack several
 * questions in one numbered item) or else after its first sentence; null when it is one piece.
 */
export function naturalSplitPoint(text: string): number | null {
  const question = /\?(?=\s*\S)/.exec(text);
  if (question) return question.index + 1;
  const sentence = /[.!;](?=\s+\S)/.exec(text);
  return sentence ? sentence.index + 1 : null;
}

/** Splits a question in two at `at` (a text offset; the natural point when omitted). */
export function splitQuestion(draft: SetupDraft, key: string, newKey: NewKey, at?: number): SetupDraft {
  const index = draft.questions.findIndex((q) => q.key === key);
  const current = draft.questions[index];
  if (!current) return draft;
  const point = at ?? naturalSplitPoint(current.text);
  if (point === null) return draft;
  const first = tidy(current.text.slice(0, point));
  const second = tidy(current.text.slice(point));
  if (!first || !second) return draft;
  const questions = draft.questions.slice();
  questions.splice(index, 1, { ...current, text: first }, { ...current, key: newKey(), text: second });
  return { ...draft, questions };
}

/** Joins a question with the one after it; the merged question keeps the first one's key and block. */
export function mergeWithNext(draft: SetupDraft, key: string): SetupDraft {
  const index = draft.questions.findIndex((q) => q.key === key);
  const first = draft.questions[index];
  const second = draft.questions[index + 1];
  if (!first || !second) return draft;
  const span: [number, number] | null =
    first.span && second.span
      ? [Math.min(first.span[0], second.span[0]), Math.max(first.span[1], second.span[1])]
      : (first.span ?? second.span);
  const questions = draft.questions.slice();
  questions.splice(index, 2, { ...first, text: `${first.text} ${second.text}`, span });
  const agenda = draft.agenda.map((a) => (a.questionKey === second.key ? { ...a, questionKey: first.key } : a));
  return { ...draft, questions, agenda };
}

/** Moves the question at `from` to position `to` (both 0-based, clamped to the list). */
export function moveQuestion(draft: SetupDraft, from: number, to: number): SetupDraft {
  const count = draft.questions.length;
  const target = Math.max(0, Math.min(count - 1, to));
  if (from < 0 || from >= count || from === target) return draft;
  const questions = draft.questions.slice();
  const [moved] = questions.splice(from, 1);
  questions.splice(target, 0, moved!);
  return { ...draft, questions };
}

/** Adds a question at `index` (the end when omitted); blank text adds nothing. */
export function addQuestion(draft: SetupDraft, text: string, newKey: NewKey, index?: number, block = ''): SetupDraft {
  const clean = tidy(text);
  if (!clean) return draft;
  const questions = draft.questions.slice();
  const at = index === undefined ? questions.length : Math.max(0, Math.min(questions.length, index));
  questions.splice(at, 0, { key: newKey(), text: clean, block: tidy(block), span: null });
  return { ...draft, questions };
}

export function removeQuestion(draft: SetupDraft, key: string): SetupDraft {
  if (!draft.questions.some((q) => q.key === key)) return draft;
  return setQuestions(
    draft,
    draft.questions.filter((q) => q.key !== key),
  );
}
