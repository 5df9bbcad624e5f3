/**
 * One `relator` sub-command. Commands get their arguments already split and an I/O seam, so
 * they are tested without spawning processes; `src/cli/main.ts` only dispatches.
 */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readFile: (path: string) => Promise<string>;
  readBytes: (path: string) => Promise<Uint8Array>;
  /** Reads all of standard input (for FILE `-`). */
  readStdin: () => Promise<string>;
  /** Writes atomically: temp file in the same folder, then rename. */
  writeFile: (path: string, data: string | Uint8Array) => Promise<void>;
}

export interface Command {
  name: string;
  /** One usage line, e.g. `relator validate FILE`. */
  usage: string;
  summary: string;
  /** Returns the process exit code: 0 ok, 1 failure of the input, 2 bad arguments. */
  run(args: string[], io: CliIo): Promise<number>;
}

/** Thrown by argument parsing; main prints the message and the usage, and exits 2. */
export class UsageError extends Error {}
