import * as realFs from 'node:fs/promises';
import type { InvokeEventLike, SenderPolicy } from '../../../src/main/ipc/sender';
import type { DialogLike, HandlerDeps } from '../../../src/main/ipc/handlers';
import type { IpcMainLike } from '../../../src/main/ipc/register';
import type { FsOps } from '../../../src/main/fs/fs-ops';
import { createOpenedFiles, type OpenedFiles } from '../../../src/main/open-files';
import type { OpenStageWindowRequest } from '../../../src/shared/bridge';
import { createBackupService, type BackupService } from '../../../src/main/backup/service';
import { FakeClock, MemoryFs } from './memory-fs';
import type { SyncHosting } from '../../../src/main/sync/hosting';

const OUR_CONTENTS_ID = 7;
const APP_PAGE = 'app://relator/index.html';

type Listener = (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>;

/** Records handlers like ipcMain.handle and lets a test invoke them as a renderer would. */
export class FakeIpcMain implements IpcMainLike<InvokeEventLike> {
  readonly handlers = new Map<string, Listener>();

  handle(channel: string, listener: Listener): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, listener);
  }

  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }

  invoke(event: InvokeEventLike, channel: string, ...args: unknown[]): Promise<unknown> {
    const listener = this.handlers.get(channel);
    if (!listener) return Promise.reject(new Error(`No handler registered for '${channel}'`));
    // Arguments cross a process boundary in Electron: the handler gets a structured clone.
    return listener(event, ...args.map((arg) => structuredClone(arg)));
  }
}

export function ourEvent(url = APP_PAGE): InvokeEventLike {
  return { sender: { id: OUR_CONTENTS_ID }, senderFrame: { url, parent: null } };
}

export function foreignEvent(): InvokeEventLike {
  return { sender: { id: 99 }, senderFrame: { url: APP_PAGE, parent: null } };
}

export function iframeEvent(): InvokeEventLike {
  return { sender: { id: OUR_CONTENTS_ID }, senderFrame: { url: APP_PAGE, parent: {} } };
}

export const policy: SenderPolicy = {
  trustedWebContentsId: () => OUR_CONTENTS_ID,
  isAppUrl: (url) => url.startsWith('app://relator/'),
};

export interface DialogCall {
  kind: 'open' | 'save';
  options: Record<string, unknown>;
}

/** A dialog that answers with preset paths (undefined = the user cancels) and logs its calls. */
export class FakeDialog implements DialogLike<string> {
  readonly calls: DialogCall[] = [];
  openPath: string | undefined;
  savePath: string | undefined;

  async showOpenDialog(_window: string, options: Parameters<DialogLike<string>['showOpenDialog']>[1]) {
    this.calls.push({ kind: 'open', options });
    return this.openPath === undefined ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [this.openPath] };
  }

  async showSaveDialog(_window: string, options: Parameters<DialogLike<string>['showSaveDialog']>[1]) {
    this.calls.push({ kind: 'save', options });
    return this.savePath === undefined ? { canceled: true } : { canceled: false, filePath: this.savePath };
  }
}

export class FakeShell {
  readonly opened: string[] = [];
  async openExternal(url: string): Promise<void> {
    this.opened.push(url);
  }
}

export const nodeFs: FsOps = realFs;

/** Hosting that records what the handlers asked for and opens nothing (the real relay: tests/unit/relay). */
class FakeSyncHosting implements SyncHosting {
  readonly calls: Array<[string, unknown]> = [];
  private readonly rooms = new Set<string>();

  async host(request: { eventId: string; joinCode: string }) {
    this.calls.push(['host', request]);
    this.rooms.add(request.eventId);
    return {
      port: 41234,
      addresses: [],
      link: `http://127.0.0.1:41234/?join=${request.eventId}&code=${request.joinCode}`,
      localUrl: 'ws://127.0.0.1:41234/sync',
    };
  }

  async stop(eventId: string) {
    this.calls.push(['stop', eventId]);
    this.rooms.delete(eventId);
  }

  async status() {
    const rooms = [...this.rooms].sort();
    return { hosting: rooms.length > 0, port: rooms.length > 0 ? 41234 : null, rooms };
  }

  async close() {
    this.rooms.clear();
  }
}

export function handlerDeps(
  dialog: FakeDialog,
  shell: FakeShell,
  fs: FsOps = nodeFs,
  home = '/home/user/Documents',
  stagesOpened: OpenStageWindowRequest[] = [],
  openedFiles: OpenedFiles = createOpenedFiles(fs, () => undefined),
  menuLanguages: string[] = [],
  printed: string[] = [],
  backups: BackupService = memoryBackups().service,
  onQuitBackupDone: () => void = () => undefined,
  sync: SyncHosting = new FakeSyncHosting(),
): HandlerDeps<string> {
  return {
    sync,
    backups,
    quitBackupDone: onQuitBackupDone,
    dialog,
    shell,
    fs,
    window: () => 'main-window',
    defaultDirectory: () => home,
    openStageWindow: (request) => void stagesOpened.push(request),
    takeOpenedFile: () => openedFiles.takeNext(),
    setMenuLanguage: (language) => void menuLanguages.push(language),
    printPdf: async ({ html }) => {
      printed.push(html);
      return new TextEncoder().encode('%PDF-1.4 fake');
    },
  };
}

export const BACKUP_FOLDER = '/home/user/Documents/Relator/Copias de seguridad';
export const DATA_FOLDER = '/home/user/.config/Relator';

/** The backup service on an in-memory disk and a hand-moved clock (2 December 2026, 10:00 UTC). */
export function memoryBackups(start = Date.UTC(2026, 11, 2, 10, 0, 0)) {
  const fs = new MemoryFs();
  const clock = new FakeClock(start);
  const service = createBackupService({
    fs,
    now: clock.now,
    utcOffsetMinutes: () => 0,
    defaultFolder: BACKUP_FOLDER,
    dataFolder: DATA_FOLDER,
  });
  return { fs, clock, service };
}
