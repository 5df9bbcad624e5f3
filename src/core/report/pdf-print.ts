import { renderReportHtml, sectionAnchor } from './html-writer';
import type { ReportModel } from './model';
import { pdfDestinationPages } from './pdf-destinations';

/**
 * The PDF of a report, printed by a Chromium the host provides (Electron's printToPDF in the
 * desktop app, a headless Chromium in the CLI). Chromium has no `target-counter()`, so the contents'
 * page numbers are measured: a first printing is read for the page each heading landed on (the
 * named destinations Chromium writes for the contents' links, pdf-destinations.ts), and the report
 * is printed again with those numbers. The numbers sit in a fixed-width column, so filling them in
 * moves nothing; should a page still differ, it is printed once more.
 */
export interface PdfPrintJob {
  /** The report's HTML: its print stylesheet sets page size, margins and the running footer. */
  html: string;
  /**
   * A printing only read for where the sections landed: no tagged structure and no outline, which
   * leave the layout as it is and cost most of the time (a 10,000-note report: 18 s plain, 45 s
   * tagged, in headless Chromium on the bench machine). The file the user gets is never one.
   */
  measureOnly: boolean;
}

/** Prints one job to PDF bytes: the page's CSS page size, backgrounds printed. */
export type PdfPrinter = (job: PdfPrintJob) => Promise<Uint8Array>;

const MAX_PASSES = 3;

export function pdfPrintJob(model: ReportModel, pages?: ReadonlyMap<string, number>, measureOnly = false): PdfPrintJob {
  return { html: renderReportHtml(model, { pages }), measureOnly };
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

export async function printReportPdf(model: ReportModel, print: PdfPrinter): Promise<Uint8Array> {
  let pages = sectionPages(model, await print(pdfPrintJob(model, undefined, true)));
  for (let pass = 1; pass < MAX_PASSES; pass++) {
    const pdf = await print(pdfPrintJob(model, pages));
    const printed = sectionPages(model, pdf);
    if (samePages(printed, pages)) return pdf;
    pages = printed;
  }
  return print(pdfPrintJob(model, pages));
}
