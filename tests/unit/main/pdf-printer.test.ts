import * as realFs from 'node:fs/promises';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPdfPrinter, isFile, type PrintToPdfOptions, type PrintWindowLike } from '../../../src/main/pdf-printer';
import type { BrowserWindowConstructorOptions } from 'electron';

/** A hidden print window as Electron's: it loads a file (reading it, as Chromium would, through the session) and prints it. */
class FakePrintWindow implements PrintWindowLike {
  loaded: string | null = null;
  html = '';
  destroyed = false;
  printOptions: PrintToPdfOptions | null = null;
  constructor(
    readonly options: BrowserWindowConstructorOptions,
    private readonly request: (url: string) => boolean,
    private readonly fail: boolean,
  ) {}
  readonly webContents = {
    printToPDF: async (options: PrintToPdfOptions) => {
      this.printOptions = options;
      if (this.fail) throw new Error('printing failed');
      // A page that asks for anything else than itself is refused by the session.
      if (this.request('https://tracker.example/pixel.png')) throw new Error('a network request got through');
      return Buffer.from(`%PDF-1.7 ${this.html.length}`);
    },
  };
  async loadFile(path: string) {
    if (!this.request(pathToFileURL(path).href)) throw new Error('the session refused the report file');
    this.loaded = path;
    this.html = await realFs.readFile(path, 'utf8');
  }
  destroy() {
    this.destroyed = true;
  }
}

let temp = '';
let windows: FakePrintWindow[] = [];
let listener: ((details: { url: string }, callback: (r: { cancel: boolean }) => void) => void) | null = null;
const allowed = (url: string) => {
  let cancel = true;
  listener!({ url }, (r) => (cancel = r.cancel));
  return !cancel;
};

function printer(fail = false) {
  return createPdfPrinter({
    create: (options) => {
      const w = new FakePrintWindow(options, allowed, fail);
      windows.push(w);
      return w;
    },
    session: { webRequest: { onBeforeRequest: (l) => void (listener = l) } },
    fs: realFs,
    tempDirectory: () => temp,
  });
}

beforeEach(async () => {
  temp = await mkdtemp(join(tmpdir(), 'relator-print-test-'));
  windows = [];
});
afterEach(async () => {
  await rm(temp, { recursive: true, force: true });
});

describe('printing a report to PDF in the main process', () => {
  const html = '<!doctype html><html><body><h1>Relatoría</h1></body></html>';

  it('loads the HTML from a private temporary file in a hidden, script-less window of its own session, and cleans up', async () => {
    const pdf = await printer()({ html, measureOnly: false });
    expect(new TextDecoder().decode(pdf)).toBe(`%PDF-1.7 ${html.length}`);
    const [w] = windows;
    expect(w!.html).toBe(html);
    expect(w!.options.show).toBe(false);
    expect(w!.options.webPreferences).toMatchObject({
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      partition: 'relator-print',
    });
    expect(w!.options.webPreferences!.preload).toBeUndefined();
    // The file the user gets is tagged (readable by screen readers) and has its outline.
    expect(w!.printOptions).toMatchObject({
      preferCSSPageSize: true,
      printBackground: true,
      generateTaggedPDF: true,
      generateDocumentOutline: true,
    });
    expect(w!.destroyed).toBe(true);
    expect(await readdir(temp)).toEqual([]);
    // Once printed, not even the report file may be loaded again.
    expect(allowed(pathToFileURL(w!.loaded!).href)).toBe(false);
  });

  it('cleans up when printing fails, and passes the failure on', async () => {
    await expect(printer(true)({ html, measureOnly: false })).rejects.toThrow('printing failed');
    expect(windows[0]!.destroyed).toBe(true);
    expect(await readdir(temp)).toEqual([]);
  });

  it('prints a measuring pass without tags or outline, which cost time and change no page', async () => {
    await printer()({ html, measureOnly: true });
    expect(windows[0]!.printOptions).toMatchObject({ preferCSSPageSize: true, generateTaggedPDF: false, generateDocumentOutline: false });
  });

  it('recognises only the report file itself', () => {
    expect(isFile('file:///tmp/relator-print-x/report.html', '/tmp/relator-print-x/report.html')).toBe(true);
    expect(isFile('file:///tmp/relator-print-x/report%20a.html', '/tmp/relator-print-x/report a.html')).toBe(true);
    expect(isFile('file:///C:/Temp/r/report.html', 'C:\\Temp\\r\\report.html')).toBe(true);
    expect(isFile('file:///etc/passwd', '/tmp/relator-print-x/report.html')).toBe(false);
    expect(isFile('file:///tmp/relator-print-x/report.html?x', '/tmp/relator-print-x/report.html')).toBe(false);
    expect(isFile('https://example.org/tmp/relator-print-x/report.html', '/tmp/relator-print-x/report.html')).toBe(false);
  });
});
