import type { Language } from '../core/model/types';
import type { PdfDocumentPrinter } from '../core/report/pdf-print';
import type { CommandName } from './messages';

/**
 * One `relator` sub-command. Commands get their arguments already split and an I/O seam, so
 * they are tested without spawning processes; `src/cli/main.ts` only dispatches.
 */
export interface CliIo {
  /** Writes text as given: end lines with `\n`. */
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** A file's bytes, decoded by file-io.ts (strictly: no guessing, no replacement characters). */
  readBytes: (path: string) => Promise<Uint8Array>;
  /** Reads all of standard input (for FILE `-`), as bytes like a file. */
  readStdin: () => Promise<Uint8Array>;
  /** Writes atomically: temp file in the same folder, then rename. */
  writeFile: (path: string, data: string | Uint8Array) => Promise<void>;
  /** Size in bytes, to refuse an oversized file before reading it; absent in simple test fakes. */
  fileSize?: (path: string) => Promise<number>;
  /** Language of messages (RELATOR_LANG / LANG); Spanish when absent. */
  lang?: Language;
  /**
   * A headless Chromium that prints PDF (chromium-pdf.ts), or null when none is installed; absent
   * where PDF cannot be printed at all (simple test fakes).
   */
  pdfPrinter?: () => Promise<(PdfDocumentPrinter & { close: () => Promise<void> }) | null>;
  /** Closes a named phase for RELATOR_PROFILE=1 (src/cli/profile.ts); absent otherwise. */
  mark?: (phase: string) => void;
}

export interface Command {
  /** Its one-line summary for `relator --help` is in the CLI catalogue (messages.ts), under this name. */
  name: CommandName;
  /** One usage line, e.g. `relator validate FILE`. */
  usage: string;
  /** Returns the process exit code: 0 ok, 1 failure of the input, 2 bad arguments. */
  run(args: string[], io: CliIo): Promise<number>;
}

/** Thrown by argument parsing; main prints the message and the usage, and exits 2. */
export class UsageError extends Error {}
