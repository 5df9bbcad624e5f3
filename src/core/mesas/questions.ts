import type { GuidingQuestion, Id, Mesa } from '../model/types';

/** The ids of the mesas that are not deleted: a question's deleted mesas do not count. */
export function liveMesaIds(mesas: readonly Mesa[]): Set<Id> {
  return new Set(mesas.filter((m) => m.deletedAt === null).map((m) => m.id));
}

/** A question is the plenary's when none of its mesas is live (it names none, or they were all deleted). */
export function isPlenary(question: Pick<GuidingQuestion, 'mesaIds'>, live: ReadonlySet<Id>): boolean {
  return !question.mesaIds.some((id) => live.has(id));
}

/**
 * The questions a rapporteur writing in `mesaId` works through: the plenary's and that mesa's, in
 * forum order. In the plenary (null) every question is there — the coordinator follows them all.
 */
export function questionsOfMesa<Q extends Pick<GuidingQuestion, 'mesaIds'>>(
  questions: readonly Q[],
  mesas: readonly Mesa[],
  mesaId: Id | null,
): Q[] {
  if (mesaId === null) return [...questions];
  const live = liveMesaIds(mesas);
  return questions.filter((q) => isPlenary(q, live) || q.mesaIds.includes(mesaId));
}

/** The live mesas' names of a question, in the event's order of mesas. */
export function mesaNames(question: Pick<GuidingQuestion, 'mesaIds'>, mesas: readonly Mesa[]): string[] {
  return mesas.filter((m) => m.deletedAt === null && question.mesaIds.includes(m.id)).map((m) => m.name);
}

/** Names typed one per line or separated by commas or semicolons, tidied, without repeats. */
export function splitNames(text: string): string[] {
  const names = text
    .split(/[\n,;]/)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return [...new Set(names)];
}
