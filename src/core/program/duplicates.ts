import { fold } from './normalize';
import type { RawQuestion } from './questions';

/**
 * A program that gives its list twice — a summary near the top and the full questions further on,
 * or the same list repeated — yields it once, in its fuller form. Lists are compared item by item;
 * a list given for three or more panels is each panel's own and stays, and two panels asked the
 * same questions under different panel names both keep theirs.
 */

interface Group {
  items: RawQuestion[];
  /** The item texts as read: equal signatures are the same list. */
  signature: string;
  size: number;
  block: string;
  /** Folded item texts, letters and digits only, for comparing a summary with its full list; made when needed. */
  keys?: string[];
}

const keysOf = (g: Group): string[] =>
  (g.keys ??= g.items.map((q) =>
    fold(q.text)
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim(),
  ));

const MAX_SUMMARY_GROUPS = 60;

export function dropRepeatedLists(questions: RawQuestion[]): RawQuestion[] {
  const groups: Group[] = [];
  let current: RawQuestion[] = [];
  const close = (): void => {
    if (current.length === 0) return;
    const signature = current.map((q) => q.text).join('\n');
    groups.push({ items: current, signature, size: signature.length, block: current[0]!.block });
    current = [];
  };
  for (const q of questions) {
    if (current.length > 0 && current[0]!.group !== q.group) close();
    current.push(q);
  }
  close();
  if (groups.length < 2) return questions;

  const bySignature = new Map<string, number[]>();
  groups.forEach((g, i) => bySignature.set(g.signature, [...(bySignature.get(g.signature) ?? []), i]));
  const dropped = new Set<number>();
  for (let a = 0; a < groups.length; a++) {
    if (dropped.has(a)) continue;
    const twins = (bySignature.get(groups[a]!.signature) ?? []).filter((b) => b !== a && compatible(groups[a]!, groups[b]!));
    // A summary is much shorter than its full list: only such pairs are compared item by item, and only in
    // a program of a few lists (a summary and its full form are a short program's habit; a paste of
    // hundreds of panels is not compared pair by pair).
    for (let b = 0; b < groups.length && twins.length < 2 && groups.length <= MAX_SUMMARY_GROUPS; b++) {
      if (b !== a && groups[b]!.signature !== groups[a]!.signature && summaryPair(groups[a]!, groups[b]!)) twins.push(b);
    }
    // Exactly twice: a summary and the full list, or the list repeated. Three or more: one per panel.
    if (twins.length !== 1 || twins[0]! < a) continue;
    const b = twins[0]!;
    dropped.add(weaker(groups[a]!, groups[b]!) ? a : b);
  }
  if (dropped.size === 0) return questions;
  return groups.filter((_, k) => !dropped.has(k)).flatMap((g) => g.items);
}

const compatible = (x: Group, y: Group): boolean => x.items.length === y.items.length && (!x.block || !y.block || x.block === y.block);

function summaryPair(x: Group, y: Group): boolean {
  if (!compatible(x, y)) return false;
  const [short, long] = x.size <= y.size ? [x, y] : [y, x];
  if (short.size > long.size * 0.8) return false;
  const longKeys = keysOf(long);
  return keysOf(short).every((k, i) => k === longKeys[i] || summarises(k, longKeys[i]!));
}

/** Whether the first list is the one to drop: shorter, or as long but without a panel name. */
function weaker(x: Group, y: Group): boolean {
  if (x.size !== y.size) return x.size < y.size;
  return !x.block && !!y.block;
}

const words = (key: string): string[] => key.split(' ').filter((w) => w.length >= 4);

/**
 * A summary of a question: a much shorter text most of whose words begin words of the longer one.
 * Questions differing only in a number or a name are different questions.
 */
function summarises(short: string, long: string): boolean {
  if (short.length > long.length * 0.7) return false;
  const shortWords = words(short);
  if (shortWords.length === 0) return false;
  const stems = new Set(words(long).map((w) => w.slice(0, 5)));
  return shortWords.filter((w) => stems.has(w.slice(0, 5))).length / shortWords.length >= 0.6;
}
