import { describe, expect, it } from 'vitest';
import { parseParticipantList } from '../../../src/core/setup/participant-list';

const names = (text: string) => parseParticipantList(text).rows.map((r) => [r.name, r.affiliation]);

describe('parseParticipantList: one person per line', () => {
  it('reads "Nombre — Cargo, Institución" with every kind of dash', () => {
    const text = [
      'Ana López — Directora de Planeación, SEDATU',
      'Luis Pérez – Investigador, UNAM',
      'Marta Ruiz - Coordinadora, RIVHA',
      'Sofía Díaz ― Consultora, Cities Alliance',
      'Pablo Gil −  Alcalde, Municipio de Tlalnepantla',
      'Inés Mora—Regidora, Zapopan',
    ].join('\n');
    expect(names(text)).toEqual([
      ['Ana López', 'Directora de Planeación, SEDATU'],
      ['Luis Pérez', 'Investigador, UNAM'],
      ['Marta Ruiz', 'Coordinadora, RIVHA'],
      ['Sofía Díaz', 'Consultora, Cities Alliance'],
      ['Pablo Gil', 'Alcalde, Municipio de Tlalnepantla'],
      ['Inés Mora', 'Regidora, Zapopan'],
    ]);
  });

  it('keeps hyphenated names whole', () => {
    expect(names('María-José Aguilar-Ruiz — Urbanista, ONU-Hábitat')).toEqual([['María-José Aguilar-Ruiz', 'Urbanista, ONU-Hábitat']]);
  });

  it('reads "Nombre, Cargo, Institución" and "Nombre (Institución)"', () => {
    expect(names('Dra. Carmen Vega, Directora, El Colegio de México\nJorge Luna (Renamet)\nRosa Paz')).toEqual([
      ['Dra. Carmen Vega', 'Directora, El Colegio de México'],
      ['Jorge Luna', 'Renamet'],
      ['Rosa Paz', ''],
    ]);
  });

  it('drops list markers and reads a stated role', () => {
    const { rows } = parseParticipantList('1. Ana López — SEDATU\n• Luis Pérez — UNAM\nModera: Marta Ruiz — RIVHA\nRelatora: Inés Mora');
    expect(rows.map((r) => [r.name, r.role])).toEqual([
      ['Ana López', 'panellist'],
      ['Luis Pérez', 'panellist'],
      ['Marta Ruiz', 'moderator'],
      ['Inés Mora', 'rapporteur'],
    ]);
  });

  it('skips blank lines and reports each kept row with its line number', () => {
    const { rows, problems } = parseParticipantList('\n\nAna López — SEDATU\n   \n\r\nLuis Pérez — UNAM\n\n');
    expect(rows.map((r) => [r.line, r.name])).toEqual([
      [3, 'Ana López'],
      [6, 'Luis Pérez'],
    ]);
    expect(problems).toEqual([]);
  });

  it('cleans odd Unicode: BOM, zero-width and no-break spaces, decomposed accents, CRLF', () => {
    const text = '\uFEFFAna\u00A0L\u200Bo\u0301pez\u2009—\u202FDirectora, SEDATU\r\nLuis\u3000Pérez\u2028Marta Ruiz';
    const { rows } = parseParticipantList(text);
    expect(rows.map((r) => r.name)).toEqual(['Ana López', 'Luis Pérez', 'Marta Ruiz']);
    expect(rows[0]!.name).toBe('Ana López'.normalize('NFC'));
    expect(rows[0]!.affiliation).toBe('Directora, SEDATU');
  });

  it('reports a line with no name and adds nothing for it', () => {
    const { rows, problems } = parseParticipantList('Ana López — SEDATU\n, UNAM\n(Renamet)');
    expect(rows).toHaveLength(1);
    expect(problems.map((p) => [p.line, p.code])).toEqual([
      [2, 'no-name'],
      [3, 'no-name'],
    ]);
  });

  it('flags a person listed twice but keeps both for the user to decide', () => {
    const { rows, problems } = parseParticipantList('Ana López — SEDATU\nana lópez — UNAM');
    expect(rows).toHaveLength(2);
    expect(problems).toEqual([{ line: 2, code: 'duplicate', text: 'ana lópez' }]);
  });

  it('refuses absurdly long lines instead of storing them', () => {
    const { rows, problems } = parseParticipantList(`${'A'.repeat(300)} — UNAM\nLuis Pérez`);
    expect(rows.map((r) => r.name)).toEqual(['Luis Pérez']);
    expect(problems[0]!.code).toBe('too-long');
  });
});

describe('parseParticipantList: spreadsheet columns', () => {
  it('maps columns by a Spanish header row, whatever their order', () => {
    const text = 'Institución\tNombre\tGénero\tRol\nSEDATU\tAna López\tMujer\tPonente\nUNAM\tLuis Pérez\tHombre\tModerador\n';
    const result = parseParticipantList(text);
    expect(result.header).toBe(true);
    expect(result.rows).toEqual([
      { line: 2, name: 'Ana López', affiliation: 'SEDATU', role: 'panellist', gender: 'woman' },
      { line: 3, name: 'Luis Pérez', affiliation: 'UNAM', role: 'moderator', gender: 'man' },
    ]);
  });

  it('maps an English header and joins job title and institution', () => {
    const text = 'Name\tPosition\tInstitution\tGender\nAna López\tDirector\tSEDATU\tnon-binary\nLuis Pérez\t\tUNAM\t';
    const { rows } = parseParticipantList(text);
    expect(rows.map((r) => [r.name, r.affiliation, r.gender])).toEqual([
      ['Ana López', 'Director, SEDATU', 'non-binary'],
      ['Luis Pérez', 'UNAM', 'unspecified'],
    ]);
  });

  it('without a header reads name, affiliation, role, gender in that order', () => {
    const { rows, header } = parseParticipantList('Ana López\tSEDATU\tRelatora\tF\nLuis Pérez\tUNAM');
    expect(header).toBe(false);
    expect(rows.map((r) => [r.name, r.affiliation, r.role, r.gender])).toEqual([
      ['Ana López', 'SEDATU', 'rapporteur', 'woman'],
      ['Luis Pérez', 'UNAM', 'panellist', 'unspecified'],
    ]);
  });

  it('keeps a row whose gender it cannot read, as unspecified, and says so', () => {
    const { rows, problems } = parseParticipantList('Nombre\tGénero\nAna López\tquizá');
    expect(rows[0]!.gender).toBe('unspecified');
    expect(problems).toEqual([{ line: 2, code: 'unknown-gender', text: 'quizá' }]);
  });

  it('does not take a person called like a header word for a header', () => {
    const { rows, header } = parseParticipantList('Nombre Apellido\tSEDATU\tponente\tmujer');
    expect(header).toBe(false);
    expect(rows).toHaveLength(1);
  });
});
