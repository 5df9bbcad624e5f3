import { describe, expect, it } from 'vitest';
import { extractProgram } from '../../../src/core/program';

const texts = (input: string) => extractProgram(input).questions.map((q) => q.text);

describe('text from a PDF', () => {
  it('joins words hyphenated at a line end, and keeps the hyphen of a real compound', () => {
    expect(
      texts(
        'Preguntas guía\n1. ¿Cómo financiar los pro-\nyectos metropolitanos?\n2. ¿Sirven las matrices origen-\ndestino si nadie usa una matriz de origen o de destino?',
      ),
    ).toEqual([
      '¿Cómo financiar los proyectos metropolitanos?',
      '¿Sirven las matrices origen-destino si nadie usa una matriz de origen o de destino?',
    ]);
    // The compound written elsewhere in the text decides; so does the joined word.
    expect(texts('Encuestas origen-destino.\nPreguntas guía\n1. ¿Qué dicen las encuestas origen-\ndestino?')).toEqual([
      '¿Qué dicen las encuestas origen-destino?',
    ]);
  });

  it('joins "pro- yectos" left by a viewer that joined the lines, but not "pre- y posparto"', () => {
    expect(texts('Preguntas guía\n1. ¿Cómo evaluar los pro- yectos de atención pre- y posparto?')).toEqual([
      '¿Cómo evaluar los proyectos de atención pre- y posparto?',
    ]);
  });

  it('reads on over a page break marked by a form feed, without the running header of the next page', () => {
    const text = [
      'Informe del Foro Urbano',
      'Preguntas guía',
      '1. ¿Cómo se coordinan los municipios',
      '\fInforme del Foro Urbano',
      'para gestionar el agua?',
      '2. ¿Quién paga la infraestructura?',
      '\fInforme del Foro Urbano',
      '3. ¿Qué sigue?',
    ].join('\n');
    const r = extractProgram(text);
    expect(r.questions.map((q) => q.text)).toEqual([
      '¿Cómo se coordinan los municipios para gestionar el agua?',
      '¿Quién paga la infraestructura?',
      '¿Qué sigue?',
    ]);
    expect(r.event.title).toBe('Informe del Foro Urbano');
  });

  it('drops page numbers in their usual forms', () => {
    for (const footer of ['Página 2 de 5', 'Page 2 of 5', '- 2 -', '2', 'Pág. 2', '2/5']) {
      expect(texts(`Preguntas guía\n1. ¿Cómo se coordinan\n\n${footer}\n\nlos municipios?\n2. ¿Y luego?`)).toEqual([
        '¿Cómo se coordinan los municipios?',
        '¿Y luego?',
      ]);
    }
  });
});

describe('e-mails', () => {
  it('keeps a "> " bullet list when the text is no e-mail', () => {
    expect(texts('Preguntas guía\n> ¿Cómo seguimos?\n> ¿Quién paga?')).toEqual(['¿Cómo seguimos?', '¿Quién paga?']);
  });

  it('reads the questions of a quoted message, whatever the quoting depth', () => {
    const text = [
      'On Mon, 3 Jun 2024 at 10:00, Ana <ana@example.org> wrote:',
      '> On Sun, 2 Jun 2024 at 09:00, Luis <luis@example.org> wrote:',
      '> > Guiding questions',
      '> > 1. How do we fund',
      '> > transit?',
      '> > 2. Who decides?',
      '> >',
      '> > Thanks,',
      '> > Luis',
    ].join('\n');
    expect(texts(text)).toEqual(['How do we fund transit?', 'Who decides?']);
  });
});

describe('Markdown', () => {
  it('keeps the text of marks and links, and their spans point into the Markdown as written', () => {
    const text =
      'Preguntas guía\n- ¿Qué aprendimos de **[Utopías](https://example.org/u)** y de las *Manzanas del Cuidado*?\n- ¿Cómo usar mi_archivo_final?';
    const r = extractProgram(text);
    expect(r.questions.map((q) => q.text)).toEqual([
      '¿Qué aprendimos de Utopías y de las Manzanas del Cuidado?',
      '¿Cómo usar mi_archivo_final?',
    ]);
    expect(text.slice(...r.questions[0]!.span)).toBe(
      '¿Qué aprendimos de **[Utopías](https://example.org/u)** y de las *Manzanas del Cuidado*?',
    );
  });
});

describe('no invented questions', () => {
  it('finds nothing in a plain agenda, a contact line or a call to action', () => {
    expect(
      texts(
        'Programa\n09:00 Registro\n10:00 Conferencia magistral\n11:00 Receso\n\n¿Te interesa participar? Inscríbete aquí.\nInformes: foro@example.org',
      ),
    ).toEqual([]);
    expect(texts('Agenda\n10:00 Welcome\nQuestions? Contact us at info@example.org')).toEqual([]);
  });
});
