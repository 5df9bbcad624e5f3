import { describe, expect, it } from 'vitest';
import { extractProgram } from '../../../src/core/program';
import { parseParticipantList } from '../../../src/core/setup';

/** What the setup screen would add: the program's people read as a pasted participant list. */
const people = (text: string) =>
  parseParticipantList(extractProgram(text).people.join('\n')).rows.map((r) => [r.role, r.name, r.affiliation]);

describe('people a program names for a role', () => {
  it('reads "Modera:" and "Relatora:" lines with their institution', () => {
    expect(people('Foro\nModeradora: Laura Benavides (Universidad de Nariño)\nRelatora: Camila Ortiz\n')).toEqual([
      ['moderator', 'Laura Benavides', 'Universidad de Nariño'],
      ['rapporteur', 'Camila Ortiz', ''],
    ]);
  });

  it('splits a list on one line, but keeps a name with its job title together', () => {
    expect(people('Panelistas: Pedro Ñúñez; María-José O’Connor; Álvaro Gómez')).toEqual([
      ['panellist', 'Pedro Ñúñez', ''],
      ['panellist', 'María-José O’Connor', ''],
      ['panellist', 'Álvaro Gómez', ''],
    ]);
    expect(people('Panel: Dr. Amina Yusuf (transport planner), Tom Becker (cyclists’ association)')).toEqual([
      ['panellist', 'Dr. Amina Yusuf', 'transport planner'],
      ['panellist', 'Tom Becker', 'cyclists’ association'],
    ]);
    expect(people('Ponentes: Ana Ruiz, Luis Mora y Marta Gil')).toEqual([
      ['panellist', 'Ana Ruiz', ''],
      ['panellist', 'Luis Mora', ''],
      ['panellist', 'Marta Gil', ''],
    ]);
    expect(people('Modera: Rosa Elvira Cely, lideresa comunal')).toEqual([['moderator', 'Rosa Elvira Cely', 'lideresa comunal']]);
  });

  it('reads one person per line under a "Panelistas" or "Speakers" heading, until the list ends', () => {
    const text = [
      '## Panelistas',
      '- Rosa Elvira Cely, lideresa comunal',
      '- Dra. Ana María Restrepo, Universidad del Valle',
      '',
      '## Preguntas guía',
      '1. ¿Qué significa el territorio?',
    ].join('\n');
    expect(people(text)).toEqual([
      ['panellist', 'Rosa Elvira Cely', 'lideresa comunal'],
      ['panellist', 'Dra. Ana María Restrepo', 'Universidad del Valle'],
    ]);
    expect(people('Speakers\nJane Doe, City of Bogotá\nJohn Roe (UN-Habitat)\n\nThe session will be recorded.')).toEqual([
      ['panellist', 'Jane Doe', 'City of Bogotá'],
      ['panellist', 'John Roe', 'UN-Habitat'],
    ]);
  });

  it('reads the moderators in an agenda table, and names each person once', () => {
    const text = 'Hora\tActividad\tResponsable\n9:00\tPanel 1\tModera: Juan Pérez\n10:30\tPanel 2\tModera: Juan Pérez (Alcaldía)\n';
    expect(people(text)).toEqual([['moderator', 'Juan Pérez', '']]);
  });

  it('never takes a name from prose, nor the audience or a panel title', () => {
    expect(
      people(
        'Foro\nEste foro, moderado por Ana Ruiz, reúne a Luis Mora y Marta Gil.\nPanel 1: Participación juvenil\nPúblico: abierto a todos',
      ),
    ).toEqual([]);
  });
});
