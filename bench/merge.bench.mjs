// Merge benchmark (docs/benchmarks.md): three 10,000-note files of one event merged by the whole `relator merge`
// CLI process, the median (`_ms`) and minimum (`_min_ms`) of RUNS runs after one unrecorded warm-up run. `node -e 0`
// and `relator validate` of one of the three files are timed in the same run as references.
//
// The three files are variants of one event, as three rapporteurs' copies would be: the demo event of seed 7
// (`relator demo --notes 10000 --seed 7`), each copy keeping its first 9,000 notes and adding 1,000 notes of its own
// (taken from the demo of seed 7 + k, moved into the event), editing a tenth of the shared notes (one tenth edited by
// all three, so their texts conflict), deleting about 1 % and rewriting one synthesis.
import { readFileSync, writeFileSync } from 'node:fs';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { median, round, timeProcess } from './lib/context.mjs';

const NOTES = 10_000;
const SHARED = 9_000;
const RUNS = 7;

function demo(ctx, bin, seed) {
  const file = join(ctx.tmp, `merge-demo-${seed}.relator.json`);
  timeProcess('node', [bin, 'demo', '--notes', String(NOTES), '--seed', String(seed), '-o', file]);
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** Copy k (1–3) of the base event: see the header. */
function variant(base, other, k) {
  const file = structuredClone(base);
  const edited = new Date(Date.parse(base.event.updatedAt) + k * 60_000).toISOString();
  const questionIds = new Map(other.questions.map((q, i) => [q.id, base.questions[i].id]));
  const participantIds = new Map(other.participants.map((p, i) => [p.id, base.participants[i].id]));
  const shared = file.notes.slice(0, SHARED).map((note, i) => {
    if (note.deletedAt !== null) return note;
    if (i % 97 === k) return { ...note, deletedAt: edited, updatedAt: edited };
    if (i % 10 === k || i % 10 === 0) return { ...note, text: `${other.notes[i].text} (${k})`, editedAt: edited, updatedAt: edited };
    return note;
  });
  const own = other.notes.slice(SHARED).map((note) => ({
    ...note,
    eventId: base.event.id,
    questionId: note.questionId === null ? null : questionIds.get(note.questionId),
    speakerId: note.speakerId === null ? null : participantIds.get(note.speakerId),
  }));
  file.notes = [...shared, ...own];
  file.syntheses[0] = { ...file.syntheses[0], text: `${file.syntheses[0].text}\n\nAñadido por la copia ${k}.`, updatedAt: edited };
  return file;
}

function runsOf(cmd, args, runs) {
  timeProcess(cmd, args);
  return Array.from({ length: runs }, () => timeProcess(cmd, args));
}

const figures = (name, times) => [
  { name: `${name}_ms`, value: round(median(times)), unit: 'ms' },
  { name: `${name}_min_ms`, value: round(Math.min(...times)), unit: 'ms' },
];

export default async function mergeBench(ctx) {
  const bin = process.env.RELATOR_BIN ?? ctx.relatorBin;
  if (!existsSync(bin)) throw new Error(`merge bench: ${bin} not found`);
  const base = demo(ctx, bin, 7);
  const files = [1, 2, 3].map((k) => {
    const file = join(ctx.tmp, `merge-copy-${k}.relator.json`);
    writeFileSync(file, JSON.stringify(variant(base, demo(ctx, bin, 7 + k), k)));
    timeProcess('node', [bin, 'validate', file]);
    return file;
  });
  const out = join(ctx.tmp, 'merge-out.relator.json');
  const report = join(ctx.tmp, 'merge-conflicts.json');
  const startup = runsOf('node', ['-e', '0'], RUNS);
  const validate = runsOf('node', [bin, 'validate', files[0]], RUNS);
  const merge = runsOf('node', [bin, 'merge', ...files, '-o', out, '--conflicts', report], RUNS);
  // The figure counts only if the result is a valid file holding every note.
  timeProcess('node', [bin, 'validate', out]);
  const merged = JSON.parse(readFileSync(out, 'utf8'));
  const conflicts = JSON.parse(readFileSync(report, 'utf8')).conflicts.length;
  if (merged.notes.length !== SHARED + 3 * (NOTES - SHARED)) throw new Error(`merge bench: ${merged.notes.length} notes merged`);
  process.stdout.write(`  merged ${merged.notes.length} notes, ${conflicts} conflicting texts\n`);
  return [...figures('merge.node_startup', startup), ...figures('merge.validate_10k', validate), ...figures('merge.3x10k', merge)];
}
