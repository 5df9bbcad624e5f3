import type { BackupLocation, RelatorBridge } from '../../shared/bridge';
import type { BackupPlace, BackupStorage, Platform } from './platform';

function place(location: BackupLocation): BackupPlace {
  return { kind: 'disk-folder', path: location.path, isDefault: location.isDefault, needsPermission: false, canChoose: true };
}

/** Backups in a folder on disk, written by the main process (src/main/backup). */
function desktopBackups(bridge: RelatorBridge): BackupStorage {
  return {
    place: async () => place(await bridge.backupLocation()),
    chooseFolder: async (title) => {
      const chosen = await bridge.chooseBackupFolder({ title });
      return chosen && place(chosen);
    },
    resetFolder: async () => place(await bridge.resetBackupFolder()),
    allowFolder: async () => place(await bridge.backupLocation()),
    write: (snapshot) => bridge.writeBackup(snapshot),
    list: () => bridge.listBackups(),
    read: (name) => bridge.readBackup(name),
    readMarker: () => bridge.readDatabaseMarker(),
    writeMarker: (marker) => bridge.writeDatabaseMarker(marker),
    onQuit: (callback) => bridge.onQuitBackup(callback),
  };
}

/** The desktop platform: every call goes through the preload bridge to the main process. */
export function createElectronPlatform(bridge: RelatorBridge): Platform {
  return {
    kind: 'electron',
    backups: desktopBackups(bridge),
    async pickFile({ title, filters }) {
      const file = await bridge.openFile({ title, filters });
      return file && { name: file.name, size: file.bytes.byteLength, data: file.bytes };
    },
    async saveFile({ title, suggestedName, filters, data }) {
      // The mime type only matters for browser downloads; the file's extension says it here.
      const saved = await bridge.saveFile({ title, suggestedName, filters, data });
      return saved !== null;
    },
    openExternal(url) {
      bridge.openExternal(url).catch((error: unknown) => console.warn('Relator: link not opened', error));
    },
    printPdf: (job) => bridge.printPdf(job),
    async openStageWindow({ eventId, mesaId, title }) {
      // The main process builds the window's address itself; the renderer only names the event (and mesa).
      await bridge.openStageWindow(mesaId === null ? { eventId, title } : { eventId, mesaId, title });
      return true;
    },
    async takeOpenedFile() {
      const file = await bridge.takeOpenedFile();
      return file && { name: file.name, size: file.bytes.byteLength, data: file.bytes };
    },
    onFileOpened: (listener) => bridge.onFileOpened(listener),
    setLanguage(language) {
      bridge.setLanguage(language).catch((error: unknown) => console.warn('Relator: menu language not changed', error));
    },
    hostSync: (request) => bridge.hostSync(request),
    stopHostingSync: (request) => bridge.stopHostingSync(request),
    syncHostStatus: () => bridge.syncHostStatus(),
  };
}
