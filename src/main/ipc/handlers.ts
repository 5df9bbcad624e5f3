import { basename, dirname, extname, join } from 'node:path';
import type {
  PrintPdfRequest,
  BackupEntry,
  BackupLocation,
  DatabaseMarker,
  HostSyncResult,
  OpenedFile,
  OpenStageWindowRequest,
  SavedFile,
  SyncHostStatus,
  UiLanguage,
} from '../../shared/bridge';
import {
  validateBackupName,
  validateChooseFolderRequest,
  validateDatabaseMarker,
  validateWriteBackupRequest,
  validateExternalUrl,
  validateHostSyncRequest,
  validateOpenStageWindowRequest,
  validateOpenFileRequest,
  validatePrintPdfRequest,
  validateSaveFileRequest,
  validateStopHostingSyncRequest,
  validateUiLanguage,
} from '../../shared/bridge-validate';
import { BridgeError } from '../../shared/bridge-errors';
import type { FsOps } from '../fs/fs-ops';
import { writeFileAtomic } from '../fs/atomic-write';
import { readUserFile } from '../fs/read-file';
import type { BackupService } from '../backup/service';
import type { SyncHosting } from '../sync/hosting';

/** The dialog calls the handlers make, shaped like Electron's (a parent window may be null). */
export interface DialogLike<W> {
  showOpenDialog(
    window: W,
    options: {
      title: string;
      filters: { name: string; extensions: string[] }[];
      properties: Array<'openFile' | 'openDirectory' | 'createDirectory'>;
      defaultPath?: string;
    },
  ): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(
    window: W,
    options: {
      title: string;
      defaultPath: string;
      filters: { name: string; extensions: string[] }[];
      properties: Array<'createDirectory' | 'showOverwriteConfirmation'>;
    },
  ): Promise<{ canceled: boolean; filePath?: string }>;
}

export interface HandlerDeps<W> {
  dialog: DialogLike<W>;
  shell: { openExternal(url: string): Promise<void> };
  fs: FsOps;
  /** The window dialogs attach to. */
  window(): W;
  /** Folder the first save dialog starts in (e.g. the user's Documents). */
  defaultDirectory(): string;
  /** Opens or brings forward the stage display of an event; the request has been validated. */
  openStageWindow(request: OpenStageWindowRequest): void;
  /** The next file the system asked the app to open (src/main/open-files.ts). */
  takeOpenedFile(): Promise<OpenedFile | null>;
  /** Rebuilds the application menu in the UI's language (validated). */
  setMenuLanguage(language: UiLanguage): void;
  /** Prints the validated report HTML to PDF (pdf-printer.ts). */
  printPdf(request: PrintPdfRequest): Promise<Uint8Array>;
  /** The automatic backups (src/main/backup). */
  backups: BackupService;
  /** The renderer has written its last backups: the quit may go on. */
  quitBackupDone(): void;
  /** Live-sync hosting: the relay on the LAN (src/relay), open only while an event is hosted. */
  sync: SyncHosting;
}

/**
 * The bridge operations, after the sender has been accepted. Each one validates its
 * argument first; the folder last used is remembered so repeated exports land together.
 */
export function createHandlers<W>(deps: HandlerDeps<W>) {
  let lastDirectory: string | undefined;

  return {
    async openFile(raw: unknown): Promise<OpenedFile | null> {
      const request = validateOpenFileRequest(raw);
      const result = await deps.dialog.showOpenDialog(deps.window(), {
        title: request.title,
        filters: request.filters,
        properties: ['openFile'],
      });
      const path = result.filePaths[0];
      if (result.canceled || path === undefined) return null;
      const bytes = await readUserFile(deps.fs, path);
      lastDirectory = dirname(path);
      return { name: basename(path), bytes };
    },

    async saveFile(raw: unknown): Promise<SavedFile | null> {
      const request = validateSaveFileRequest(raw);
      const result = await deps.dialog.showSaveDialog(deps.window(), {
        title: request.title,
        defaultPath: join(lastDirectory ?? deps.defaultDirectory(), request.suggestedName),
        filters: request.filters,
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      if (result.canceled || !result.filePath) return null;
      const path = withExtension(result.filePath, request.suggestedName);
      await writeFileAtomic(deps.fs, path, request.data);
      lastDirectory = dirname(path);
      return { path };
    },

    async openExternal(raw: unknown): Promise<void> {
      await deps.shell.openExternal(validateExternalUrl(raw));
    },

    async openStageWindow(raw: unknown): Promise<void> {
      deps.openStageWindow(validateOpenStageWindowRequest(raw));
    },

    async takeOpenedFile(raw: unknown): Promise<OpenedFile | null> {
      // The renderer names nothing here: which file is the system's choice, made in the main process.
      if (raw !== undefined) throw new BridgeError('invalid-argument', 'takeOpenedFile takes no argument');
      return deps.takeOpenedFile();
    },

    async setLanguage(raw: unknown): Promise<void> {
      deps.setMenuLanguage(validateUiLanguage(raw));
    },

    async printPdf(raw: unknown): Promise<Uint8Array> {
      return deps.printPdf(validatePrintPdfRequest(raw));
    },

    backupLocation(): Promise<BackupLocation> {
      return deps.backups.location();
    },

    async chooseBackupFolder(raw: unknown): Promise<BackupLocation | null> {
      const request = validateChooseFolderRequest(raw);
      const current = await deps.backups.location();
      const result = await deps.dialog.showOpenDialog(deps.window(), {
        title: request.title,
        filters: [],
        properties: ['openDirectory', 'createDirectory'],
        defaultPath: current.path,
      });
      const path = result.filePaths[0];
      if (result.canceled || path === undefined) return null;
      return deps.backups.setFolder(path);
    },

    resetBackupFolder(): Promise<BackupLocation> {
      return deps.backups.setFolder(null);
    },

    writeBackup(raw: unknown): Promise<BackupEntry> {
      return deps.backups.write(validateWriteBackupRequest(raw));
    },

    listBackups(): Promise<BackupEntry[]> {
      return deps.backups.list();
    },

    readBackup(raw: unknown): Promise<Uint8Array> {
      return deps.backups.read(validateBackupName(raw));
    },

    readDatabaseMarker(): Promise<DatabaseMarker | null> {
      return deps.backups.readMarker();
    },

    writeDatabaseMarker(raw: unknown): Promise<void> {
      return deps.backups.writeMarker(validateDatabaseMarker(raw));
    },

    async quitBackupDone(): Promise<void> {
      deps.quitBackupDone();
    },

    hostSync(raw: unknown): Promise<HostSyncResult> {
      return deps.sync.host(validateHostSyncRequest(raw));
    },

    stopHostingSync(raw: unknown): Promise<void> {
      return deps.sync.stop(validateStopHostingSyncRequest(raw).eventId);
    },

    async syncHostStatus(raw: unknown): Promise<SyncHostStatus> {
      if (raw !== undefined) throw new BridgeError('invalid-argument', 'syncHostStatus takes no argument');
      return deps.sync.status();
    },
  };
}

/** Linux dialogs do not add the extension when the user types a bare name; keep the suggested one. */
function withExtension(path: string, suggestedName: string): string {
  const wanted = extname(suggestedName);
  return wanted !== '' && extname(path) === '' ? `${path}${wanted}` : path;
}
