/// <reference lib="webworker" />
import { readProgramDocument } from '../../../core/documents';
import type { FileReadReply, FileReadRequest } from './file-types';

/**
 * Reads a program file (PDF, Word, web page, Markdown, text) into the text a user would paste, off the
 * page's thread. Started on the first file only: pdf.js and mammoth load here, never with the page.
 */
self.onmessage = async (message: MessageEvent<FileReadRequest>) => {
  const { id, name, bytes } = message.data;
  try {
    const result = await readProgramDocument(name, bytes);
    self.postMessage({ id, result } satisfies FileReadReply);
  } catch (error) {
    self.postMessage({ id, failed: error instanceof Error ? error.message : String(error) } satisfies FileReadReply);
  }
};
