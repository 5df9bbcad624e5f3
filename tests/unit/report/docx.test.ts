import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { crc32, deflateRawSync } from 'node:zlib';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/core/report';
import { LIBREOFFICE, PANDOC, PYTHON, PYTHON_DOCX, requireClients } from '../../real-clients';
import { HOSTILE_TEXTS, smallBundle } from './fixtures';
const BIG_NOTE = 'palabra '.repeat(1300).trim();
const NOTES = [...HOSTILE_TEXTS, BIG_NOTE, 'control\u0001 chars\u001F removed'];

let dir = '';
let file = '';
let fflateFile = '';
const model = buildReport(smallBundle(NOTES));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'relator-docx-'));
  file = join(dir, 'report.docx');
  fflateFile = join(dir, 'report-fflate.docx');
  const { renderDocx } = await import('../../../src/core/report/docx-writer');
  const created = new Date('2026-11-26T20:00:00Z');
  // The CLI's path: Node's zlib compresses the package; and fflate alone, the fallback where the host lends nothing.
  writeFileSync(file, await renderDocx(model, { created, deflateRaw: (b) => deflateRawSync(b), crc32: (b) => crc32(b) }));
  writeFileSync(fflateFile, await renderDocx(model, { created }));
});

const PY_READ = `
import docx, json, sys
d = docx.Document(sys.argv[1])
body = d.element.body
texts = []
for p in d.paragraphs:
    texts.append({'style': p.style.name, 'text': p.text})
tables = [{'style': t.style.name if t.style is not None else None,
           'header': t.rows[0]._tr.trPr is not None and t.rows[0]._tr.trPr.find('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}tblHeader') is not None,
           'rows': [[c.text for c in r.cells] for r in t.rows]} for t in d.tables]
lang = d.styles.element.find('.//{http://schemas.openxmlformats.org/wordprocessingml/2006/main}lang')
cp = d.core_properties
sect = d.sections[0]
footer_xml = sect.footer._element.xml
print(json.dumps({'paragraphs': texts, 'tables': tables,
  'lang': lang.get('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}val'),
  'title': cp.title, 'author': cp.author, 'created': cp.created.isoformat(),
  'pageField': 'PAGE' in footer_xml, 'toc': any((e.text or '').strip().startswith('TOC') for e in body.iter('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}instrText'))}))
`;

describe('DOCX writer read by real clients', () => {
  it.for(['zlib', 'fflate'])(
    'python-docx sees Word built-in styles, every note, tables with repeating headers, language and metadata (%s zip)',
    { timeout: 30_000 },
    (which, { skip }) => {
      requireClients(skip, PYTHON_DOCX);
      const r = spawnSync(PYTHON, ['-c', PY_READ, which === 'zlib' ? file : fflateFile], { encoding: 'utf8' });
      expect(r.stderr).toBe('');
      const doc = JSON.parse(r.stdout) as {
        paragraphs: { style: string; text: string }[];
        tables: { style: string; header: boolean; rows: string[][] }[];
        lang: string;
        title: string;
        author: string;
        created: string;
        pageField: boolean;
        toc: boolean;
      };
      const styled = (style: string) => doc.paragraphs.filter((p) => p.style === style).map((p) => p.text);
      expect(styled('Title')).toEqual(['Conversatorio de prueba']);
      expect(styled('Heading 1')).toEqual(model.sections.filter((s) => s.level === 1).map((s) => s.heading));
      expect(styled('Heading 2')).toEqual(model.sections.filter((s) => s.level === 2).map((s) => s.heading));
      expect(styled('Quote')[0]).toContain('Sin gobernanza no hay ciudad');
      const bullets = styled('List Bullet').join('\n');
      for (const text of NOTES.slice(0, -1)) expect(bullets).toContain(text);
      expect(bullets).toContain('control chars removed');
      expect(doc.tables.every((t) => t.style === 'Table Grid' && t.header)).toBe(true);
      expect(doc.tables[0]!.rows[0]).toEqual(['Nombre', 'Institución', 'Rol']);
      expect(doc.lang).toBe('es-MX');
      expect(doc).toMatchObject({ title: 'Conversatorio de prueba', author: 'Relatora Uno', pageField: true, toc: true });
      expect(doc.created.startsWith('2026-11-26T20:00:00')).toBe(true);
    },
  );

  it('writes a ZIP that the Python zipfile module verifies entry by entry', ({ skip }) => {
    requireClients(skip, PYTHON_DOCX);
    const r = spawnSync(
      PYTHON,
      ['-c', 'import zipfile,sys; z=zipfile.ZipFile(sys.argv[1]); print(z.testzip()); print(sorted(z.namelist()))', file],
      { encoding: 'utf8' },
    );
    expect(r.stdout.split('\n')[0]).toBe('None');
    expect(r.stdout).toContain("'word/document.xml'");
    expect(r.stdout).toContain("'[Content_Types].xml'");
  });

  it('pandoc reads it as text with headings and every note', ({ skip }) => {
    requireClients(skip, PANDOC);
    const r = spawnSync('pandoc', ['-f', 'docx', '-t', 'plain', '--wrap=none', file], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    for (const text of NOTES.slice(0, -1)) {
      for (const line of text
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean))
        expect(r.stdout).toContain(line);
    }
    const md = spawnSync('pandoc', ['-f', 'docx', '-t', 'gfm', file], { encoding: 'utf8' }).stdout;
    expect(md).toMatch(/^# Pregunta 1\. ¿Cómo fortalecer la gobernanza\?$/m);
    expect(md).toMatch(/^## Ideas clave$/m);
  }, 30_000);

  it('LibreOffice converts it to PDF', ({ skip }) => {
    requireClients(skip, LIBREOFFICE);
    const out = join(dir, 'pdf');
    const profile = join(dir, 'lo-profile');
    const r = spawnSync(
      'soffice',
      [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', out, file],
      { encoding: 'utf8', timeout: 120_000 },
    );
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(out)).toContain('report.pdf');
  }, 150_000);
});

describe('DOCX writer without real clients', () => {
  it('is not imported by the report model or the Markdown writer', async () => {
    const { readFileSync } = await import('node:fs');
    for (const f of readdirSync('src/core/report').filter((f) => f !== 'docx-writer.ts')) {
      expect(readFileSync(join('src/core/report', f), 'utf8'), f).not.toMatch(/from 'docx'/);
    }
  });
});
