import { fold } from './normalize';
import type { RawQuestion } from './questions';

/**
 * A program that gives its list twice — a summary near the top and the full questions further on,
 * or the same list repeated — yields it once, in its fuller form. Lists are compared item by item;
 * two panels asked the same questions (different panel names) both keep theirs.
 */
export function dropRepeatedLists(questions: RawQuestion[]): RawQuestion[] {
  const groups: RawQuestion[][] = [];
  for (const q of questions) {
    const last = groups[groups.length - 1];
    if (last && last[0]!.group === q.group) last.push(q);
    else groups.push([q]);
  }
  if (groups.length < 2) return questions;
  const dropped = new Set<number>();
  for (let a = 0; a < groups.length; a++) {
    if (dropped.has(a)) continue;
    for (let b = a + 1; b < groups.length && !dropped.has(a); b++) {
      if (dropped.has(b) || !sameList(groups[a]!, groups[b]!)) continue;
      dropped.add(weaker(groups[a]!, groups[b]!) === 0 ? a : b);
    }
  }
  if (dropped.size === 0) return questions;
  return groups.filter((_, k) => !dropped.has(k)).flat();
}

function sameList(x: RawQuestion[], y: RawQuestion[]): boolean {
  if (x.length !== y.length) return false;
  const bx = x[0]!.block;
  const by = y[0]!.block;
  if (bx && by && bx !== by) return false;
  return x.every((q, i) => similar(q.text, y[i]!.text));
}

/** 0 when the first list is the one to drop (shorter, or as long but without a panel name), else 1. */
function weaker(x: RawQuestion[], y: RawQuestion[]): 0 | 1 {
  const size = (l: RawQuestion[]): number => l.reduce((n, q) => n + q.text.length, 0);
  if (size(x) !== size(y)) return size(x) < size(y) ? 0 : 1;
  return !x[0]!.block && y[0]!.block ? 0 : 1;
}

const words = (text: string): string[] =>
  fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 4);

/** The same question, or a summary of it: most of the shorter one's words begin words of the longer one. */
function similar(a: string, b: string): boolean {
  const fa = fold(a)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  const fb = fold(b)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  if (fa === fb) return true;
  const [short, long] = fa.length <= fb.length ? [fa, fb] : [fb, fa];
  const shortWords = words(short);
  if (shortWords.length === 0) return false;
  const stems = new Set(words(long).map((w) => w.slice(0, 5)));
  const shared = shortWords.filter((w) => stems.has(w.slice(0, 5))).length;
  return shared / shortWords.length >= 0.6;
}
