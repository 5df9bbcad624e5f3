import { access, constants } from 'node:fs/promises';
import type { PdfPrinter } from '../core/report/pdf-print';

/**
 * The CLI's PDF printer: a headless Chromium already installed on the machine (Debian's chromium,
 * Google Chrome…), driven through playwright-core's DevTools connection. Nothing is downloaded.
 * RELATOR_CHROMIUM names another executable.
 */
export interface ChromiumPrinter {
  print: PdfPrinter;
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
  const print: PdfPrinter = async (job) => {
    const page = await context.newPage();
    try {
      await page.setContent(job.html, { waitUntil: 'load' });
      const full = !job.measureOnly;
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, outline: full, tagged: full });
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } finally {
      await page.close();
    }
  };
  return { print, close: () => browser.close() };
}
