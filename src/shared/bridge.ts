/**
 * The contract between the renderer and the Electron main process: what the preload script
 * exposes as `window.relator`. Types and channel names only, so main, preload and renderer
 * agree without importing each other.
 */

export interface FileFilter {
  /** Shown in the dialog, e.g. "Relator event". */
  name: string;
  /** Extensions without the dot, e.g. ["json"]. */
  extensions: string[];
}

export interface OpenFileRequest {
  title: string;
  filters: FileFilter[];
}

export interface OpenedFile {
  name: string;
  /** The file's bytes as they are on disk: the renderer's import worker decodes them (strictly). */
  bytes: Uint8Array;
}

export interface SaveFileRequest {
  title: string;
  suggestedName: string;
  filters: FileFilter[];
  /** Text is written as UTF-8; bytes as they are. */
  data: string | Uint8Array;
}

export interface SavedFile {
  path: string;
}

export interface OpenStageWindowRequest {
  eventId: string;
  /** The mesa whose stage display this is; absent or null: the plenary's. Each has its own window. */
  mesaId?: string | null;
  /** The window's title in the UI language ("Escenario — Relator"), shown until the page sets its own. */
  title: string;
}

export interface PrintPdfRequest {
  /** The report as one HTML document (core/report/html-writer.ts); its print stylesheet lays out the pages. */
  html: string;
  /** A printing only measured for page numbers (core/report/pdf-print.ts): no tags, no outline. */
  measureOnly: boolean;
}

/** Where the desktop app writes its automatic backups. */
export interface BackupLocation {
  /** The folder's full path, as the user's file manager shows it. */
  path: string;
  /** True while the user has not chosen another folder (Documents/Relator/Copias de seguridad). */
  isDefault: boolean;
}

/** One snapshot in the backups folder, as its name describes it (src/core/backup/names.ts). */
export interface BackupEntry {
  name: string;
  eventId: string;
  /** The event's title as the file name holds it. */
  label: string;
  /** When it was taken (ISO 8601, UTC). */
  takenAt: string;
  size: number;
}

export interface WriteBackupRequest {
  eventId: string;
  /** The event's title, for the file name. */
  title: string;
  /** The `.relator.json` file, already serialised (off the renderer's main thread) and UTF-8 encoded. */
  data: Uint8Array;
}

/**
 * Kept outside the database (a file in the app's data folder): which database this machine last
 * saw. A database without this id, or with another one, was wiped or replaced.
 */
export interface DatabaseMarker {
  databaseId: string;
  savedAt: string;
}

/** Start hosting live sync for an event (docs/sync.md). */
export interface HostSyncRequest {
  /** The event's id: the relay's room name. */
  eventId: string;
  /** The secret a joining copy must present: at least 128 random bits, URL-safe, made by the host's renderer. */
  joinCode: string;
}

export interface HostSyncResult {
  /** The port the relay listens on, on every interface. */
  port: number;
  /** This machine's IPv4 addresses on the venue network (none when it has no network: then the link says 127.0.0.1). */
  addresses: string[];
  /** What to share (and put in the QR code): `http://<first address>:<port>/?join=<eventId>&code=<joinCode>`. */
  link: string;
  /** Where the host's own copy connects: `ws://127.0.0.1:<port>/sync` (the room is the event id). */
  localUrl: string;
}

export interface StopHostingSyncRequest {
  eventId: string;
}

export interface SyncHostStatus {
  /** Whether the relay's listener is open (it is only while at least one event is hosted). */
  hosting: boolean;
  port: number | null;
  /** The hosted events' ids. */
  rooms: string[];
}

export interface RelatorBridge {
  /** Native open dialog, then reads the chosen file's bytes (up to MAX_FILE_BYTES); null when the user cancels. */
  openFile(request: OpenFileRequest): Promise<OpenedFile | null>;
  /** Native save dialog, then writes atomically (temp file + rename); null when the user cancels. */
  saveFile(request: SaveFileRequest): Promise<SavedFile | null>;
  /** Opens an http(s) or mailto link in the user's browser, never inside the app. */
  openExternal(url: string): Promise<void>;
  /**
   * Opens the event's stage display (speaker and countdown for the room) in its own window, on
   * a second display when there is one; a second call brings the open one forward.
   */
  openStageWindow(request: OpenStageWindowRequest): Promise<void>;
  /**
   * The next event file the system asked the app to open (a double-clicked `.relator.json`),
   * read but not decoded, or null when none waits. The renderer imports it like a picked file.
   */
  takeOpenedFile(): Promise<OpenedFile | null>;
  /** Calls `listener` (with no arguments) when a file waits to be taken; returns the function that stops it. */
  onFileOpened(listener: () => void): () => void;
  /** The UI's language, so the application menu speaks it too. */
  setLanguage(language: UiLanguage): Promise<void>;
  /** Prints the report's HTML to PDF in a hidden, script-less window (Chromium's printToPDF); the PDF's bytes. */
  printPdf(request: PrintPdfRequest): Promise<Uint8Array>;
  /** The automatic backups' folder. */
  backupLocation(): Promise<BackupLocation>;
  /** Native folder dialog; the chosen folder receives the backups from now on. Null when the user cancels. */
  chooseBackupFolder(request: { title: string }): Promise<BackupLocation | null>;
  /** Back to the default folder. */
  resetBackupFolder(): Promise<BackupLocation>;
  /** Writes a snapshot atomically into the backups folder (named by the main process's clock), then rotates. */
  writeBackup(request: WriteBackupRequest): Promise<BackupEntry>;
  /** The snapshots in the backups folder, newest first. */
  listBackups(): Promise<BackupEntry[]>;
  /** One snapshot's bytes, by the name `listBackups` gave; any other name is refused. */
  readBackup(name: string): Promise<Uint8Array>;
  readDatabaseMarker(): Promise<DatabaseMarker | null>;
  writeDatabaseMarker(marker: DatabaseMarker): Promise<void>;
  /**
   * Registers what to do when the app is quitting: the main process waits (a while, not forever)
   * for `callback` to settle before it quits, so the last changes reach the backups folder.
   */
  onQuitBackup(callback: () => Promise<void>): void;
  /** Starts hosting live sync for the event on the LAN (or adds it to the running relay). */
  hostSync(request: HostSyncRequest): Promise<HostSyncResult>;
  /** Stops hosting the event and closes its connections; with no event left, nothing listens on the LAN. */
  stopHostingSync(request: StopHostingSyncRequest): Promise<void>;
  syncHostStatus(): Promise<SyncHostStatus>;
}

/** The languages of the interface (and of the desktop app's menu). */
export type UiLanguage = 'es' | 'en';

/** Channels the renderer invokes; the main process handles each one. */
export const IPC_CHANNELS = {
  openFile: 'relator:open-file',
  saveFile: 'relator:save-file',
  openExternal: 'relator:open-external',
  openStageWindow: 'relator:open-stage-window',
  takeOpenedFile: 'relator:take-opened-file',
  setLanguage: 'relator:set-language',
  printPdf: 'relator:print-pdf',
  backupLocation: 'relator:backup-location',
  chooseBackupFolder: 'relator:choose-backup-folder',
  resetBackupFolder: 'relator:reset-backup-folder',
  writeBackup: 'relator:write-backup',
  listBackups: 'relator:list-backups',
  readBackup: 'relator:read-backup',
  readDatabaseMarker: 'relator:read-database-marker',
  writeDatabaseMarker: 'relator:write-database-marker',
  hostSync: 'relator:host-sync',
  stopHostingSync: 'relator:stop-hosting-sync',
  syncHostStatus: 'relator:sync-host-status',
  /** The renderer's answer to QUIT_BACKUP_CHANNEL: its last backups are written (or gave up). */
  quitBackupDone: 'relator:quit-backup-done',
} as const;

/** Messages the main process sends to the window; they carry no data (the renderer asks for it). */
export const IPC_EVENTS = {
  fileOpened: 'relator:file-opened',
} as const;

/** Main → renderer: the app is quitting, write the last backups now. */
export const QUIT_BACKUP_CHANNEL = 'relator:quit-backup';

/**
 * A join code's shape: at least 128 random bits written URL-safe (base64url or hex), so it travels
 * in a link and a query string as it is. The host's renderer makes it (crypto.getRandomValues).
 */
export const JOIN_CODE_PATTERN = /^[A-Za-z0-9_-]{22,128}$/;

/** Largest file the app will read or write through the bridge (bytes). */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

declare global {
  interface Window {
    relator?: RelatorBridge;
  }
}
