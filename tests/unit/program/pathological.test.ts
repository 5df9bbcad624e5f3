import { describe, expect, it } from 'vitest';
import { extractProgram } from '../../../src/core/program';
import { PATHOLOGICAL_PASTES } from '../../fixtures/pathological-pastes.mjs';

// How long they take is bench/setup.bench.mjs's `setup.extract_pathological_worst_ms`: a timed
// assertion here would fail on a loaded machine and prove nothing on a quiet one.
describe('pathological pastes', () => {
  it.each(PATHOLOGICAL_PASTES.filter(([name]) => name !== 'glued items on one line'))(
    '%s: no question is made up from noise',
    (_name, text) => {
      expect(extractProgram(text).questions).toEqual([]);
    },
  );

  it('glued items on one line are read as questions, at most 5,000 of them', () => {
    const [, glued] = PATHOLOGICAL_PASTES.find(([name]) => name === 'glued items on one line')!;
    const { questions } = extractProgram(glued);
    expect(questions.length).toBe(5_000);
    expect(questions[0]!.text).toBe('¿Qué?');
  });

  it('caps the questions of an absurd paste instead of returning millions', () => {
    const { questions } = extractProgram('Preguntas guía\n' + '- ¿Sí?\n'.repeat(60_000));
    expect(questions.length).toBeGreaterThan(0);
    expect(questions.length).toBeLessThanOrEqual(5_000);
  });
});
