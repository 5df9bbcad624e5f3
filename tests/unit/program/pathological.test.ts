import { describe, expect, it } from 'vitest';
import { extractProgram } from '../../../src/core/program';

// Timing belongs to bench/setup.bench.mjs; these bounds are loose on purpose and only catch
// super-linear behaviour (catastrophic regex backtracking, quadratic scans), which takes seconds.
const LOOSE_MS = 2_000;
const MB = 1_000_000;
/** Enough to expose quadratic behaviour without making the unit suite heavy. */
const KB300 = 300_000;

function timed(text: string) {
  const t0 = performance.now();
  const result = extractProgram(text);
  return { result, ms: performance.now() - t0 };
}

describe('pathological pastes stay fast', () => {
  it.each([
    ['1 MB without a newline', 'palabra '.repeat(MB / 8)],
    ['100k question marks', '?'.repeat(100_000)],
    ['100k question-mark lines', '¿?\n'.repeat(100_000)],
    ['glued items on one line', '¿Qué?1. '.repeat(KB300 / 8)],
    ['numbers and dots', '1. '.repeat(KB300 / 3)],
    ['headings only', 'Preguntas guía\n'.repeat(KB300 / 15)],
    ['spaces then a question mark', `${' '.repeat(MB)}?`],
    ['decomposed accents', 'gui\u0301a '.repeat(KB300 / 6)],
    ['repeated dates', '15 de junio de '.repeat(KB300 / 15)],
    ['parenthesised acronyms in an organiser sentence', '(ABC) organizado por '.repeat(KB300 / 21)],
    ['colons', 'Preguntas guía:'.repeat(KB300 / 15)],
  ])('%s', (_name, text) => {
    const { ms } = timed(text);
    expect(ms).toBeLessThan(LOOSE_MS);
  });

  it('caps the questions of an absurd paste instead of returning millions', () => {
    const { result } = timed('Preguntas guía\n' + '- ¿Sí?\n'.repeat(60_000));
    expect(result.questions.length).toBeGreaterThan(0);
    expect(result.questions.length).toBeLessThanOrEqual(5_000);
  });
});
