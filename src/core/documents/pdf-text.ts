import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * The text layer of a PDF, read with pdf.js (legacy build: it runs in Node 20 for the CLI as well as
 * in the browser). pdf.js's own worker code runs in the calling thread — the app already calls this
 * from a Web Worker — so no second worker, no eval (isEvalSupported: false) and nothing fetched.
 * Lines are rebuilt from the positions of the text pieces; a wide gap on a line (a table's columns)
 * becomes a tab, a larger gap between lines a blank line, and pages are separated by form feeds so
 * the program reader can drop their running headers and footers.
 */

export type PdfResult =
  { ok: true; text: string; pages: number } | { ok: false; problem: 'no-text' | 'encrypted' | 'unreadable'; detail?: string };

interface Piece {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
  eol: boolean;
}

/** Fewer letters than this in the whole file: a scan (pictures of pages) without a text layer. */
const MIN_LETTERS = 20;

type PdfJs = typeof PdfJsModule;

let loading: Promise<PdfJs> | null = null;
function loadPdfJs(): Promise<PdfJs> {
  loading ??= (async () => {
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return loading;
}

export async function readPdfText(bytes: Uint8Array): Promise<PdfResult> {
  const pdfjs = await loadPdfJs();
  // pdf.js takes the buffer over: give it a copy, the caller keeps its bytes.
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (error) {
    const name = (error as { name?: string } | null)?.name;
    if (name === 'PasswordException') return { ok: false, problem: 'encrypted' };
    return { ok: false, problem: 'unreadable', detail: error instanceof Error ? error.message : String(error) };
  }
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const pieces: Piece[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const [a, b, , , x, y] = item.transform as number[];
        pieces.push({ str: item.str, x: x!, y: y!, width: item.width, size: Math.hypot(a!, b!) || item.height || 10, eol: item.hasEOL });
      }
      pages.push(layOut(pieces));
      page.cleanup();
    }
    const text = pages.join('\n\f');
    const letters = text.match(/\p{L}/gu)?.length ?? 0;
    if (letters < MIN_LETTERS) return { ok: false, problem: 'no-text' };
    return { ok: true, text, pages: doc.numPages };
  } finally {
    await doc.destroy();
  }
}

/** Text pieces in reading order → lines. */
function layOut(pieces: Piece[]): string {
  const lines: string[] = [];
  let line = '';
  let last: Piece | null = null;
  let lastLineY: number | null = null;
  let lineSize = 10;
  const endLine = (): void => {
    if (line.trim()) lines.push(line.replace(/\s+$/, ''));
    line = '';
  };
  for (const p of pieces) {
    if (last && !last.eol && Math.abs(p.y - last.y) > Math.max(last.size, p.size) * 0.5) endLine();
    if (line === '' && p.str.trim() !== '') {
      // A gap between lines wider than one and a half lines: a new paragraph.
      if (lastLineY !== null && lines.length > 0 && Math.abs(lastLineY - p.y) > lineSize * 1.6) lines.push('');
      lastLineY = p.y;
      lineSize = p.size;
    } else if (last && line !== '' && p.str !== '') {
      const gap = p.x - (last.x + last.width);
      if (gap > p.size * 1.5) line = `${line.replace(/\s+$/, '')}\t`;
      else if (gap > p.size * 0.15 && !/\s$/.test(line) && !/^\s/.test(p.str)) line += ' ';
    }
    line += p.str;
    last = p;
    if (p.eol) {
      endLine();
      last = { ...p, eol: true };
    }
  }
  endLine();
  return lines.join('\n');
}
