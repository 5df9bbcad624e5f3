import { basename, isAbsolute, resolve } from 'node:path';
import type { OpenedFile } from '../shared/bridge';
import type { FsOps } from './fs/fs-ops';
import { readUserFile } from './fs/read-file';

/** What the installers associate with Relator (electron-builder.yml, fileAssociations). */
const EVENT_FILE = /\.relator\.json$/i;

/**
 * The event files named on a command line: how the system hands over a double-clicked file on
 * Windows and Linux (and a second start passes its own command line to the first copy). Options,
 * Electron's own arguments and anything that is not a `.relator.json` are left alone; a relative
 * path is taken from the folder the command was started in.
 */
export function eventFilesInArgs(argv: readonly string[], workingDirectory: string): string[] {
  return argv
    .filter((arg) => !arg.startsWith('-') && EVENT_FILE.test(arg))
    .map((arg) => (isAbsolute(arg) ? arg : resolve(workingDirectory, arg)));
}

export interface OpenedFiles {
  /** Files the system asked the app to open; `notify` tells the window there is something to take. */
  add(paths: readonly string[]): void;
  /**
   * The next file, read (within the bridge's size limit) but not decoded: the renderer imports it
   * like a file picked in the library, through the validating import worker. Null when none waits.
   */
  takeNext(): Promise<OpenedFile | null>;
}

/**
 * The files waiting to be opened. They are kept until the window takes them, since a double-click
 * may start the app long before its page can import anything, and each is read only when taken.
 */
export function createOpenedFiles(fs: FsOps, notify: () => void): OpenedFiles {
  const waiting: string[] = [];
  return {
    add(paths) {
      const fresh = paths.filter((path) => !waiting.includes(path));
      if (fresh.length === 0) return;
      waiting.push(...fresh);
      notify();
    },
    async takeNext() {
      const path = waiting.shift();
      if (path === undefined) return null;
      return { name: basename(path), bytes: await readUserFile(fs, path) };
    },
  };
}
