import { sniffFileKind, type FileKind } from '../text/file-kind';

/** The kinds of file a program can be read from. */
export type DocumentKind = 'pdf' | 'docx' | 'html' | 'text';

/** File name endings the file picker offers and the CLI accepts, by kind. */
export const DOCUMENT_EXTENSIONS: Readonly<Record<DocumentKind, readonly string[]>> = {
  pdf: ['.pdf'],
  docx: ['.docx'],
  html: ['.html', '.htm', '.xhtml'],
  text: ['.txt', '.text', '.md', '.markdown'],
};

/**
 * What a file is, by its bytes first (a PDF renamed .txt is still a PDF) and then by its name:
 * a known kind, or the recognised kind we cannot read (an image, an .odt…) to name in a message.
 */
export function documentKind(name: string, bytes: Uint8Array): { kind: DocumentKind } | { unsupported: FileKind } {
  const sniffed = sniffFileKind(bytes);
  if (sniffed === 'pdf') return { kind: 'pdf' };
  if (sniffed === 'docx') return { kind: 'docx' };
  if (sniffed) return { unsupported: sniffed };
  const lower = name.toLowerCase();
  if (DOCUMENT_EXTENSIONS.html.some((e) => lower.endsWith(e)) || looksLikeHtml(bytes)) return { kind: 'html' };
  return { kind: 'text' };
}

/** A saved web page without an .html name: it starts (after spaces or a BOM) with a doctype or <html>. */
function looksLikeHtml(bytes: Uint8Array): boolean {
  let head = '';
  for (let i = 0; i < Math.min(bytes.length, 512); i++) head += String.fromCharCode(bytes[i]!);
  return /^(?:\xef\xbb\xbf)?\s*(?:<!doctype html|<html[\s>])/i.test(head);
}
