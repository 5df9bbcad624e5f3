import type { ExtractedProgram } from '../../../core/program';

export interface ExtractionRequest {
  id: number;
  text: string;
}

export type ExtractionReply = { id: number; ok: true; result: ExtractedProgram; ms: number } | { id: number; ok: false; message: string };

/** Pastes above this many characters (about 2 MB) are refused with a message, not read. */
export const MAX_PASTE_CHARS = 2_000_000;
/** Pastes from this many characters (about 100 KB) are shown as a summary, not laid out in the text box. */
export const LONG_PASTE_CHARS = 100_000;
/** Quiet time after the last keystroke before the text is read again (a paste is read at once). */
export const EXTRACT_DEBOUNCE_MS = 150;
