import { describe, expect, it } from 'vitest';
import { extractProgram } from '../../../src/core/program';

const pairs = (input: string) => extractProgram(input).questions.map((q) => [q.block, q.text]);

describe('blocks of questions', () => {
  it('keeps one block per panel, in document order, with the panel label', () => {
    const text = [
      'Foro Metropolitano 2024',
      '',
      'Mesa 1: Gobernanza',
      'Preguntas guía',
      '1. ¿Cómo coordinar a los municipios?',
      '2. ¿Qué instrumentos existen?',
      '',
      'Mesa 2: Economía',
      'Preguntas guía',
      '1. ¿Cómo reactivar la economía local?',
    ].join('\n');
    expect(pairs(text)).toEqual([
      ['Mesa 1: Gobernanza', '¿Cómo coordinar a los municipios?'],
      ['Mesa 1: Gobernanza', '¿Qué instrumentos existen?'],
      ['Mesa 2: Economía', '¿Cómo reactivar la economía local?'],
    ]);
  });

  it('names the first block too when no heading announces the questions', () => {
    const text = [
      'CONVERSATORIO: MEMORIA Y RECONCILIACIÓN',
      'Programa',
      'Eje 1. Memoria histórica',
      '   a. ¿Cuál es el papel de las víctimas en la construcción de memoria?',
      '   b. ¿Cómo garantizar que los relatos locales lleguen a la escuela?',
      'Eje 2. Reconciliación',
      '   a. ¿Qué significa reconciliarse donde el conflicto no ha terminado?',
    ].join('\n');
    expect(pairs(text)).toEqual([
      ['Eje 1. Memoria histórica', '¿Cuál es el papel de las víctimas en la construcción de memoria?'],
      ['Eje 1. Memoria histórica', '¿Cómo garantizar que los relatos locales lleguen a la escuela?'],
      ['Eje 2. Reconciliación', '¿Qué significa reconciliarse donde el conflicto no ha terminado?'],
    ]);
  });

  it('reads panel labels inside one heading', () => {
    const text = 'Guiding questions\nPanel 1\n- Who decides?\n- Who pays?\n\nPanel 2:\n- What comes next?';
    expect(pairs(text)).toEqual([
      ['Panel 1', 'Who decides?'],
      ['Panel 1', 'Who pays?'],
      ['Panel 2', 'What comes next?'],
    ]);
  });

  it('takes the label written on the heading line', () => {
    const text = 'Mesa 1 – Preguntas guía\n1. ¿Uno?\n\nPerguntas orientadoras (Painel II)\n1. Dois?';
    expect(pairs(text)).toEqual([
      ['Mesa 1', '¿Uno?'],
      ['Painel II', 'Dois?'],
    ]);
  });

  it('names blocks after the line above each heading when a program repeats the heading', () => {
    const text = 'Agua y ciudad\nPreguntas guía\n1. ¿Quién cuida el agua?\n\nMovilidad\nPreguntas guía\n1. ¿Cómo nos movemos?';
    expect(pairs(text)).toEqual([
      ['Agua y ciudad', '¿Quién cuida el agua?'],
      ['Movilidad', '¿Cómo nos movemos?'],
    ]);
  });

  it('uses an empty block label when the program names none', () => {
    expect(pairs('Preguntas guía\n1. ¿Uno?\n2. ¿Dos?')).toEqual([
      ['', '¿Uno?'],
      ['', '¿Dos?'],
    ]);
  });

  it('does not glue a panel label onto a numbered item without a question mark', () => {
    expect(pairs('Preguntas guía\nMesa 1\n1. Retos de la gobernanza\nMesa 2\n1. Financiamiento local')).toEqual([
      ['Mesa 1', 'Retos de la gobernanza'],
      ['Mesa 2', 'Financiamiento local'],
    ]);
  });

  it('reads a panel named after the heading on the same line', () => {
    expect(pairs('PREGUNTAS GUÍA MESA 1\n1. ¿Uno?\nPREGUNTAS GUÍA MESA 2\n1. ¿Dos?')).toEqual([
      ['MESA 1', '¿Uno?'],
      ['MESA 2', '¿Dos?'],
    ]);
  });

  it('takes no label from an introductory phrase before the heading word', () => {
    const r = extractProgram('The following questions will guide the discussion:\n1. Who decides?\n2. Who pays?');
    expect(r.questions.map((q) => q.block)).toEqual(['', '']);
    expect(r.headingFound).toBe(true);
  });

  it('finds the panel a few lines above the heading, past moderator and speaker lines', () => {
    const text =
      'Mesa 1. Gobernanza\nModera: Ana\nPanelistas: A, B\nPreguntas:\n• ¿Uno?\n\nMesa 2. Economía\nModera: Luis\nPreguntas:\n• ¿Dos?';
    expect(pairs(text)).toEqual([
      ['Mesa 1. Gobernanza', '¿Uno?'],
      ['Mesa 2. Economía', '¿Dos?'],
    ]);
  });

  it('reads panel labels from agenda lines with times', () => {
    const text = '10:00 – 11:30 Mesa 1: Gobernanza\nPreguntas guía:\n• ¿Uno?\n11:30 – 12:30 Mesa 2: Economía\nPreguntas guía:\n• ¿Dos?';
    expect(pairs(text)).toEqual([
      ['Mesa 1: Gobernanza', '¿Uno?'],
      ['Mesa 2: Economía', '¿Dos?'],
    ]);
  });

  it('does not take a section number as a label', () => {
    expect(pairs('III. Preguntas guía\n1. ¿Uno?')).toEqual([['', '¿Uno?']]);
  });

  it('takes numbered panel names over nested question lists as labels', () => {
    const text = 'Preguntas guía\n1. Gobernanza\n   • ¿Quién decide?\n   • ¿Quién paga?\n2. Mesa de economía\n   • ¿Cómo reactivar?';
    expect(pairs(text)).toEqual([
      ['Gobernanza', '¿Quién decide?'],
      ['Gobernanza', '¿Quién paga?'],
      ['Mesa de economía', '¿Cómo reactivar?'],
    ]);
  });
});
