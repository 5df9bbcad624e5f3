import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/core/report';
import { pdfPages } from '../../pdf-pages';
import { LIBREOFFICE, PANDOC, POPPLER, PYTHON, PYTHON_DOCX, requireClients } from '../../real-clients';
import { mesasBundle } from './mesas-fixture';

/** The general relatoría's DOCX as the programs people open it with read it. */
let dir = '';
let file = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'relator-general-docx-'));
  file = join(dir, 'general.docx');
  const { renderDocx } = await import('../../../src/core/report/docx-writer');
  const model = buildReport(mesasBundle(), {}, { kind: 'general' });
  writeFileSync(file, await renderDocx(model, { deflateRaw: (b) => deflateRawSync(b), crc32: (b) => crc32(b) }));
});

describe('general relatoría DOCX in real clients', () => {
  it('python-docx reads the cover, the mesas’ syntheses under the general one and the labelled contributions', ({ skip }) => {
    requireClients(skip, PYTHON_DOCX);
    const r = spawnSync(
      PYTHON,
      ['-c', 'import docx, json, sys; print(json.dumps([[p.style.name, p.text] for p in docx.Document(sys.argv[1]).paragraphs]))', file],
      { encoding: 'utf8' },
    );
    expect(r.status, r.stderr).toBe(0);
    const paragraphs = JSON.parse(r.stdout) as [string, string][];
    const texts = paragraphs.map(([, t]) => t);
    expect(paragraphs).toContainEqual(['Title', 'Foro de mesas']);
    expect(texts.indexOf('Relatoría general')).toBe(texts.indexOf('Foro de mesas') - 1);
    const synthesis = texts.indexOf('Síntesis general de la coordinación.');
    expect(synthesis).toBeGreaterThan(texts.indexOf('Pregunta 1. ¿Qué agua queremos?'));
    expect(paragraphs).toContainEqual(['Heading 2', 'Síntesis: Mesa Norte']);
    expect(texts.indexOf('Síntesis: Mesa Norte')).toBeGreaterThan(synthesis);
    // The label and the attribution are joined to the text by no-break spaces, as every note's are.
    expect(texts).toContain('Mesa Norte:\u00a0Idea del norte\u00a0— Ana Pérez, 0:01:00');
    expect(texts).toContain('Plenaria:\u00a0Idea de la plenaria\u00a0— Eva Ruiz, 0:05:00');
    expect(texts).toContain('Cita del sur\n— Luis Gómez, 0:03:00 · Mesa Sur');
  });

  it('pandoc reads the cover line, the mesa headings and the labels', ({ skip }) => {
    requireClients(skip, PANDOC);
    const r = spawnSync('pandoc', ['-f', 'docx', '-t', 'plain', '--wrap=none', file], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('Relatoría general');
    expect(r.stdout).toContain('Síntesis general de la coordinación.');
    expect(r.stdout).toContain('Síntesis: Mesa Sur');
    expect(r.stdout).toMatch(/Mesa Sur:\sIdea del sur/);
  }, 30_000);

  it('LibreOffice converts it to PDF with the general cover on page 1', ({ skip }) => {
    requireClients(skip, LIBREOFFICE, POPPLER);
    const out = join(dir, 'pdf');
    const r = spawnSync(
      'soffice',
      [`-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', out, file],
      { encoding: 'utf8', timeout: 120_000 },
    );
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(out)).toContain('general.pdf');
    const pages = pdfPages(join(out, 'general.pdf'));
    // The cover's kicker style is set in capitals.
    expect(pages[0]).toMatch(/Relatoría general/i);
    expect(pages[0]).toContain('Mesa Norte (Sala A); Mesa Sur (Sala B)');
    const body = pages.slice(2).join('\n');
    expect(body).toContain('Síntesis general de la coordinación.');
    expect(body).toContain('Síntesis: Mesa Norte');
    expect(body).toMatch(/Plenaria:\sIdea de la plenaria/);
  }, 150_000);
});
