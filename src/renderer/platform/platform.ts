import type { FileFilter } from '../../shared/bridge';

/**
 * What the renderer needs from the machine it runs on. The desktop build goes through the
 * preload bridge (native dialogs, atomic writes); the web build uses file inputs and downloads.
 */
export interface Platform {
  readonly kind: 'electron' | 'web';
  /** Asks the user for a text file; null when they cancel. */
  pickTextFile(options: { title: string; filters: FileFilter[] }): Promise<{ name: string; text: string } | null>;
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
}
