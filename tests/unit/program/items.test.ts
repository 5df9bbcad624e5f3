import { describe, expect, it } from 'vitest';
import { extractProgram } from '../../../src/core/program';

const texts = (input: string) => extractProgram(input).questions.map((q) => q.text);

describe('question items', () => {
  it.each([
    ['1.', '2.'],
    ['1)', '2)'],
    ['(1)', '(2)'],
    ['I.', 'II.'],
    ['i)', 'ii)'],
    ['a)', 'b)'],
    ['b.', 'c.'],
    ['A.', 'B.'],
    ['•', '•'],
    ['-', '-'],
    ['*', '*'],
    ['–', '–'],
    ['1.-', '2.-'],
    ['P1.', 'P2.'],
    ['Pregunta 1:', 'Pregunta 2:'],
  ])('removes the marker "%s"', (m1, m2) => {
    expect(texts(`Preguntas guía\n${m1} ¿Cómo financiamos el transporte?\n${m2} ¿Quién decide las rutas?`)).toEqual([
      '¿Cómo financiamos el transporte?',
      '¿Quién decide las rutas?',
    ]);
  });

  it('reads one question per line when there is no marker', () => {
    expect(texts('Guiding questions\n\nHow do we fund transit?\nWho decides the routes?\n\nThe session is streamed live.')).toEqual([
      'How do we fund transit?',
      'Who decides the routes?',
    ]);
  });

  it('joins a question wrapped over several lines with single spaces', () => {
    expect(
      texts('Preguntas guía\n1. ¿Cómo los retos\n     y respuestas inmediatas   se convierten\n   en catalizadores?\n2. ¿Y después?'),
    ).toEqual(['¿Cómo los retos y respuestas inmediatas se convierten en catalizadores?', '¿Y después?']);
  });

  it('keeps several ¿…? sentences and a trailing sentence of one numbered item together', () => {
    expect(texts('Perguntas orientadoras\n1. Como crescer? Como incluir? Sem deixar ninguém para trás.\n2. Quem paga?')).toEqual([
      'Como crescer? Como incluir? Sem deixar ninguém para trás.',
      'Quem paga?',
    ]);
  });

  it('keeps an unmarked continuation line of a numbered item with it', () => {
    expect(texts('Preguntas guía\n1. ¿Cómo crecer?\n¿Cómo incluir a todas?\n2. ¿Quién paga?')).toEqual([
      '¿Cómo crecer? ¿Cómo incluir a todas?',
      '¿Quién paga?',
    ]);
  });

  it('splits items glued on one line by scraping, even when the number repeats', () => {
    expect(texts('Preguntas guía\n4. ¿Cómo se reactivan las economías?5. ¿Cómo seguir aprendiendo?5. ¿Qué sigue?')).toEqual([
      '¿Cómo se reactivan las economías?',
      '¿Cómo seguir aprendiendo?',
      '¿Qué sigue?',
    ]);
    expect(texts('Key questions\n1) What works? 2) What does not? • Why?')).toEqual(['What works?', 'What does not?', 'Why?']);
  });

  it('does not split inside a question at numbers that are not markers', () => {
    expect(texts('Preguntas guía\n1. ¿Qué cambió entre 2019 y 2021? ¿Y el ODS 11?\n2. ¿Cómo lograr 1.5 grados?')).toEqual([
      '¿Qué cambió entre 2019 y 2021? ¿Y el ODS 11?',
      '¿Cómo lograr 1.5 grados?',
    ]);
  });

  it('accepts numbered items phrased without a question mark under a heading', () => {
    expect(texts('Preguntas guía\n1. Retos de la gobernanza metropolitana\n2. ¿Qué sigue?')).toEqual([
      'Retos de la gobernanza metropolitana',
      '¿Qué sigue?',
    ]);
  });

  it('keeps blank lines between items inside the block', () => {
    expect(texts('Preguntas guía\n\n1. ¿Primera?\n\n2. ¿Segunda?\n\n3. ¿Tercera?')).toEqual(['¿Primera?', '¿Segunda?', '¿Tercera?']);
  });

  it('keeps a wrapped line starting with a panel word inside its question', () => {
    expect(texts('Preguntas guía\n1. ¿Cómo se organiza la\nmesa de diálogo con\nlas comunidades?')).toEqual([
      '¿Cómo se organiza la mesa de diálogo con las comunidades?',
    ]);
  });

  it('keeps a sentence written under a numbered question with it, when the list goes on', () => {
    expect(texts('Preguntas guía\n1. ¿Qué aprendimos?\nPiense en su municipio.\n2. ¿Qué sigue?')).toEqual([
      '¿Qué aprendimos? Piense en su municipio.',
      '¿Qué sigue?',
    ]);
  });

  it('skips a note under an unnumbered question and reads on', () => {
    expect(
      texts('Preguntas guía\n¿Cómo financiamos la movilidad?\nDescripción breve del tema.\n¿Quién decide?\n\nLa sesión será transmitida.'),
    ).toEqual(['¿Cómo financiamos la movilidad?', '¿Quién decide?']);
  });

  it('joins an unnumbered question wrapped over two lines', () => {
    expect(texts('Guiding questions\nHow can cities\nadapt to heat waves?\nWho decides\nthe routes?\n\nThanks.')).toEqual([
      'How can cities adapt to heat waves?',
      'Who decides the routes?',
    ]);
    expect(texts('Preguntas guía\nLas preguntas son las siguientes\n¿Cómo seguimos?\n¿Quién paga?')).toEqual([
      '¿Cómo seguimos?',
      '¿Quién paga?',
    ]);
  });

  it('splits an item glued after a closing parenthesis or a full stop when a "¿" follows', () => {
    expect(texts('Preguntas guía\n1. ¿Cómo pactar entre pares (municipios)?2. ¿Y luego?\n3. Salirnos del status quo.4. ¿Qué más?')).toEqual(
      ['¿Cómo pactar entre pares (municipios)?', '¿Y luego?', 'Salirnos del status quo.', '¿Qué más?'],
    );
  });
});
