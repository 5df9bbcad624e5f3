import type {
  BackupEntry,
  DatabaseMarker,
  FileFilter,
  HostSyncRequest,
  HostSyncResult,
  StopHostingSyncRequest,
  SyncHostStatus,
  UiLanguage,
} from '../../shared/bridge';
import type { PdfPrinter } from '../../core/report/pdf-print';

export type { BackupEntry, DatabaseMarker, HostSyncRequest, HostSyncResult, SyncHostStatus } from '../../shared/bridge';

/** Where the automatic backups go, as the UI says it. */
export interface BackupPlace {
  /**
   * 'disk-folder': a folder on disk (the desktop app's, or one picked in the browser);
   * 'browser-storage': the browser's private storage for this site (no folder was picked, or the
   * browser cannot give one), which goes if the site's data is cleared.
   */
  kind: 'disk-folder' | 'browser-storage';
  /** The folder's full path (desktop) or name (a folder picked in the browser); null for the browser's storage. */
  path: string | null;
  /** The desktop default folder (Documents/Relator/Copias de seguridad). */
  isDefault: boolean;
  /** A folder picked in the browser whose permission must be given again (with a click) before it is used. */
  needsPermission: boolean;
  /** Whether another folder can be chosen here. */
  canChoose: boolean;
}

export interface BackupSnapshot {
  eventId: string;
  title: string;
  /** The `.relator.json` file, UTF-8 encoded. */
  data: Uint8Array;
}

/** The automatic backups' storage and the database marker kept outside the database. */
export interface BackupStorage {
  place(): Promise<BackupPlace>;
  /** Asks for a folder; null when the user cancels. */
  chooseFolder(title: string): Promise<BackupPlace | null>;
  /** Back to the default place. */
  resetFolder(): Promise<BackupPlace>;
  /** Asks again for the permission a picked folder lost (call it from a click). */
  allowFolder(): Promise<BackupPlace>;
  /** Writes a snapshot (never over a good one half-way) and rotates the folder. */
  write(snapshot: BackupSnapshot): Promise<BackupEntry>;
  /** Snapshots, newest first. */
  list(): Promise<BackupEntry[]>;
  read(name: string): Promise<Uint8Array>;
  readMarker(): Promise<DatabaseMarker | null>;
  writeMarker(marker: DatabaseMarker): Promise<void>;
  /** What to do before the app quits (desktop); the browser has no such moment. */
  onQuit(callback: () => Promise<void>): void;
}

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
  openStageWindow(request: { eventId: string; mesaId: string | null; url: string; title: string }): Promise<boolean>;
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
  readonly printPdf: PdfPrinter | null;
  readonly backups: BackupStorage;
  /**
   * Hosts live sync for an event (docs/sync.md): the relay runs in the desktop app's main process,
   * or in `npm start`'s server for the browser version, and listens on the LAN only while an event
   * is hosted. The join code is the caller's random secret. Refused (bridgeErrorCode 'not-found')
   * where nothing can host: a browser page served by another machine or by a plain web server.
   */
  hostSync(request: HostSyncRequest): Promise<HostSyncResult>;
  /** Stops hosting the event and closes its connections; with no event left, nothing listens on the LAN. */
  stopHostingSync(request: StopHostingSyncRequest): Promise<void>;
  syncHostStatus(): Promise<SyncHostStatus>;
}
