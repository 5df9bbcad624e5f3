import { describe, expect, it } from 'vitest';
import { extractProgram } from '../../../src/core/program';

const event = (text: string) => extractProgram(text).event;

describe('event data from a program', () => {
  it.each([
    ['Fecha: martes 15 de junio de 2021, 10:00 h', '2021-06-15'],
    ['15 de junio del 2021', '2021-06-15'],
    ['Date: June 15, 2021', '2021-06-15'],
    ['Tuesday, June 15th, 2021', '2021-06-15'],
    ['15 June 2021', '2021-06-15'],
    ['Data: 3 de março de 2023', '2023-03-03'],
    ['Quando: 1º de setembro de 2022', '2022-09-01'],
    ['2021-06-15T10:00', '2021-06-15'],
    ['15/06/2021', '2021-06-15'],
  ])('reads the date in "%s"', (line, date) => {
    expect(event(`Foro del agua\n${line}\n\nPreguntas guía\n1. ¿Uno?`).date).toBe(date);
  });

  it('prefers the labelled date over other dates in the text', () => {
    expect(event('Foro\nPublicado el 2 de mayo de 2021\nFecha: 15 de junio de 2021').date).toBe('2021-06-15');
  });

  it('leaves the date empty when there is none, or it is impossible', () => {
    expect(event('Foro del agua\n\nPreguntas guía\n1. ¿Uno?').date).toBe('');
    expect(event('Foro del agua\n31 de febrero de 2021').date).toBe('');
  });

  it('takes a motto in quotes under the title as the subtitle', () => {
    expect(event('FORO REGIONAL DE JUVENTUDES RURALES\n“Tejiendo futuro desde el territorio”\nFecha: 14 de marzo de 2027')).toMatchObject({
      title: 'FORO REGIONAL DE JUVENTUDES RURALES',
      subtitle: 'Tejiendo futuro desde el territorio',
    });
    expect(event('Foro del agua\n"El agua es de todos" y otras consignas del barrio\n').subtitle).toBe('');
  });

  it('takes the title and subtitle, skipping menus and page slugs', () => {
    expect(
      event('Skip to main content\nHome | Events\nurban-forum-2024\nUrban Forum 2024 – Cities after the pandemic\nJune 3, 2024'),
    ).toMatchObject({
      title: 'Urban Forum 2024',
      subtitle: 'Cities after the pandemic',
    });
    expect(event('Título: Encuentro de alcaldías\nSubtítulo: Agua para todas\n')).toMatchObject({
      title: 'Encuentro de alcaldías',
      subtitle: 'Agua para todas',
    });
  });

  it('leaves the title empty when the text is only questions', () => {
    expect(event('¿Cómo garantizar el acceso al agua en las periferias?\n¿Qué papel tienen los organismos operadores?').title).toBe('');
  });

  it('reads the objectives as paragraphs or list items under their heading', () => {
    const text = [
      'Seminario de movilidad',
      '',
      'Objetivos:',
      '• Compartir experiencias de movilidad',
      '  sostenible entre ciudades.',
      '• Identificar buenas prácticas.',
      '',
      'Programa',
      '10:00 Bienvenida',
    ].join('\n');
    expect(event(text).objectives).toEqual([
      'Compartir experiencias de movilidad sostenible entre ciudades.',
      'Identificar buenas prácticas.',
    ]);
    expect(event('Forum\n\nObjective: To share what cities learnt.\n\nGuiding questions\n- Why?').objectives).toEqual([
      'To share what cities learnt.',
    ]);
    expect(event('Forum\n\nGuiding questions\n- Why?').objectives).toEqual([]);
  });

  it('finds organisers named in the prose or in an "Organizan" list, never guessing', () => {
    expect(
      event('Foro\n\nEl foro es organizado por la Universidad Nacional (UNAM) y el Banco de Desarrollo de América Latina.').organisers,
    ).toEqual(['UNAM', 'Banco de Desarrollo de América Latina']);
    expect(event('Forum\n\nOrganisers:\nCities Alliance\nUN-Habitat\n\nGuiding questions\n- Why?').organisers).toEqual([
      'Cities Alliance',
      'UN-Habitat',
    ]);
    expect(event('Forum\n\nA conversation about the COVID-19 response in Latin America (LATAM).').organisers).toEqual([]);
  });

  it('reads general and specific objectives as one list', () => {
    const text =
      'Foro\n\nObjetivo general\nFortalecer la gobernanza metropolitana.\n\nObjetivos específicos\n• Compartir experiencias.\n• Proponer acuerdos.\n\nPreguntas guía\n1. ¿Uno?';
    expect(event(text).objectives).toEqual(['Fortalecer la gobernanza metropolitana.', 'Compartir experiencias.', 'Proponer acuerdos.']);
  });

  it('does not take the date line or a page slug as the title', () => {
    expect(event('Martes 15 de junio de 2021\nsegundo-foro-del-agua\nCiudades y agua\n\nPreguntas guía\n1. ¿Uno?').title).toBe(
      'Ciudades y agua',
    );
  });
});
