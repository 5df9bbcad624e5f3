/// <reference lib="webworker" />
import { extractProgram } from '../../../core/program';
import sampleProgram from '../../../../resources/samples/segundo-conversatorio-metropolitano.txt?raw';
import type { ExtractionReply, ExtractionRequest } from './extraction-types';

// A first reading of a small real program as soon as the worker starts (with the setup screen): V8
// compiles the extractor's code and regular expressions on their first use, and a first 1 MB paste
// read cold takes several times as long as the same paste read again. Messages wait until this ends.
extractProgram(sampleProgram);

// One reading compiles the code, but V8 optimizes the extractor's loops only after many more lines:
// a 1 MB paste read right after it still took ~1.3 times as long as the same paste read warm. So the
// sample is read again in idle turns, about 200 KB in all; a message runs between two turns and ends it.
const WARM_UP_READS = 80;
const READS_PER_TURN = 4;
let warmUpLeft = WARM_UP_READS;
const warmUp = () => {
  for (let i = 0; i < READS_PER_TURN && warmUpLeft > 0; i++, warmUpLeft--) extractProgram(sampleProgram);
  if (warmUpLeft > 0) setTimeout(warmUp, 0);
};
setTimeout(warmUp, 0);

/** Reads pasted programs off the typing path, so a long paste never freezes the text box. */
self.onmessage = (message: MessageEvent<ExtractionRequest>) => {
  warmUpLeft = 0;
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
