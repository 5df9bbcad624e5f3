import { describe, expect, it } from 'vitest';
import { extractProgram } from '../../../src/core/program';

const texts = (input: string) => extractProgram(input).questions.map((q) => q.text);

describe('noise around the questions', () => {
  it('ignores menus, share links, dates, objectives and an agenda with times', () => {
    const text = [
      'Pasar al contenido principal',
      'Inicio  Eventos  Contacto',
      'Foro Ciudades Vivas',
      '15 de junio de 2021',
      'Compartir: Facebook | Twitter | https://example.org/foro?id=12',
      '',
      'Objetivos',
      '1. Compartir experiencias de los municipios.',
      '2. Identificar buenas prácticas.',
      '',
      'Programa',
      '10:00 – 10:15 Bienvenida',
      '10:15 – 11:00 Panel: ¿Qué aprendimos?',
      '',
      'Preguntas guía',
      '1. ¿Qué aprendimos de la pandemia?',
      '2. ¿Qué sigue para las ciudades?',
      '',
      'Documentos de Referencia',
      'Informe anual (PDF)',
      '© 2021 Red Metropolitana. Todos los derechos reservados.',
    ].join('\n');
    expect(texts(text)).toEqual(['¿Qué aprendimos de la pandemia?', '¿Qué sigue para las ciudades?']);
  });

  it('ends the block at a blank-line-separated paragraph that is not a question', () => {
    expect(
      texts('Preguntas guía\n1. ¿Uno?\n2. ¿Dos?\n\nLa sesión será transmitida en vivo por YouTube.\n¿Dudas? Escríbanos a foro@example.org'),
    ).toEqual(['¿Uno?', '¿Dos?']);
  });

  it('ends the block at another heading, even without a blank line', () => {
    expect(texts('Discussion questions\n- Who decides?\n- Who pays?\nSpeakers\n- Ana Pérez, City of Lima')).toEqual([
      'Who decides?',
      'Who pays?',
    ]);
  });

  it('ends the block at an agenda line with a time', () => {
    expect(texts('Key questions\n- Who decides?\n10:00 – 10:15 Welcome\n- Coffee?')).toEqual(['Who decides?']);
  });

  it('drops a footer glued after the last question mark, but keeps a real trailing sentence', () => {
    expect(texts('Preguntas guía\n1. ¿Cómo seguir aprendiendo?Documentos de Referencia')).toEqual(['¿Cómo seguir aprendiendo?']);
    expect(texts('Preguntas guía\n1. ¿Cómo seguir? Compartir en Facebook')).toEqual(['¿Cómo seguir?']);
    expect(texts('Preguntas guía\n1. ¿Cómo crecer? Con una mirada feminista.')).toEqual(['¿Cómo crecer? Con una mirada feminista.']);
  });

  it('does not treat question marks inside links as questions', () => {
    const r = extractProgram('Foro\nhttps://example.org/evento?id=3&x=4\nwww.example.org/?s=foro\n');
    expect(r.questions).toEqual([]);
  });
});

describe('text without a heading', () => {
  it('falls back to the lines that ask something, and says no heading was found', () => {
    const r = extractProgram(
      'Inicio | ¿Quiénes somos?\nConversatorio sobre agua\n\n¿Cómo garantizar el acceso al agua en las periferias?\n¿Qué papel tienen los organismos operadores?\n\nInscripciones abiertas.',
    );
    expect(r.headingFound).toBe(false);
    expect(r.heading).toBeNull();
    expect(r.questions.map((q) => q.text)).toEqual([
      '¿Cómo garantizar el acceso al agua en las periferias?',
      '¿Qué papel tienen los organismos operadores?',
    ]);
  });

  it('still removes numbering and joins wrapped lines', () => {
    expect(texts('1. What can cities learn\n   from the pandemic?\n2) Who pays for public transport?')).toEqual([
      'What can cities learn from the pandemic?',
      'Who pays for public transport?',
    ]);
  });

  it('keeps short questions when they are numbered, but not short bare lines such as menu items', () => {
    expect(texts('Inicio\n¿Quiénes somos?\n\n1. Who decides?\n2. Why?\n\nWhat do cities need?')).toEqual([
      'Who decides?',
      'Why?',
      'What do cities need?',
    ]);
  });

  it('finds nothing in text that asks nothing', () => {
    const r = extractProgram('Foro del agua\n\nBienvenida y presentación.');
    expect(r).toMatchObject({ questions: [], heading: null, headingFound: false });
    expect(extractProgram('')).toMatchObject({ questions: [], heading: null, headingFound: false });
  });
});
