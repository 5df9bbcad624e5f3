import { describe, expect, it } from 'vitest';
import { extractProgram } from '../../../src/core/program';

/** A small seeded generator, so a failure reproduces. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const PIECES = [
  'Preguntas guía',
  'PREGUNTAS GUÍA:',
  'Guiding questions',
  'Perguntas orientadoras',
  'Mesa 1',
  'Panel II: Agua',
  '1. ¿Cómo seguimos?',
  '2) ¿Quién paga?',
  '• What works?',
  '- Why not?',
  'a) ¿Y después?',
  '¿Sin número?',
  'Texto de relleno sin pregunta.',
  '10:00 – 10:15 Bienvenida',
  'Documentos de Referencia',
  'Objetivos',
  'https://example.org/?q=1',
  '¿Qué?5. ¿Cómo?',
  'gui\u0301a\u200b\u00a0',
  '\t',
  '',
  '',
  '\r',
  'que continúa',
  'sin cierre',
  '15 de junio de 2021',
  'Organiza la Red (RED) con Cities Alliance.',
  '(1) ¿Uno?',
  'II. ¿Dos?',
  '?',
  '¿',
  '**¿Negrita?**',
];

describe('extraction invariants on generated programs', () => {
  it('always returns clean questions whose spans point into the input', () => {
    const random = rng(42);
    for (let round = 0; round < 300; round++) {
      const lines = Array.from({ length: 1 + Math.floor(random() * 25) }, () => PIECES[Math.floor(random() * PIECES.length)]!);
      const input = lines.join(random() < 0.3 ? '\r\n' : '\n');
      const result = extractProgram(input);
      for (const q of result.questions) {
        expect(q.text).toBe(q.text.trim());
        expect(q.text).not.toMatch(/\s{2}|[\n\r\t\u00a0\u200b]/);
        expect(q.text).toBe(q.text.normalize('NFC'));
        expect(q.text).toMatch(/[\p{L}\p{N}]/u);
        expect(q.span[0]).toBeGreaterThanOrEqual(0);
        expect(q.span[1]).toBeGreaterThan(q.span[0]);
        expect(q.span[1]).toBeLessThanOrEqual(input.length);
      }
      const starts = result.questions.map((q) => q.span[0]);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
      expect(result.headingFound).toBe(result.heading !== null);
    }
  });
});
