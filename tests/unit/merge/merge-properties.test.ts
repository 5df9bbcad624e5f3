import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseEventFile } from '../../../src/core/file-format';
import { mergeEventFiles } from '../../../src/core/merge';
import { TEXT_FIELDS, readField } from '../../../src/core/merge/text-fields';
import { COLLECTION_NAMES } from '../../../src/core/merge/kinds';
import { historyArb, merged, mergedText, play } from './histories';

// Modest run counts: these check the algebra on small histories; large files are the benchmark's.
const RUNS = { numRuns: 60 };

describe('merging event files: properties over random edit histories of one event', () => {
  it('is idempotent: merging a file with itself, or a merge with itself, changes nothing', () => {
    fc.assert(
      fc.property(historyArb, (history) => {
        const [a, b] = play(history);
        expect(mergedText([a!, a!])).toBe(mergedText([a!]));
        const ab = merged([a!, b!]);
        expect(mergedText([ab, ab])).toBe(mergedText([ab]));
        expect(mergedText([ab, a!])).toBe(mergedText([ab]));
      }),
      RUNS,
    );
  });

  it('is order-independent: the same bytes whatever the order of the files', () => {
    fc.assert(
      fc.property(historyArb, (history) => {
        const [a, b, c] = play(history);
        const abc = mergedText([a!, b!, c!]);
        expect(mergedText([b!, a!, c!])).toBe(abc);
        expect(mergedText([c!, b!, a!])).toBe(abc);
        expect(mergedText([b!, a!])).toBe(mergedText([a!, b!]));
      }),
      RUNS,
    );
  });

  it('is associative: merge(merge(A, B), C) = merge(A, merge(B, C)) = merge(A, B, C)', () => {
    fc.assert(
      fc.property(historyArb, (history) => {
        const [a, b, c] = play(history);
        const left = mergedText([merged([a!, b!]), c!]);
        expect(mergedText([a!, merged([b!, c!])])).toBe(left);
        expect(mergedText([a!, b!, c!])).toBe(left);
      }),
      RUNS,
    );
  });

  it('passes validation, and loses no live note: each is live or deleted by a version at least as new', () => {
    fc.assert(
      fc.property(historyArb, (history) => {
        const inputs = play(history);
        const text = mergedText(inputs);
        const parsed = parseEventFile(text);
        expect(parsed.ok && parsed.warnings).toEqual([]);
        const out = new Map(mergedBundle(inputs).notes.map((n) => [n.id, n]));
        for (const { bundle } of inputs) {
          for (const note of bundle.notes) {
            if (note.deletedAt !== null) continue;
            const kept = out.get(note.id);
            expect(kept, note.id).toBeDefined();
            if (kept!.deletedAt !== null) expect(Date.parse(kept!.updatedAt)).toBeGreaterThanOrEqual(Date.parse(note.updatedAt));
          }
        }
      }),
      RUNS,
    );
  });

  it('reports every losing text: a text of any input that the merged record does not hold is in the conflicts', () => {
    fc.assert(
      fc.property(historyArb, (history) => {
        const inputs = play(history);
        const result = mergeEventFiles(inputs);
        if (!result.ok) throw new Error(result.code);
        const reported = new Set(result.conflicts.map((c) => JSON.stringify([c.kind, c.lost.id, c.field, c.lost.value])));
        for (const { bundle } of inputs) {
          const kinds = [['event', [bundle.event]], ...COLLECTION_NAMES.map((n) => [n, bundle[n]] as const)] as const;
          for (const [kind, records] of kinds) {
            const out = new Map(
              (kind === 'event' ? [result.bundle.event] : result.bundle[kind]).map(
                (r: { id: string; deletedAt: string | null }) => [r.id, r] as const,
              ),
            );
            for (const record of records as ReadonlyArray<{ id: string; deletedAt: string | null }>) {
              const kept = out.get(record.id)!;
              if (kind === 'notes' && isPurged(kept) !== isPurged(record)) continue; // a purge wins or loses whole
              if (kind === 'notes' && isPurged(record)) continue;
              for (const path of TEXT_FIELDS[kind]) {
                const value = readField(record, path);
                if (value === null || value === readField(kept, path)) continue;
                expect(reported, `${kind} ${record.id} ${path.join('.')}`).toContain(
                  JSON.stringify([kind, record.id, path.join('.'), value]),
                );
              }
            }
          }
        }
        // A synthesis set aside (its question and mesa have a later one) is reported against the one kept.
        for (const s of result.bundle.syntheses) {
          const wasLive = inputs.some((i) =>
            i.bundle.syntheses.some((x) => x.id === s.id && x.deletedAt === null && x.updatedAt === s.updatedAt),
          );
          const live = result.bundle.syntheses.find((x) => x.questionId === s.questionId && x.mesaId === s.mesaId && x.deletedAt === null);
          if (s.deletedAt === null || !wasLive || !live || live.text === s.text) continue;
          expect(reported).toContain(JSON.stringify(['syntheses', s.id, 'text', s.text]));
        }
      }),
      RUNS,
    );
  });
});

function isPurged(record: { deletedAt: string | null }): boolean {
  return record.deletedAt !== null && (record as { text?: string }).text === '';
}

function mergedBundle(inputs: Parameters<typeof mergeEventFiles>[0]) {
  const result = mergeEventFiles(inputs);
  if (!result.ok) throw new Error(result.code);
  return result.bundle;
}
