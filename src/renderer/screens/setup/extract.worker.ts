/// <reference lib="webworker" />
import { extractProgram } from '../../../core/program';
import type { ExtractionReply, ExtractionRequest } from './extraction-types';

/** Reads pasted programs off the typing path, so a long paste never freezes the text box. */
self.onmessage = (message: MessageEvent<ExtractionRequest>) => {
  const { id, text } = message.data;
  const started = performance.now();
  try {
    const reply: ExtractionReply = { id, ok: true, result: extractProgram(text), ms: performance.now() - started };
    self.postMessage(reply);
  } catch (error) {
    const reply: ExtractionReply = { id, ok: false, message: error instanceof Error ? error.message : String(error) };
    self.postMessage(reply);
  }
};
