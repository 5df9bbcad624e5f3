import { contentsPageId, MEASURING_STYLE_ID, renderReportHtml, sectionAnchor } from './html-writer';
import type { ReportModel } from './model';
import { pdfDestinationPages } from './pdf-destinations';

/**
 * The PDF of a report, printed by a Chromium the host provides (Electron's printToPDF in the
 * desktop app, a headless Chromium in the CLI). Chromium has no `target-counter()`, so the contents'
 * page numbers are measured: a first printing is read for the page each heading landed on (the
 * named destinations Chromium writes for the contents' links, pdf-destinations.ts), and the report
 * is printed again with those numbers. The numbers sit in a fixed-width column, so filling them in
 * moves nothing; should a page still differ, it is printed once more. The measuring printing hides
 * all but the section headings (html-style.ts's MEASURING_CSS), which moves nothing either. A printer
 * that can keep the page loaded (PdfDocumentPrinter) fills the numbers in and drops the measuring
 * stylesheet in place rather than loading the report again.
 */
export interface PdfPrintJob {
  /** The report's HTML: its print stylesheet sets page size, margins and the running footer. */
  html: string;
  /**
   * A printing only read for where the sections landed: no tagged structure and no outline, which
   * leave the layout as it is and cost most of the time (a 10,000-note report: 18 s plain, 45 s
   * tagged, in headless Chromium on the bench machine); its HTML hides all but the section headings
   * (see pdfPrintJob). The file the user gets is never one.
   */
  measureOnly: boolean;
}

/** Prints one job to PDF bytes: the page's CSS page size, backgrounds printed. */
export type PdfPrinter = (job: PdfPrintJob) => Promise<Uint8Array>;

/**
 * A printer that keeps the report loaded between printings (the CLI's headless Chromium): the
 * contents' page numbers are filled in place, so the report's HTML (4.7 MB for 10,000 notes) is
 * parsed and styled once instead of once per printing.
 */
export interface PdfDocumentPrinter {
  open(html: string): Promise<LoadedPdfDocument>;
}

export interface LoadedPdfDocument {
  /** Sets the text of the elements with these ids (the contents' page numbers, see contentsPageId). */
  setTexts(texts: ReadonlyMap<string, string>): Promise<void>;
  /** Removes the elements with these ids (the measuring stylesheet, MEASURING_STYLE_ID). */
  remove(ids: readonly string[]): Promise<void>;
  /** Prints the document as it now is; `measureOnly` as in PdfPrintJob. */
  print(measureOnly: boolean): Promise<Uint8Array>;
  close(): Promise<void>;
}

const MAX_PASSES = 3;

export function pdfPrintJob(model: ReportModel, pages?: ReadonlyMap<string, number>, measureOnly = false): PdfPrintJob {
  return { html: renderReportHtml(model, { pages, measuring: measureOnly }), measureOnly };
}

/** The page (1-based) each top-level section starts on in a printing of the report. */
export function sectionPages(model: ReportModel, pdf: Uint8Array): Map<string, number> {
  const destinations = pdfDestinationPages(pdf);
  const pages = new Map<string, number>();
  for (const s of model.sections) {
    if (s.level !== 1) continue;
    const page = destinations.get(sectionAnchor(s.id));
    if (page === undefined) throw new Error(`the printed PDF has no destination for section ${s.id}`);
    pages.set(s.id, page);
  }
  return pages;
}

const samePages = (a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>) =>
  a.size === b.size && [...a].every(([id, page]) => b.get(id) === page);

export async function printReportPdf(model: ReportModel, printer: PdfPrinter | PdfDocumentPrinter): Promise<Uint8Array> {
  return typeof printer === 'function' ? printJobs(model, printer) : printInPlace(model, printer);
}

async function printJobs(model: ReportModel, print: PdfPrinter): Promise<Uint8Array> {
  let pages = sectionPages(model, await print(pdfPrintJob(model, undefined, true)));
  for (let pass = 1; pass < MAX_PASSES; pass++) {
    const pdf = await print(pdfPrintJob(model, pages));
    const printed = sectionPages(model, pdf);
    if (samePages(printed, pages)) return pdf;
    pages = printed;
  }
  return print(pdfPrintJob(model, pages));
}

/**
 * The same passes as printJobs on one loaded page: loaded as the measuring printing's HTML, then its
 * measuring stylesheet dropped and the numbers set as the HTML writer would write them.
 */
async function printInPlace(model: ReportModel, printer: PdfDocumentPrinter): Promise<Uint8Array> {
  const document = await printer.open(renderReportHtml(model, { measuring: true }));
  try {
    let pages = sectionPages(model, await document.print(true));
    await document.remove([MEASURING_STYLE_ID]);
    for (let pass = 1; pass < MAX_PASSES; pass++) {
      await document.setTexts(contentsTexts(pages));
      const pdf = await document.print(false);
      const printed = sectionPages(model, pdf);
      if (samePages(printed, pages)) return pdf;
      pages = printed;
    }
    await document.setTexts(contentsTexts(pages));
    return await document.print(false);
  } finally {
    await document.close();
  }
}

/** The contents' page-number elements' texts, by element id. */
function contentsTexts(pages: ReadonlyMap<string, number>): Map<string, string> {
  return new Map([...pages].map(([id, page]) => [contentsPageId(id), String(page)]));
}
