import { describe, expect, it } from 'vitest';
import { extractProgram } from '../../../src/core/program';

const QUESTIONS = '1. ¿Qué aprendimos de la pandemia?\n2. ¿Qué sigue para las ciudades?\n';
const texts = (input: string) => extractProgram(input).questions.map((q) => q.text);

describe('guiding-question headings', () => {
  it.each([
    'Preguntas guía',
    'PREGUNTAS GUÍA:',
    'Preguntas guia',
    'preguntas Guía :',
    'Preguntas detonadoras',
    'Preguntas orientadoras',
    'Preguntas generadoras',
    'Preguntas para el diálogo',
    'Preguntas para la discusión:',
    'Pregunta guía',
    'Preguntas-guía',
    '**Preguntas guía**',
    '## Preguntas guía',
    'III. Preguntas guía',
    'Guiding questions',
    'GUIDING QUESTIONS:',
    'Discussion questions',
    'Key questions',
    'Questions for discussion',
    'Perguntas orientadoras',
    'Perguntas norteadoras:',
    'Questões norteadoras',
    'QUESTOES NORTEADORAS',
    'Perguntas-guia',
    'Preguntas clave',
    'Preguntas disparadoras',
    'Preguntas rectoras',
    'Preguntas que guiarán la conversación:',
    'Guiding Questions for Panelists',
    'Framing questions',
    'Questions to consider',
    'Perguntas-chave',
    'Questões para reflexão',
  ])('recognises "%s"', (heading) => {
    const result = extractProgram(`Foro de prueba\n\nIntroducción al foro.\n\n${heading}\n${QUESTIONS}\nOrganiza la red.`);
    expect(result.headingFound).toBe(true);
    expect(result.questions.map((q) => q.text)).toEqual(['¿Qué aprendimos de la pandemia?', '¿Qué sigue para las ciudades?']);
  });

  it('returns the heading as written, without decoration', () => {
    expect(extractProgram(`**PREGUNTAS GUÍA:**\n${QUESTIONS}`).heading).toBe('PREGUNTAS GUÍA');
  });

  it('accepts a heading with its first question on the same line', () => {
    expect(texts('Preguntas guía: ¿Cómo seguimos?\n¿Quién decide?')).toEqual(['¿Cómo seguimos?', '¿Quién decide?']);
    expect(texts('Guiding questions: 1. How do we continue? 2. Who decides?')).toEqual(['How do we continue?', 'Who decides?']);
  });

  it('tolerates a sentence introducing the list after the heading', () => {
    const r = extractProgram(`Preguntas generadoras\nPara orientar la conversación se proponen las siguientes preguntas:\n${QUESTIONS}`);
    expect(r.heading).toBe('Preguntas generadoras');
    expect(r.questions.map((q) => q.block)).toEqual(['', '']);
    expect(r.questions).toHaveLength(2);
  });

  it.each([
    'Preguntas y respuestas',
    'Preguntas frecuentes',
    'Sesión de preguntas del público',
    'Sesión de preguntas',
    'Q&A questions',
    'Frequently asked questions',
    'Envía tus preguntas al panel',
  ])('does not take "%s" as a guiding-questions heading', (heading) => {
    const r = extractProgram(`${heading}\n1. ¿Dónde es el evento?\n2. ¿Hay constancia de asistencia?`);
    expect(r.headingFound).toBe(false);
  });

  it('does not take prose that mentions questions as a heading', () => {
    const r = extractProgram(
      'El panel abordará preguntas clave sobre la gestión del agua en la región, con especialistas.\n1. ¿Cuánta agua se pierde en las redes de distribución?',
    );
    expect(r.headingFound).toBe(false);
    expect(r.questions.map((q) => q.text)).toEqual(['¿Cuánta agua se pierde en las redes de distribución?']);
  });
});
