import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium, launchChromiumPrinter, type ChromiumPrinter } from '../../../src/cli/chromium-pdf';
import { buildReport } from '../../../src/core/report';
import { MEASURING_STYLE_ID } from '../../../src/core/report/html-writer';
import { pdfPrintJob, printReportPdf, sectionPages } from '../../../src/core/report/pdf-print';
import { contentsEntries, pdfPages } from '../../pdf-pages';
import { CHROMIUM, POPPLER, missingClients } from '../../real-clients';
import { FORMATTED_NOTE, smallBundle } from './fixtures';

// Enough notes that the annex runs over several pages and the sections do not all start on page 3.
const MANY = Array.from({ length: 120 }, (_, i) => `Nota número ${i + 1} con algo de texto para llenar la línea de la relatoría.`);
const model = buildReport(smallBundle([FORMATTED_NOTE.text, ...MANY]));
const headings = model.sections.filter((s) => s.level === 1).map((s) => s.heading);
const missing = missingClients(CHROMIUM, POPPLER);

let printer: ChromiumPrinter | null = null;
let file = '';
const calls: string[] = [];

beforeAll(async () => {
  if (missing !== null) return;
  printer = await launchChromiumPrinter((await findChromium())!);
  // As the CLI prints: one page loaded once, the contents' numbers filled in place.
  const pdf = await printReportPdf(model, {
    open: async (html) => {
      calls.push('open');
      const document = await printer!.open(html);
      return {
        remove: (ids) => {
          calls.push(`remove ${ids.join(' ')}`);
          return document.remove(ids);
        },
        setTexts: (texts) => {
          calls.push(`set ${texts.size}`);
          return document.setTexts(texts);
        },
        print: (measureOnly) => {
          calls.push(measureOnly ? 'measure' : 'print');
          return document.print(measureOnly);
        },
        close: () => {
          calls.push('close');
          return document.close();
        },
      };
    },
  });
  file = join(mkdtempSync(join(tmpdir(), 'relator-pdf-')), 'report.pdf');
  writeFileSync(file, pdf);
}, 120_000);

afterAll(async () => {
  await printer?.close();
});

describe.skipIf(missing !== null)(`the report's own PDF, printed by Chromium${missing ? ` (${missing})` : ''}`, () => {
  it('has the cover alone on page 1, the contents on page 2 with the page each section starts on', () => {
    const pages = pdfPages(file);
    expect(pages[0]).toContain('Conversatorio de prueba');
    expect(pages[0]).toContain('Zonas metropolitanas');
    expect(pages[0]).not.toContain('Contenido');
    expect(pages[1]).toContain('Contenido');
    const entries = contentsEntries(pages, headings);
    expect(entries.map((e) => e.listed)).toEqual(entries.map((e) => e.actual));
    // The annex starts well after page 3: the numbers were measured, not assumed.
    expect(entries.at(-1)!.actual).toBeGreaterThan(4);
    // Loaded once; two printings: a quick one to measure (the measuring stylesheet dropped after it),
    // then the user's file with the numbers. No third printing: the measured pages were the final ones.
    expect(calls).toEqual(['open', 'measure', `remove ${MEASURING_STYLE_ID}`, `set ${headings.length}`, 'print', 'close']);
  });

  it('is a tagged PDF with an outline of its sections', () => {
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    // Chromium writes the outline's root uncompressed in the document catalog.
    expect(readFileSync(file, 'latin1')).toContain('/Outlines');
  });

  it('runs a footer "Página X de Y" on every page but the cover', () => {
    const pages = pdfPages(file);
    expect(pages[0]).not.toContain('Página');
    pages.slice(1).forEach((page, i) => expect(page).toContain(`Página ${i + 2} de ${pages.length}`));
  });

  it('prints the notes with their formatting signs gone and every section heading', () => {
    const text = pdfPages(file).join('\n');
    expect(text).not.toContain('**');
    expect(text).toContain(FORMATTED_NOTE.bold);
    for (const h of headings) expect(text).toContain(h);
  });

  it("prints the same pages when each printing loads its own HTML (the desktop app's printer)", async () => {
    const measureOnly: boolean[] = [];
    const pdf = await printReportPdf(model, (job) => {
      measureOnly.push(job.measureOnly);
      return printer!.print(job);
    });
    expect(measureOnly).toEqual([true, false]);
    const other = join(mkdtempSync(join(tmpdir(), 'relator-pdf-')), 'jobs.pdf');
    writeFileSync(other, pdf);
    expect(pdfPages(other)).toEqual(pdfPages(file));
    expect(execFileSync('pdfinfo', [other], { encoding: 'utf8' })).toMatch(/^Tagged:\s+yes$/m);
  }, 60_000);

  it('measures with a printing that shows only the section headings, breaking the pages as the final one', async () => {
    const job = pdfPrintJob(model, undefined, true);
    expect(job.html).toContain(`id="${MEASURING_STYLE_ID}"`);
    expect(pdfPrintJob(model).html).not.toContain(MEASURING_STYLE_ID);
    const measuring = join(mkdtempSync(join(tmpdir(), 'relator-pdf-')), 'measuring.pdf');
    const bytes = await printer!.print(job);
    writeFileSync(measuring, bytes);
    const pages = pdfPages(measuring);
    expect(pages).toHaveLength(pdfPages(file).length);
    const text = pages.join('\n');
    for (const h of headings) expect(text).toContain(h);
    expect(text).not.toContain(MANY[0]);
    expect(sectionPages(model, bytes)).toEqual(sectionPages(model, readFileSync(file)));
  }, 60_000);

  it('reads the page of each section from the printed PDF itself', async () => {
    const first = await printer!.print(pdfPrintJob(model));
    const pages = sectionPages(model, first);
    expect([...pages.keys()]).toEqual(model.sections.filter((s) => s.level === 1).map((s) => s.id));
    expect(pages.get(model.sections[0]!.id)).toBe(3);
  }, 60_000);
});
