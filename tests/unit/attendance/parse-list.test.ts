import { describe, expect, it } from 'vitest';
import { parseAttendanceList } from '../../../src/core/attendance';

const ana = { name: 'Ana Pérez', affiliation: 'UNAM', position: 'Investigadora', sector: 'Academia', gender: 'woman' };
const luis = { name: 'Luis Gómez', affiliation: 'SEDATU', position: '', sector: 'Gobierno', gender: 'man' };

describe('attendance list', () => {
  it('reads a Spanish spreadsheet export: BOM, semicolons, CRLF, a header in its own order, quoted cells with ; and line breaks', () => {
    const csv =
      '\uFEFFGénero;Nombre;Institución;Cargo;Sector\r\n' +
      'mujer;Ana Pérez;UNAM;Investigadora;Academia\r\n' +
      'Hombre;"Luis\r\nGómez";SEDATU;;Gobierno\r\n' +
      ';"Rivera; Sofía";"Colectivo ""Barrio""";;\r\n';
    const parsed = parseAttendanceList(csv);
    expect(parsed).toMatchObject({ header: true, refused: false, problems: [] });
    expect(parsed.list).toEqual([
      ana,
      luis,
      { name: 'Rivera; Sofía', affiliation: 'Colectivo "Barrio"', position: '', sector: '', gender: 'unspecified' },
    ]);
  });

  it('reads commas without a header in the order name, organisation, cargo, sector, gender', () => {
    const parsed = parseAttendanceList('Ana Pérez,UNAM,Investigadora,Academia,F\nLuis Gómez,SEDATU,,Gobierno,m\n');
    expect(parsed.header).toBe(false);
    expect(parsed.list).toEqual([ana, luis]);
  });

  it('reads tab-separated text pasted from a spreadsheet with an English header', () => {
    const parsed = parseAttendanceList('Name\tOrganization\tPosition\tSector\tGender\nAna Pérez\tUNAM\tInvestigadora\tAcademia\twoman\n');
    expect(parsed.list).toEqual([ana]);
  });

  it('names the line of each problem: no name, unknown gender (kept without gender), duplicate, extra cells', () => {
    const parsed = parseAttendanceList(
      [
        'Ana Pérez,UNAM,Investigadora,Academia,mujer',
        '',
        ',UNAM,,,',
        'Luis Gómez,SEDATU,,Gobierno,quizá',
        'Ana Pérez,UNAM,,,',
        'Eva,X,,,,sobra',
      ].join('\n'),
    );
    expect(parsed.problems).toEqual([
      { line: 3, code: 'no-name', text: 'UNAM' },
      { line: 4, code: 'unknown-gender', text: 'quizá' },
      { line: 5, code: 'duplicate', text: 'Ana Pérez' },
      { line: 6, code: 'extra-columns', text: 'sobra' },
    ]);
    expect(parsed.list.map((p) => [p.name, p.gender])).toEqual([
      ['Ana Pérez', 'woman'],
      ['Luis Gómez', 'unspecified'],
      ['Eva', 'unspecified'],
    ]);
    expect(parsed.refused).toBe(false);
  });

  it('refuses the whole list at a quote that is never closed, naming the line where it opened', () => {
    const parsed = parseAttendanceList('Ana Pérez,UNAM\nLuis Gómez,"SEDATU\nEva,X\n');
    expect(parsed).toMatchObject({ refused: true, list: [], problems: [{ line: 2, code: 'unclosed-quote' }] });
  });

  it('reads nothing from blank text', () => {
    expect(parseAttendanceList(' \n\n')).toEqual({ list: [], problems: [], header: false, refused: false });
  });
});
