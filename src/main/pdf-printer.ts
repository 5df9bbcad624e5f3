import { join } from 'node:path';
import type { BrowserWindowConstructorOptions } from 'electron';
import type { PdfPrintJob } from '../core/report/pdf-print';
import type { FsOps } from './fs/fs-ops';
import { writeFileAtomic } from './fs/atomic-write';
import { printWindowOptions } from './window';

/*
 * Structural slices of Electron's BrowserWindow and Session: what printing a report touches, so it
 * can be checked against small fakes. The real objects satisfy these types.
 */
export interface PrintToPdfOptions {
  preferCSSPageSize: boolean;
  printBackground: boolean;
  generateDocumentOutline: boolean;
  generateTaggedPDF: boolean;
}

export interface PrintWindowLike {
  readonly webContents: { printToPDF(options: PrintToPdfOptions): Promise<Uint8Array> };
  loadFile(path: string): Promise<void>;
  destroy(): void;
}

export interface PrintSessionLike {
  webRequest: {
    onBeforeRequest(listener: (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void): void;
  };
}

export interface PdfPrinterDeps<W extends PrintWindowLike> {
  create(options: BrowserWindowConstructorOptions): W;
  /** The print windows' own session (partition PRINT_PARTITION), apart from the app's. */
  session: PrintSessionLike;
  fs: FsOps & { mkdtemp(prefix: string): Promise<string>; rmdir(path: string): Promise<void> };
  /** The system's temporary folder. */
  tempDirectory(): string;
}

/**
 * Prints the report's HTML (core/report/html-writer.ts) to PDF in a hidden window. The page is
 * written to a private temporary folder and loaded from there (a data: address is limited to 2 MB,
 * and a large report is more), in a session of its own whose only allowed request is that file,
 * with JavaScript off: the page is static and holds user text. Page size, margins and the running
 * footer come from the page's print stylesheet (`preferCSSPageSize`, CSS page-margin boxes).
 */
export function createPdfPrinter<W extends PrintWindowLike>(deps: PdfPrinterDeps<W>): (job: PdfPrintJob) => Promise<Uint8Array> {
  let allowed: string | null = null;
  deps.session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: allowed === null || !isFile(details.url, allowed) }));

  return async (job) => {
    const folder = await deps.fs.mkdtemp(join(deps.tempDirectory(), 'relator-print-'));
    const file = join(folder, 'report.html');
    const window = deps.create(printWindowOptions());
    try {
      await writeFileAtomic(deps.fs, file, job.html);
      allowed = file;
      await window.loadFile(file);
      const pdf = await window.webContents.printToPDF({
        preferCSSPageSize: true,
        printBackground: true,
        generateDocumentOutline: !job.measureOnly,
        generateTaggedPDF: !job.measureOnly,
      });
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } finally {
      allowed = null;
      window.destroy();
      await deps.fs.unlink(file).catch(() => undefined);
      await deps.fs.rmdir(folder).catch(() => undefined);
    }
  };
}

/** Whether a request is for the local file at `path` (and nothing else: no other file, no network). */
export function isFile(url: string, path: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'file:' || parsed.search !== '' || (parsed.host !== '' && parsed.host !== 'localhost')) return false;
  // Windows paths come as /C:/…; compare with forward slashes either way.
  const requested = decodeURIComponent(parsed.pathname).replace(/^\/([A-Za-z]:)/, '$1');
  return requested === path.replace(/\\/g, '/');
}
