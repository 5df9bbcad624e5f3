import type { FileError } from '../file-format/errors';
import { decodeFile } from '../file-format/decode-file';
import { documentKind, type DocumentKind } from './document-kind';
import { readDocxText } from './docx-text';
import { htmlToText } from './html-text';
import { readPdfText } from './pdf-text';

/**
 * A program file (PDF, Word, web page, Markdown or plain text) → the text its questions are read
 * from, the same text a user would paste. Text files are decoded strictly (src/core/text/decode.ts):
 * never guessed, never patched with replacement characters.
 */

export type DocumentProblem =
  /** A PDF whose pages are pictures (a scan): there is no text to read. */
  | { code: 'pdf-no-text' }
  | { code: 'pdf-encrypted' }
  /** The file says it is a PDF or a Word document but cannot be opened as one. */
  | { code: 'damaged'; kind: 'pdf' | 'docx'; detail: string }
  /**
   * A text file that is not valid text (its encoding, or empty), or a recognised kind Relator does not
   * read programs from (an image, an .odt, an old .doc…): worded by core/file-format.
   */
  | { code: 'decode'; error: FileError };

export type DocumentResult = { ok: true; kind: DocumentKind; text: string } | { ok: false; problem: DocumentProblem };

export interface ReadDocumentOptions {
  /** The user confirmed that a text file which is not UTF-8 is Windows-1252. */
  allowWindows1252?: boolean;
}

export async function readProgramDocument(name: string, bytes: Uint8Array, options: ReadDocumentOptions = {}): Promise<DocumentResult> {
  const found = documentKind(name, bytes);
  // Not a kind read here: the strict decoder names what it is ("an image…") in its refusal.
  const kind = 'kind' in found ? found.kind : 'text';
  if (kind === 'pdf') {
    const pdf = await readPdfText(bytes);
    if (pdf.ok) return { ok: true, kind, text: pdf.text };
    if (pdf.problem === 'no-text') return { ok: false, problem: { code: 'pdf-no-text' } };
    if (pdf.problem === 'encrypted') return { ok: false, problem: { code: 'pdf-encrypted' } };
    return { ok: false, problem: { code: 'damaged', kind, detail: pdf.detail ?? '' } };
  }
  if (kind === 'docx') {
    const docx = await readDocxText(bytes);
    return docx.ok ? { ok: true, kind, text: docx.text } : { ok: false, problem: { code: 'damaged', kind, detail: docx.detail } };
  }
  const decoded = decodeFile(bytes, 'text', { allowWindows1252: options.allowWindows1252 ?? false });
  if (!decoded.ok) return { ok: false, problem: { code: 'decode', error: decoded.error } };
  return { ok: true, kind, text: kind === 'html' ? htmlToText(decoded.text) : decoded.text };
}
