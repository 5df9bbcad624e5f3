import type { FileFilter, UiLanguage } from '../../shared/bridge';

/**
 * What the renderer needs from the machine it runs on. The desktop build goes through the
 * preload bridge (native dialogs, atomic writes); the web build uses file inputs and downloads.
 */
/** A file the user picked, not yet decoded: the import worker reads and decodes it off the main thread. */
export interface PickedFile {
  name: string;
  size: number;
  /** A Blob (the browser's File: read by the worker itself) or the bytes the desktop bridge already read. */
  data: Blob | Uint8Array;
}

export interface Platform {
  readonly kind: 'electron' | 'web';
  /** Asks the user for a file (at most MAX_FILE_BYTES); null when they cancel. */
  pickFile(options: { title: string; filters: FileFilter[] }): Promise<PickedFile | null>;
  /** Saves data under a name the user may change; false when they cancel. */
  saveFile(options: {
    title: string;
    suggestedName: string;
    filters: FileFilter[];
    mime: string;
    data: string | Uint8Array;
  }): Promise<boolean>;
  /** Opens a link outside the app. */
  openExternal(url: string): void;
  /**
   * Opens (or brings forward) the stage display at `url`: its own window on the desktop, titled
   * `title` until the page sets its own, a named popup in the browser (a second call reuses it).
   * False when the browser blocked the popup.
   */
  openStageWindow(request: { eventId: string; url: string; title: string }): Promise<boolean>;
  /**
   * The next event file the system asked Relator to open (a double-clicked `.relator.json` on the
   * desktop), to be imported like a picked one; null when none waits, and always in the browser.
   */
  takeOpenedFile(): Promise<PickedFile | null>;
  /** Calls `listener` when such a file waits; returns the function that stops listening. */
  onFileOpened(listener: () => void): () => void;
  /** Tells the desktop app the UI's language, so its menu speaks it; nothing to do in the browser. */
  setLanguage(language: UiLanguage): void;
  /**
   * Prints a report's HTML (core/report/html-writer.ts) to PDF bytes: the desktop app's main process
   * does it with Chromium's printToPDF. Null in the browser, which offers a print view instead.
   */
  readonly printPdf: ((html: string) => Promise<Uint8Array>) | null;
}
