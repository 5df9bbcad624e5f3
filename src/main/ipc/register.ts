import { IPC_CHANNELS } from '../../shared/bridge';
import { assertTrustedSender, type InvokeEventLike, type SenderPolicy } from './sender';
import { createHandlers, type HandlerDeps } from './handlers';

export interface IpcMainLike<E extends InvokeEventLike> {
  handle(channel: string, listener: (event: E, ...args: unknown[]) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

/**
 * Registers the bridge's channels; every call checks its sender before anything else and takes
 * exactly one argument. Returns a function that removes the handlers again.
 */
export function registerIpcHandlers<E extends InvokeEventLike, W>(
  ipcMain: IpcMainLike<E>,
  policy: SenderPolicy,
  deps: HandlerDeps<W>,
): () => void {
  const handlers = createHandlers(deps);
  const routes: Record<string, (arg: unknown) => Promise<unknown>> = {
    [IPC_CHANNELS.openFile]: handlers.openFile,
    [IPC_CHANNELS.saveFile]: handlers.saveFile,
    [IPC_CHANNELS.openExternal]: handlers.openExternal,
    [IPC_CHANNELS.openStageWindow]: handlers.openStageWindow,
    [IPC_CHANNELS.takeOpenedFile]: handlers.takeOpenedFile,
    [IPC_CHANNELS.setLanguage]: handlers.setLanguage,
    [IPC_CHANNELS.printPdf]: handlers.printPdf,
    [IPC_CHANNELS.backupLocation]: handlers.backupLocation,
    [IPC_CHANNELS.chooseBackupFolder]: handlers.chooseBackupFolder,
    [IPC_CHANNELS.resetBackupFolder]: handlers.resetBackupFolder,
    [IPC_CHANNELS.writeBackup]: handlers.writeBackup,
    [IPC_CHANNELS.listBackups]: handlers.listBackups,
    [IPC_CHANNELS.readBackup]: handlers.readBackup,
    [IPC_CHANNELS.readDatabaseMarker]: handlers.readDatabaseMarker,
    [IPC_CHANNELS.writeDatabaseMarker]: handlers.writeDatabaseMarker,
    [IPC_CHANNELS.quitBackupDone]: handlers.quitBackupDone,
    [IPC_CHANNELS.hostSync]: handlers.hostSync,
    [IPC_CHANNELS.stopHostingSync]: handlers.stopHostingSync,
    [IPC_CHANNELS.syncHostStatus]: handlers.syncHostStatus,
  };
  for (const [channel, handler] of Object.entries(routes)) {
    ipcMain.handle(channel, async (event, ...args) => {
      assertTrustedSender(event, policy);
      return handler(args[0]);
    });
  }
  return () => {
    for (const channel of Object.keys(routes)) ipcMain.removeHandler(channel);
  };
}
