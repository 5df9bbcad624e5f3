/**
 * Text from a file must not drive the user's terminal: an event title holding ESC ] 52 could write
 * the clipboard, ESC [ 2 J clear the screen, a C1 CSI do the same on some terminals, and bidi
 * overrides reorder what is shown (the "Trojan Source" trick). Everything the CLI prints goes
 * through `terminalSafe` (src/cli/dispatch.ts); line feeds, tabs and CR LF line ends are kept.
 */

/** Whole escape sequences, so no half of one ("]52;c;…") is left on screen: CSI, OSC/DCS/SOS/PM/APC strings, and two-byte escapes. */
const ESCAPE_SEQUENCES = /\x1b\[[0-?]*[ -/]*[@-~]?|\x1b[\]PX^_][^\x07\x1b\n]*(?:\x07|\x1b\\)?|\x1b[ -~]?/g;

/**
 * What remains after the sequences: C0 controls except tab and line feed, a carriage return not
 * ending a line, DEL and C1 controls, and the invisible bidi controls (embeddings, overrides,
 * isolates, marks).
 */
const CONTROLS = /[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]|\r(?!\n)/g;

const MAYBE_UNSAFE = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

export function terminalSafe(text: string): string {
  if (!MAYBE_UNSAFE.test(text)) return text;
  return text.replace(ESCAPE_SEQUENCES, '').replace(CONTROLS, '');
}

/** The same characters written as JSON escapes: JSON printed for a terminal keeps its data and loses its power. */
export function escapeJsonControls(json: string): string {
  return json.replace(
    /[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
