// The synthetic events the benchmarks run on (`relator demo`), and what each capture view of them
// must show, computed here independently of the app so a benchmark can tell "done" from "still loading".
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Folds text the way search does (accents and case ignored). */
export const fold = (text) =>
  text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();

/** Writes the deterministic demo event of `notes` notes (seed 7) to the scratch folder and reads it back. */
export function demoEvent(ctx, notes, seed = 7) {
  const file = join(ctx.tmp, `demo-${notes}.relator.json`);
  execFileSync(process.execPath, [ctx.relatorBin, 'demo', '--notes', String(notes), '--seed', String(seed), '-o', file], {
    cwd: ctx.root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const bundle = JSON.parse(readFileSync(file, 'utf8'));
  return { file, bundle, views: captureViews(bundle) };
}

const byCreated = (a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0);

/**
 * The capture views a benchmark opens: the first question, the largest question, the general notes and
 * all questions, each with the slot the app remembers, how many live notes it lists and its last note.
 * When the first question is also the largest, it is listed once (as both).
 */
function captureViews(bundle) {
  const live = bundle.notes.filter((n) => n.deletedAt === null).sort(byCreated);
  const questions = bundle.questions.filter((q) => q.deletedAt === null).sort((a, b) => a.order - b.order);
  const of = (questionId) => live.filter((n) => n.questionId === questionId);
  const view = (name, slot, notes) => ({ name, slot, count: notes.length, last: notes[notes.length - 1]?.text ?? null });
  const counts = questions.map((q) => of(q.id).length);
  const largest = counts.indexOf(Math.max(...counts));
  const views = [view('first', questions[0].id, of(questions[0].id))];
  if (largest === 0) views[0].alias = 'largest';
  else views.push(view('largest', questions[largest].id, of(questions[largest].id)));
  views.push(view('general', 'general', of(null)), view('all', 'all', live));
  return views;
}

/** Live notes matching a search query as the app's search does: every word, folded, in the text or a #tag. */
export function countMatches(bundle, query) {
  const words = fold(query).split(/\s+/).filter(Boolean);
  let count = 0;
  for (const n of bundle.notes) {
    if (n.deletedAt !== null) continue;
    const text = fold(`${n.text} ${n.tags.map((t) => `#${t}`).join(' ')}`);
    if (words.every((w) => text.includes(w))) count++;
  }
  return count;
}
