import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../../src/cli/command';
import { exportCommand } from '../../../src/cli/commands/export';
import { parseAttendanceList } from '../../../src/core/attendance';
import { serializeEventFile } from '../../../src/core/file-format';
import type { EventBundle } from '../../../src/core/model';
import { buildReport, renderMarkdown } from '../../../src/core/report';
import { PANDOC, PYTHON, PYTHON_DOCX, requireClients } from '../../real-clients';
import { smallBundle } from './fixtures';

const LIST = [
  'Nombre;Organización;Cargo;Sector;Género',
  'Ana Pérez;UNAM;Investigadora;Academia;mujer',
  'Luis Gómez;SEDATU;Director;Gobierno;hombre',
  'Sofía Ruiz;Colectivo Barrio;;sociedad civil;mujer',
  'Eva Díaz;UAM;;academia;no binaria',
].join('\n');

/** The sample event with four people on the list and seven counted by hand. */
function withAttendance(): EventBundle {
  const bundle = smallBundle();
  bundle.event.attendance = {
    list: parseAttendanceList(LIST).list,
    counts: [
      { sector: 'Sociedad civil', byGender: { woman: 3, man: 2, 'non-binary': 0, unspecified: 0 } },
      { sector: '', byGender: { woman: 0, man: 1, 'non-binary': 0, unspecified: 1 } },
    ],
  };
  return bundle;
}

const section = (bundle: EventBundle, id: string, options = {}) => buildReport(bundle, options).sections.find((s) => s.id === id);

describe('attendance in the report', () => {
  it('adds the list and the hand counts into one table by sector and gender, after the next steps and before speaking time', () => {
    const model = buildReport(withAttendance());
    const ids = model.sections.map((s) => s.id);
    expect(ids.indexOf('attendance')).toBeGreaterThan(ids.indexOf('commitments'));
    expect(ids.indexOf('attendance')).toBeLessThan(ids.indexOf('speaking-time'));
    const blocks = section(withAttendance(), 'attendance')!.blocks;
    expect(blocks.slice(0, 2)).toEqual([
      { type: 'paragraph', text: 'Asistieron 11 personas.' },
      { type: 'paragraph', text: 'La cifra suma la lista de asistencia (4 personas) y el conteo hecho aparte (7 personas).' },
    ]);
    expect(blocks[2]).toEqual({
      type: 'table',
      table: {
        columns: ['Sector', 'Mujeres', 'Hombres', 'No binarias', 'Sin especificar', 'Total'],
        numeric: [false, true, true, true, true, true],
        rows: [
          ['Academia', '1', '0', '1', '0', '2'],
          ['Gobierno', '0', '1', '0', '0', '1'],
          ['sociedad civil', '4', '2', '0', '0', '6'],
          ['Sin sector indicado', '0', '1', '0', '1', '2'],
          ['Total', '5', '4', '1', '1', '11'],
        ],
      },
    });
  });

  it('lists names only when asked and only when the report names people', () => {
    const bundle = withAttendance();
    expect(section(bundle, 'attendance-list')).toBeUndefined();
    expect(section(bundle, 'attendance-list', { includeAttendanceList: true, attribution: 'role' })).toBeUndefined();
    expect(section(bundle, 'attendance-list', { includeAttendanceList: true, attribution: 'none' })).toBeUndefined();
    const list = section(bundle, 'attendance-list', { includeAttendanceList: true })!;
    expect(list.heading).toBe('Lista de asistentes');
    expect(list.blocks[0]).toMatchObject({
      type: 'table',
      table: {
        columns: ['Nombre', 'Organización', 'Cargo', 'Sector'],
        rows: [
          ['Ana Pérez', 'UNAM', 'Investigadora', 'Academia'],
          ['Eva Díaz', 'UAM', '', 'academia'],
          ['Luis Gómez', 'SEDATU', 'Director', 'Gobierno'],
          ['Sofía Ruiz', 'Colectivo Barrio', '', 'sociedad civil'],
        ],
      },
    });
    const anonymous = renderMarkdown(buildReport(bundle, { includeAttendanceList: true, attribution: 'none' }));
    for (const name of ['Ana Pérez', 'Luis Gómez', 'Sofía Ruiz', 'Eva Díaz']) expect(anonymous).not.toContain(name);
  });

  it('leaves the section out when nobody was recorded, and speaks English in an English report', () => {
    expect(section(smallBundle(), 'attendance')).toBeUndefined();
    const bundle = smallBundle();
    bundle.event.attendance.counts = [{ sector: '', byGender: { woman: 1, man: 0, 'non-binary': 0, unspecified: 0 } }];
    expect(section(bundle, 'attendance', { language: 'en' })).toEqual({
      id: 'attendance',
      level: 1,
      heading: 'Attendance',
      blocks: [
        { type: 'paragraph', text: '1 person attended.' },
        {
          type: 'table',
          table: {
            columns: ['Sector', 'Women', 'Men', 'Total'],
            numeric: [false, true, true, true],
            rows: [['No sector given', '1', '0', '1']],
          },
        },
      ],
    });
  });
});

describe('attendance exported through the command line, read by real clients', () => {
  const eventText = serializeEventFile(withAttendance(), { appVersion: '0.1.0', exportedAt: '2026-11-26T20:00:00.000Z' });

  async function exportTo(args: string[]): Promise<string> {
    const dir = mkdtempSync(join(tmpdir(), 'relator-attendance-'));
    const out = join(dir, args.includes('docx') ? 'r.docx' : 'r.md');
    const io: CliIo = {
      stdout: () => {},
      stderr: (t) => {
        throw new Error(t);
      },
      readBytes: async () => new TextEncoder().encode(eventText),
      readStdin: async () => new Uint8Array(),
      writeFile: async (p, d) => writeFileSync(p, d),
    };
    expect(await exportCommand.run(['e.relator.json', ...args, '-o', out], io)).toBe(0);
    return out;
  }

  it('python-docx finds the attendance table, and the list with --attendance-list', { timeout: 30_000 }, async ({ skip }) => {
    requireClients(skip, PYTHON_DOCX);
    const read = (file: string) => {
      const py =
        'import docx, json, sys\nd = docx.Document(sys.argv[1])\nprint(json.dumps([[[c.text for c in r.cells] for r in t.rows] for t in d.tables]))';
      const r = spawnSync(PYTHON, ['-c', py, file], { encoding: 'utf8' });
      expect(r.stderr).toBe('');
      return JSON.parse(r.stdout) as string[][][];
    };
    const tables = read(await exportTo(['--format', 'docx']));
    const attendance = tables.find((t) => t[0]![0] === 'Sector' && t[0]!.includes('Mujeres'))!;
    expect(attendance.at(-1)).toEqual(['Total', '5', '4', '1', '1', '11']);
    expect(tables.some((t) => t[0]!.join('|') === 'Nombre|Organización|Cargo|Sector')).toBe(false);
    const withList = read(await exportTo(['--format', 'docx', '--attendance-list']));
    expect(withList.find((t) => t[0]!.join('|') === 'Nombre|Organización|Cargo|Sector')!.length).toBe(5);
  });

  it('pandoc reads the Markdown attendance table as a table', { timeout: 30_000 }, async ({ skip }) => {
    requireClients(skip, PANDOC);
    const file = await exportTo(['--format', 'md']);
    const r = spawnSync('pandoc', ['-f', 'gfm', '-t', 'html', file], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('<h2 id="asistencia">Asistencia</h2>');
    expect(r.stdout).toMatch(/<td>Total<\/td>\s*<td[^>]*>5<\/td>\s*<td[^>]*>4<\/td>/);
  });
});
