import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/cli/command';
import { exportCommand, parseExportArgs } from '../../../src/cli/commands/export';
import { serializeEventFile } from '../../../src/core/file-format';
import { smallBundle } from './fixtures';
import { fakeIo } from '../cli/fake-io';

/** The text of each paragraph of a WordprocessingML body, as a reader sees it. */
function paragraphs(xml: string): string[] {
  const unescape = (t: string) =>
    t
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => unescape(t[1]!)).join(''),
  );
}

const eventText = serializeEventFile(smallBundle(), { appVersion: '0.1.0', exportedAt: '2026-11-26T20:00:00.000Z' });

describe('relator export', () => {
  it('parses every option', () => {
    expect(
      parseExportArgs(
        [
          'e.json',
          '--format',
          'docx',
          '--lang=en',
          '--no-annex',
          '--starred-only',
          '--mark-starred',
          '--template',
          'org.docx',
          '--timestamps',
          'clock',
          '--group',
          'chronological',
          '--no-speaking-time',
          '--attribution',
          'role',
          '--program',
          'annex',
          '--attendance-list',
          '-o',
          'out.docx',
        ],
        fakeIo({}).io,
      ),
    ).toEqual({
      input: 'e.json',
      output: 'out.docx',
      format: 'docx',
      options: {
        language: 'en',
        includeAnnex: false,
        starredOnly: true,
        markStarred: true,
        timestamps: 'clock',
        group: 'chronological',
        includeSpeakingTime: false,
        attribution: 'role',
        program: 'annex',
        includeAttendanceList: true,
      },
      allowWindows1252: false,
      template: 'org.docx',
      scope: null,
    });
  });

  it.each([
    [['e.json', '-o', 'x.md', '--format', 'odt']],
    [['e.json', '-o', '-', '--format', 'pdf']],
    [['e.json', '-o', 'x.md', '--template', 'org.docx']],
    [['e.json', '--format', 'md']],
    [['--format', 'md', '-o', 'x.md']],
    [['e.json', '-o', 'x.txt']],
    [['e.json', '-o', 'x.md', '--timestamps', 'sometimes']],
    [['e.json', '-o', 'x.md', '--attribution', 'initials']],
    [['e.json', '-o', 'x.md', '--program', 'appendix']],
    [['e.json', '-o', 'x.md', '--bogus']],
    [['e.json', 'other.json', '-o', 'x.md']],
  ])('refuses bad arguments %j with a usage error', async (args) => {
    await expect(exportCommand.run(args, fakeIo({}).io)).rejects.toBeInstanceOf(UsageError);
  });

  it('writes Markdown, CSV and DOCX from the same report', async () => {
    const f = fakeIo({ 'e.json': eventText });
    expect(await exportCommand.run(['e.json', '-o', 'r.md'], f.io)).toBe(0);
    expect(await exportCommand.run(['e.json', '--format', 'csv', '-o', 'r.csv'], f.io)).toBe(0);
    expect(await exportCommand.run(['e.json', '--format', 'docx', '--lang', 'en', '-o', 'r.docx'], f.io)).toBe(0);
    expect(f.written.get('r.md')).toContain('## Pregunta 1. ¿Cómo fortalecer la gobernanza?');
    expect(f.written.get('r.csv')).toMatch(/^\uFEFFParticipante,/);
    // The DOCX is opened as a Word package: its document holds the report in the language asked for.
    const docx = unzipSync(f.written.get('r.docx') as Uint8Array);
    const body = paragraphs(strFromU8(docx['word/document.xml']!));
    expect(body).toContain('Question 1. ¿Cómo fortalecer la gobernanza?');
    expect(body).toContain('Key ideas');
    expect(body.some((p) => p.includes('La coordinación metropolitana es clave'))).toBe(true);
    expect(body.some((p) => p.includes('NOTA BORRADA'))).toBe(false);
    expect(strFromU8(docx['docProps/core.xml']!)).toContain('<dc:language>en-GB</dc:language>');
  });

  it("says, in the user's language, that PDF needs Chromium when none is installed, and writes nothing", async () => {
    const es = fakeIo({ 'e.json': eventText }, undefined, { pdfPrinter: async () => null });
    expect(await exportCommand.run(['e.json', '-o', 'r.pdf'], es.io)).toBe(1);
    expect(es.stderr()).toContain('Para exportar en PDF hace falta Chromium o Google Chrome instalado');
    expect(es.written.size).toBe(0);
    const en = fakeIo({ 'e.json': eventText }, 'en', { pdfPrinter: async () => null });
    expect(await exportCommand.run(['e.json', '--format', 'pdf', '-o', 'r.pdf'], en.io)).toBe(1);
    expect(en.stderr()).toContain('Exporting to PDF needs Chromium or Google Chrome installed');
  });

  it("prints the PDF through the printer it is given, measuring the contents' pages first, and closes it", async () => {
    const printed: string[] = [];
    let closed = false;
    const f = fakeIo({ 'e.json': eventText }, undefined, {
      pdfPrinter: async () => ({
        open: async (html) => {
          printed.push(html);
          throw new Error('la impresora falló');
        },
        close: async () => {
          closed = true;
        },
      }),
    });
    expect(await exportCommand.run(['e.json', '-o', 'r.pdf'], f.io)).toBe(1);
    expect(f.stderr()).toContain('No se pudo imprimir el PDF con Chromium: la impresora falló. No se escribió ningún archivo.');
    expect(printed[0]).toContain('<nav class="toc"');
    expect(closed).toBe(true);
    expect(f.written.size).toBe(0);
  });

  it('describes an invalid event file and exits 1 without writing', async () => {
    const f = fakeIo({ 'bad.json': '{"format": "nope"' });
    expect(await exportCommand.run(['bad.json', '-o', 'r.md'], f.io)).toBe(1);
    expect(f.stderr()).toMatch(/bad\.json: no es un archivo de evento válido/);
    expect(f.written.size).toBe(0);
    expect(await exportCommand.run(['missing.json', '-o', 'r.md'], f.io)).toBe(1);
  });
});
