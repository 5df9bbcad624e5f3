import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractProgram } from '../../../src/core/program';

const sample = readFileSync(new URL('../../../resources/samples/segundo-conversatorio-metropolitano.txt', import.meta.url), 'utf8');

const EXPECTED = [
  '¿Cómo los retos y respuestas inmediatas ante el COVID19 se convierten en catalizadores para fortalecer los procesos de gobernanza metropolitana en México?',
  '¿Cómo queremos que las ciudades crezcan POST COVID-19? Salirnos del status quo y con una mirada feminista para hacer espacios urbanos inclusivos y sostenibles.',
  '¿Cómo se complementan los niveles de acción federal y metropolitano? ¿Cómo los diversos sectores dialogan y vislumbran juntos próximos pasos? ¿Cómo generar nuevos espacios de gobernanza metropolitana al alcance de los actoreslocales y municipales (donde se hagan pactos de pares)?',
  '¿Cómo se potencian y visibilizan las respuestas de las comunidades que están atendiendo la emergencia en los barrios, en particular, el rol y voz de las mujeres, en la construcción de políticas públicas de la ciudad?',
  '¿Cómo se potencian y reactivan dinámicas económicas más sostenibles y quepromuevan la seguridad alimentaria?',
  '¿Cómo seguir aprendiendo sobre diversas iniciativas y experiencias de los municipios para fortalecer procesos metropolitanos?',
];

describe('the sample program (Segundo Conversatorio Metropolitano)', () => {
  const result = extractProgram(sample);

  it('gives exactly its six guiding questions, in order and as written', () => {
    expect(result.questions.map((q) => q.text)).toEqual(EXPECTED);
    expect(result.heading).toBe('Preguntas Guía');
    expect(result.headingFound).toBe(true);
    expect(result.questions.every((q) => q.block === '')).toBe(true);
  });

  it('splits the fifth and sixth questions that the scrape glued together', () => {
    expect(result.questions[4]!.text.endsWith('seguridad alimentaria?')).toBe(true);
    expect(result.questions[5]!.text).not.toMatch(/Documentos de Referencia/);
  });

  it('points each question at the text it came from', () => {
    for (const q of result.questions) {
      expect(sample.slice(q.span[0], q.span[1])).toBe(q.text);
    }
  });

  it('does not take the footer glued to the last line as part of the question', () => {
    const glued = sample.replace(/metropolitanos\?\s*\n\s*Documentos de Referencia/, 'metropolitanos?Documentos de Referencia');
    expect(glued).not.toBe(sample);
    expect(extractProgram(glued).questions.map((q) => q.text)).toEqual(EXPECTED);
  });

  it('reads the event data it can', () => {
    expect(result.event).toMatchObject({
      title: 'Segundo Conversatorio Metropolitano',
      subtitle: 'Zonas metropolitanas: reflexiones y aprendizajes post-COVID-19',
      date: '',
      organisers: ['Renamet', 'Cities Alliance', 'RIVHA', 'UHPH', 'SEDATU'],
    });
    expect(result.event.objectives).toHaveLength(3);
    expect(result.event.objectives[2]).toMatch(/actores metropolitanos presentes\.$/);
  });
});
