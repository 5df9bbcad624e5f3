import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { crc32, deflateRawSync } from 'node:zlib';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/core/report';
import { contentsEntries, pdfPages } from '../../pdf-pages';
import { LIBREOFFICE, PANDOC, POPPLER, PYTHON, PYTHON_DOCX, requireClients } from '../../real-clients';
import { FORMATTED_NOTE, HOSTILE_TEXTS, smallBundle } from './fixtures';
const BIG_NOTE = 'palabra '.repeat(1300).trim();
const NOTES = [...HOSTILE_TEXTS, BIG_NOTE, 'control\u0001 chars\u001F removed'];

let dir = '';
let file = '';
let fflateFile = '';
const model = buildReport(smallBundle([...NOTES, FORMATTED_NOTE.text]));
const headings1 = model.sections.filter((s) => s.level === 1).map((s) => s.heading);

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
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
# Text as a reader sees it, hyperlinks included (python-docx 0.8's p.text leaves them out).
def text_of(p):
    return ''.join('\\n' if e.tag == W + 'br' and e.get(W + 'type') is None else '\\t' if e.tag == W + 'tab' else (e.text or '') for e in p._p.iter(W + 't', W + 'br', W + 'tab'))
for p in d.paragraphs:
    texts.append({'style': p.style.name, 'text': text_of(p)})
tables = [{'style': t.style.name if t.style is not None else None,
           'header': t.rows[0]._tr.trPr is not None and t.rows[0]._tr.trPr.find('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}tblHeader') is not None,
           'rows': [[c.text for c in r.cells] for r in t.rows]} for t in d.tables]
lang = d.styles.element.find('.//{http://schemas.openxmlformats.org/wordprocessingml/2006/main}lang')
cp = d.core_properties
sect = d.sections[0]
instr = [(e.text or '').strip() for e in body.iter(W + 'instrText')]
settings = d.settings.element.find(W + 'updateFields')
R = '{http://schemas.openxmlformats.org/officeDocument/2006/relationships}'
def flag(r, name):
    rpr = r.find(W + 'rPr')
    return rpr is not None and rpr.find(W + name) is not None
runs = [{'text': ''.join(t.text or '' for t in r.iter(W + 't')), 'bold': flag(r, 'b'), 'italic': flag(r, 'i')} for r in body.iter(W + 'r')]
links = [{'text': ''.join(t.text or '' for t in h.iter(W + 't')), 'href': d.part.rels[h.get(R + 'id')].target_ref}
         for h in body.iter(W + 'hyperlink') if h.get(R + 'id')]
first_page = []
for p in d.paragraphs:
    first_page.append(text_of(p))
    if p._p.xpath('.//w:br[@w:type="page"]'):
        break
print(json.dumps({'paragraphs': texts, 'tables': tables,
  'lang': lang.get('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}val'),
  'title': cp.title, 'author': cp.author, 'created': cp.created.isoformat(),
  'footerFields': [(e.text or '').strip() for e in sect.footer._element.iter(W + 'instrText')],
  'footerText': sect.footer.paragraphs[0].text, 'coverFooter': sect.different_first_page_header_footer and sect.first_page_footer.paragraphs[0].text if sect.first_page_footer.paragraphs else '',
  'pageRefs': [i for i in instr if i.startswith('PAGEREF')],
  'updateFields': settings is not None and settings.get(W + 'val') in (None, 'true', '1'),
  'firstPage': first_page, 'runs': runs, 'links': links}))
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
        footerFields: string[];
        footerText: string;
        coverFooter: string;
        pageRefs: string[];
        updateFields: boolean;
        firstPage: string[];
        runs: { text: string; bold: boolean; italic: boolean }[];
        links: { text: string; href: string }[];
      };
      const styled = (style: string) => doc.paragraphs.filter((p) => p.style === style).map((p) => p.text);
      expect(styled('Title')).toEqual(['Conversatorio de prueba']);
      expect(styled('Heading 1')).toEqual(model.sections.filter((s) => s.level === 1).map((s) => s.heading));
      expect(styled('Heading 2')).toEqual(model.sections.filter((s) => s.level === 2).map((s) => s.heading));
      expect(styled('Quote')[0]).toContain('Sin gobernanza no hay ciudad');
      const bullets = styled('List Bullet').join('\n');
      for (const text of NOTES.slice(0, -1)) expect(bullets).toContain(text);
      expect(bullets).toContain('control chars removed');
      // A note's inline formatting becomes real bold and italic runs and hyperlinks; its signs are gone.
      for (const line of FORMATTED_NOTE.plain) expect(bullets).toContain(line);
      expect(bullets).not.toContain('**');
      expect(doc.runs).toContainEqual({ text: FORMATTED_NOTE.bold, bold: true, italic: false });
      expect(doc.runs).toContainEqual({ text: FORMATTED_NOTE.italic, bold: false, italic: true });
      expect(doc.runs.filter((r) => r.bold || r.italic).map((r) => r.text)).not.toContain('Hay ');
      for (const link of FORMATTED_NOTE.links) expect(doc.links).toContainEqual(link);
      // Stars are not printed unless asked for.
      expect(doc.paragraphs.map((p) => p.text).join('\n')).not.toContain('★');
      expect(doc.tables.every((t) => t.style === 'Table Grid' && t.header)).toBe(true);
      // The program (planned vs actual) comes first, after the methodology; then the participants.
      expect(doc.tables[0]!.rows[0]).toEqual(['Pregunta', 'Participante', 'Previsto', 'Inicio real', 'Real']);
      expect(doc.tables[1]!.rows[0]).toEqual(['Nombre', 'Institución', 'Rol']);
      expect(doc.lang).toBe('es-MX');
      expect(doc).toMatchObject({ title: 'Conversatorio de prueba', author: 'Relatora Uno' });
      // The cover stands alone on page 1, without a footer: "Relatoría", title, subtitle, details.
      expect(doc.firstPage.slice(0, 4)).toEqual([
        'Relatoría',
        'Conversatorio de prueba',
        'Zonas metropolitanas',
        'Organizan: SEDATU; Renamet',
      ]);
      expect(doc.firstPage.join('\n')).not.toContain('Contenido');
      expect(doc.coverFooter).toBe('');
      // The contents: one entry per top-level section, each ending in a page reference; Word updates them on opening.
      expect(styled('TOC Heading')).toEqual(['Contenido']);
      expect(styled('toc 1').map((t) => t.trim())).toEqual(model.sections.filter((s) => s.level === 1).map((s) => s.heading));
      expect(doc.pageRefs).toHaveLength(model.sections.filter((s) => s.level === 1).length);
      expect(doc.updateFields).toBe(true);
      expect(doc.footerFields).toEqual(['PAGE', 'NUMPAGES']);
      expect(doc.footerText).toBe('Página  de ');
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
    requireClients(skip, LIBREOFFICE, POPPLER);
    const out = join(dir, 'pdf');
    const profile = join(dir, 'lo-profile');
    const r = spawnSync(
      'soffice',
      [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', out, file],
      { encoding: 'utf8', timeout: 120_000 },
    );
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(out)).toContain('report.pdf');
    const pages = pdfPages(join(out, 'report.pdf'));
    // Page 1 is the cover alone; page 2 the contents, where every entry shows the page its section starts on.
    expect(pages[0]).toContain('Conversatorio de prueba');
    expect(pages[0]).not.toMatch(/Contenido|Página/);
    const entries = contentsEntries(pages, headings1);
    expect(entries.map((e) => e.listed)).toEqual(entries.map((e) => e.actual));
    expect(entries.every((e) => e.actual > 2)).toBe(true);
    // The running footer counts the pages: "Página 2 de N" on the contents, "Página N de N" at the end.
    const n = pages.length;
    expect(pages[1]).toContain(`Página 2 de ${n}`);
    expect(pages[n - 1]).toContain(`Página ${n} de ${n}`);
  }, 150_000);
});

describe('DOCX writer without real clients', () => {
  it('is not imported by the report model or the Markdown writer (only the DOCX writer and its front matter use it)', async () => {
    const { readFileSync } = await import('node:fs');
    for (const f of readdirSync('src/core/report').filter((f) => f !== 'docx-writer.ts' && f !== 'docx-front.ts')) {
      expect(readFileSync(join('src/core/report', f), 'utf8'), f).not.toMatch(/from 'docx'/);
    }
  });
});
