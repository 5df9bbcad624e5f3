import { describe, expect, it } from 'vitest';
import { extractProgram } from '../../../src/core/program';

const event = (text: string) => extractProgram(text).event;
const program = (lines: string) => `Foro regional de juventudes\n${lines}\n\nPreguntas guía\n1. ¿Qué falta en el territorio?`;

describe('where the event is held', () => {
  it.each([
    ['Lugar: Casa de la Cultura, Pasto (Nariño)', 'Casa de la Cultura, Pasto (Nariño)'],
    ['Venue: City Hall, Room B', 'City Hall, Room B'],
    ['Sede: Auditorio Central, Universidad de Nariño.', 'Auditorio Central, Universidad de Nariño'],
    ['Local: Auditório da Prefeitura', 'Auditório da Prefeitura'],
    ['Ubicación: Biblioteca Pública Piloto', 'Biblioteca Pública Piloto'],
    ['Lugar y fecha: Pasto, 14 de marzo de 2027', 'Pasto'],
    ['Lugar: Salón Comunal, a las 9:00 h', 'Salón Comunal'],
  ])('reads "%s"', (line, place) => {
    expect(event(program(line)).place).toBe(place);
  });

  it('reads the place on the line after a bare label, as web pages lay it out', () => {
    expect(event(program('Lugar\nCentro de Convenciones Plaza Mayor'))).toMatchObject({ place: 'Centro de Convenciones Plaza Mayor' });
  });

  it('takes the modality of an online forum when no place is named', () => {
    expect(event(program('Modalidad: virtual por Zoom')).place).toBe('virtual por Zoom');
    expect(event(program('Lugar: Teatro Colón\nModalidad: híbrida')).place).toBe('Teatro Colón');
  });

  it('does not guess a place from prose: a city named in the objectives is not where the forum is held', () => {
    expect(event(program('Objetivo: escuchar a las juventudes de Pasto y de Ipiales.')).place).toBe('');
    expect(event(program('Lugar: 14 de marzo de 2027')).place).toBe('');
  });
});

describe('when the event starts', () => {
  it.each([
    ['Hora: 8:00 a.m. – 1:00 p.m.', '08:00'],
    ['Fecha: martes 15 de junio de 2021, 10:00 h', '10:00'],
    ['Date: 3 February 2027, 6:00 pm', '18:00'],
    ['Horario: de 9 a 13 h', '09:00'],
    ['Time: 6 to 8 pm', '18:00'],
    ['Time: 11 to 1 pm', '11:00'],
    ['Hora: 18h30', '18:30'],
    ['Horário: 14h', '14:00'],
    ['Hora de inicio: 10.00 hrs', '10:00'],
    ['Time: 12 pm', '12:00'],
    ['Time: 12:30 a.m.', '00:30'],
  ])('reads "%s"', (line, time) => {
    expect(event(program(line)).startTime).toBe(time);
  });

  it('reads the time on the date line when it has no label', () => {
    expect(event(program('Wednesday, 12 May 2027 · 09:30–11:00 (Fiji time)')).startTime).toBe('09:30');
  });

  it('takes the first line of an agenda when no time is labelled', () => {
    expect(event(program('Agenda\n8:30 – 9:00 Registro de asistentes\n9:00 – 9:30 Instalación')).startTime).toBe('08:30');
  });

  it('leaves the time empty rather than reading a date or an impossible hour as one', () => {
    expect(event(program('Fecha: 14.03.2027')).startTime).toBe('');
    expect(event(program('Fecha: 14/03/2027')).startTime).toBe('');
    expect(event(program('Hora: 25:00')).startTime).toBe('');
    expect(event(program('Hora: por confirmar')).startTime).toBe('');
    expect(event(program('Fecha: 15 de junio de 2021')).startTime).toBe('');
  });
});
