/// <reference lib="webworker" />
import { extractProgram } from '../../../core/program';
import sampleProgram from '../../../../resources/samples/segundo-conversatorio-metropolitano.txt?raw';
import type { ExtractionReply, ExtractionRequest } from './extraction-types';

// A first reading of a small real program as soon as the worker starts (with the setup screen): V8
// compiles the extractor's code and regular expressions on their first use, and a first 1 MB paste
// read cold takes several times as long as the same paste read again. Messages wait until this ends.
extractProgram(sampleProgram);

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
