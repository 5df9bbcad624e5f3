import type { RelatorBridge } from '../../shared/bridge';
import type { Platform } from './platform';

/** The desktop platform: every call goes through the preload bridge to the main process. */
export function createElectronPlatform(bridge: RelatorBridge): Platform {
  return {
    kind: 'electron',
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
    printPdf: (html) => bridge.printPdf({ html }),
    async openStageWindow({ eventId, title }) {
      // The main process builds the window's address itself; the renderer only names the event.
      await bridge.openStageWindow({ eventId, title });
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
  };
}
