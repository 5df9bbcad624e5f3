import { describe, expect, it } from 'vitest';
import { parseParticipantList } from '../../../src/core/setup/participant-list';

const names = (text: string) => parseParticipantList(text).rows.map((r) => [r.name, r.position, r.affiliation]);

describe('parseParticipantList: one person per line', () => {
  it('reads "Nombre — Cargo, Institución" with every kind of dash, cargo and institution apart', () => {
    const text = [
      'Ana López — Directora de Planeación, SEDATU',
      'Luis Pérez – Investigador, UNAM',
      'Marta Ruiz - Coordinadora, RIVHA',
      'Sofía Díaz ― Consultora, Cities Alliance',
      'Pablo Gil −  Alcalde, Municipio de Tlalnepantla',
      'Inés Mora—Regidora, Zapopan',
    ].join('\n');
    expect(names(text)).toEqual([
      ['Ana López', 'Directora de Planeación', 'SEDATU'],
      ['Luis Pérez', 'Investigador', 'UNAM'],
      ['Marta Ruiz', 'Coordinadora', 'RIVHA'],
      ['Sofía Díaz', 'Consultora', 'Cities Alliance'],
      ['Pablo Gil', 'Alcalde', 'Municipio de Tlalnepantla'],
      ['Inés Mora', 'Regidora', 'Zapopan'],
    ]);
  });

  it('keeps hyphenated names whole', () => {
    expect(names('María-José Aguilar-Ruiz — Urbanista, ONU-Hábitat')).toEqual([['María-José Aguilar-Ruiz', 'Urbanista', 'ONU-Hábitat']]);
  });

  it('reads "Nombre, Cargo, Institución" and "Nombre (Institución)"', () => {
    expect(names('Dra. Carmen Vega, Directora, El Colegio de México\nJorge Luna (Renamet)\nRosa Paz')).toEqual([
      ['Dra. Carmen Vega', 'Directora', 'El Colegio de México'],
      ['Jorge Luna', '', 'Renamet'],
      ['Rosa Paz', '', ''],
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
    expect([rows[0]!.position, rows[0]!.affiliation]).toEqual(['Directora', 'SEDATU']);
  });

  it('reports a line with no name and adds nothing for it', () => {
    const { rows, problems } = parseParticipantList('Ana López — SEDATU\n, UNAM\n(Renamet)');
    expect(rows).toHaveLength(1);
    expect(problems.map((p) => [p.line, p.code])).toEqual([
      [2, 'no-name'],
      [3, 'no-name'],
    ]);
  });

  it('reads an optional gender and sector in parentheses at the end, and leaves an acronym alone', () => {
    const { rows, problems } = parseParticipantList(
      [
        'Ana López — Directora, SEDATU (mujer)',
        'Luis Pérez — Investigador, UNAM (hombre, academia)',
        'Alex Ríos, Activista, Colectivo Agua (no binario; sociedad civil)',
        'Marta Ruiz — Jefa de área, Instituto Nacional (INEGI)',
        'Inés Mora (sector: gobierno)',
        'Rosa Paz — SEDATU (Mujer, sector: gobierno)',
      ].join('\n'),
    );
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.name, r.position, r.affiliation, r.gender, r.sector])).toEqual([
      ['Ana López', 'Directora', 'SEDATU', 'woman', ''],
      ['Luis Pérez', 'Investigador', 'UNAM', 'man', 'academia'],
      ['Alex Ríos', 'Activista', 'Colectivo Agua', 'non-binary', 'sociedad civil'],
      ['Marta Ruiz', 'Jefa de área', 'Instituto Nacional (INEGI)', 'unspecified', ''],
      ['Inés Mora', '', '', 'unspecified', 'gobierno'],
      ['Rosa Paz', '', 'SEDATU', 'woman', 'gobierno'],
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
      { line: 2, name: 'Ana López', position: '', affiliation: 'SEDATU', role: 'panellist', gender: 'woman', sector: '' },
      { line: 3, name: 'Luis Pérez', position: '', affiliation: 'UNAM', role: 'moderator', gender: 'man', sector: '' },
    ]);
  });

  it('maps an English header with job title, institution, gender and sector in their own columns', () => {
    const text = 'Name\tPosition\tInstitution\tGender\tSector\nAna López\tDirector\tSEDATU\tnon-binary\tGovernment\nLuis Pérez\t\tUNAM\t\t';
    const { rows } = parseParticipantList(text);
    expect(rows.map((r) => [r.name, r.position, r.affiliation, r.gender, r.sector])).toEqual([
      ['Ana López', 'Director', 'SEDATU', 'non-binary', 'Government'],
      ['Luis Pérez', '', 'UNAM', 'unspecified', ''],
    ]);
  });

  it('splits a "Cargo e institución" column at its first comma', () => {
    const { rows } = parseParticipantList('Nombre\tCargo e institución\tSexo\nAna López\tDirectora, SEDATU\tF\nLuis Pérez\tUNAM\t');
    expect(rows.map((r) => [r.name, r.position, r.affiliation, r.gender])).toEqual([
      ['Ana López', 'Directora', 'SEDATU', 'woman'],
      ['Luis Pérez', '', 'UNAM', 'unspecified'],
    ]);
  });

  it('without a header reads name, "cargo, institución", role, gender, sector in that order', () => {
    const { rows, header } = parseParticipantList('Ana López\tSEDATU\tRelatora\tF\tGobierno\nLuis Pérez\tInvestigador, UNAM');
    expect(header).toBe(false);
    expect(rows.map((r) => [r.name, r.position, r.affiliation, r.role, r.gender, r.sector])).toEqual([
      ['Ana López', '', 'SEDATU', 'rapporteur', 'woman', 'Gobierno'],
      ['Luis Pérez', 'Investigador', 'UNAM', 'panellist', 'unspecified', ''],
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
