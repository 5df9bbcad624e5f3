import { access, constants } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import type { LoadedPdfDocument, PdfPrinter } from '../core/report/pdf-print';

/**
 * The CLI's PDF printer: a headless Chromium already installed on the machine (Debian's chromium,
 * Google Chrome…), driven through playwright-core's DevTools connection. Nothing is downloaded.
 * RELATOR_CHROMIUM names another executable.
 */
export interface ChromiumPrinter {
  print: PdfPrinter;
  /** One page that keeps the report loaded between printings (pdf-print.ts's PdfDocumentPrinter). */
  open: (html: string) => Promise<LoadedPdfDocument>;
  close: () => Promise<void>;
}

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

/** The Chromium to print with: RELATOR_CHROMIUM when set (and only it), else the first installed candidate; null when none. */
export async function findChromium(env: Readonly<Record<string, string | undefined>> = process.env): Promise<string | null> {
  const candidates = env.RELATOR_CHROMIUM ? [env.RELATOR_CHROMIUM] : CANDIDATES;
  for (const path of candidates) {
    try {
      await access(path, constants.X_OK);
      return path;
    } catch {
      // not here: try the next one
    }
  }
  return null;
}

export async function launchChromiumPrinter(executablePath: string): Promise<ChromiumPrinter> {
  // Loaded only for --format pdf.
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath, headless: true });
  // The report is static HTML: no script runs in it, and it loads nothing from the network.
  const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
  const load = async (html: string): Promise<Page> => {
    const page = await context.newPage();
    try {
      await page.setContent(html, { waitUntil: 'load' });
      return page;
    } catch (e) {
      await page.close();
      throw e;
    }
  };
  const printPage = async (page: Page, measureOnly: boolean): Promise<Uint8Array> => {
    const full = !measureOnly;
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, outline: full, tagged: full });
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  };
  const print: PdfPrinter = async (job) => {
    const page = await load(job.html);
    try {
      return await printPage(page, job.measureOnly);
    } finally {
      await page.close();
    }
  };
  const open = async (html: string): Promise<LoadedPdfDocument> => {
    const page = await load(html);
    return {
      // The page's own scripts are off (javaScriptEnabled: false); Playwright's evaluation still runs.
      setTexts: async (texts) => {
        const missing = await page.evaluate(
          (entries) => {
            const absent: string[] = [];
            for (const [id, text] of entries) {
              const element = document.getElementById(id);
              if (element === null) absent.push(id);
              else element.textContent = text;
            }
            return absent;
          },
          [...texts],
        );
        if (missing.length > 0) throw new Error(`the report has no element ${missing.join(', ')}`);
      },
      remove: async (ids) => {
        const missing = await page.evaluate(
          (list) =>
            list.filter((id) => {
              const element = document.getElementById(id);
              element?.remove();
              return element === null;
            }),
          [...ids],
        );
        if (missing.length > 0) throw new Error(`the report has no element ${missing.join(', ')}`);
      },
      print: (measureOnly) => printPage(page, measureOnly),
      close: () => page.close(),
    };
  };
  return { print, open, close: () => browser.close() };
}
