import { MAX_FILE_BYTES, type FileFilter, type HostSyncResult, type SyncHostStatus } from '../../shared/bridge';
import { BridgeError } from '../../shared/bridge-errors';
import { utf8ByteLength, validateExternalUrl } from '../../shared/bridge-validate';
import { browserBackupHost, createWebBackups, type WebBackupHost } from './backups.web';
import type { Platform } from './platform';
import { callSyncApi } from './sync-api.web';

/** What the browser platform touches, so tests can hand in small fakes. */
export interface WebHost {
  document: Pick<Document, 'createElement' | 'body'>;
  createObjectURL(blob: Blob): string;
  revokeObjectURL(url: string): void;
  open(url: string, target: string, features: string): unknown;
  setTimeout(callback: () => void, ms: number): unknown;
  /** The page's fetch, for `npm start`'s live-sync hosting API (same origin). */
  fetch?(input: string, init?: RequestInit): Promise<Response>;
}

function browserHost(): WebHost {
  return {
    document,
    createObjectURL: (blob) => URL.createObjectURL(blob),
    revokeObjectURL: (url) => URL.revokeObjectURL(url),
    open: (url, target, features) => window.open(url, target, features),
    setTimeout: (callback, ms) => window.setTimeout(callback, ms),
    fetch: (input, init) => window.fetch(input, init),
  };
}

/** `accept` attribute for a file input: ".json,.txt"; a "*" filter means anything. */
export function acceptAttribute(filters: FileFilter[]): string {
  const extensions = filters.flatMap((filter) => filter.extensions);
  return extensions.includes('*') ? '' : [...new Set(extensions)].map((ext) => `.${ext}`).join(',');
}

// The download has started long before this; revoking frees the Blob's memory.
const REVOKE_AFTER_MS = 60_000;

/**
 * The browser platform: a hidden file input to open, a download link to save. The browser
 * decides where downloads go, so saving reports success once the download is handed over.
 */
export function createWebPlatform(host: WebHost = browserHost(), backupHost?: WebBackupHost): Platform {
  let backups: Platform['backups'] | undefined;
  const syncFetch = (input: string, init?: RequestInit): Promise<Response> => (host.fetch ?? globalThis.fetch)(input, init);
  return {
    kind: 'web',
    // A browser page cannot print to a file: the report screen opens a print view instead.
    printPdf: null,
    // Built on first use: tests of the other calls need no file system.
    get backups() {
      backups ??= createWebBackups(backupHost ?? browserBackupHost());
      return backups;
    },

    pickFile({ filters }) {
      const input = host.document.createElement('input');
      input.type = 'file';
      input.accept = acceptAttribute(filters);
      input.hidden = true;
      host.document.body.append(input);
      return new Promise((resolve, reject) => {
        const finish = (): void => input.remove();
        input.addEventListener('cancel', () => {
          finish();
          resolve(null);
        });
        input.addEventListener('change', () => {
          finish();
          const file = input.files?.[0];
          if (!file) return resolve(null);
          if (file.size > MAX_FILE_BYTES) {
            return reject(new BridgeError('too-large', `the file is larger than ${MAX_FILE_BYTES} bytes: ${file.name}`));
          }
          // Not read here: the import worker reads the File itself, so 200 MB never pass through this thread.
          resolve({ name: file.name, size: file.size, data: file });
        });
        input.click();
      });
    },

    async saveFile({ suggestedName, mime, data }) {
      const size = typeof data === 'string' ? utf8ByteLength(data) : data.byteLength;
      if (size > MAX_FILE_BYTES) throw new BridgeError('too-large', `data is larger than ${MAX_FILE_BYTES} bytes`);
      const part: BlobPart = typeof data === 'string' ? data : (data as Uint8Array<ArrayBuffer>);
      const url = host.createObjectURL(new Blob([part], { type: mime }));
      const link = host.document.createElement('a');
      link.href = url;
      link.download = suggestedName;
      link.rel = 'noopener';
      link.hidden = true;
      host.document.body.append(link);
      link.click();
      link.remove();
      host.setTimeout(() => host.revokeObjectURL(url), REVOKE_AFTER_MS);
      return true;
    },

    openExternal(url) {
      host.open(validateExternalUrl(url), '_blank', 'noopener,noreferrer');
    },
    async openStageWindow({ mesaId, url }) {
      // One named popup per stage: opening a mesa's stage must not take over the plenary's.
      const popup = host.open(url, mesaId === null ? 'relator-stage' : `relator-stage-${mesaId}`, 'popup') as { focus?: () => void } | null;
      popup?.focus?.();
      return popup !== null && popup !== undefined;
    },
    // The browser hands the page no files of its own accord; files are picked in the library.
    takeOpenedFile: async () => null,
    onFileOpened: () => () => undefined,
    // The browser's menus are its own.
    setLanguage: () => undefined,
    hostSync: (request) => callSyncApi<HostSyncResult>(syncFetch, 'POST', '/api/sync/host', request),
    stopHostingSync: (request) => callSyncApi<void>(syncFetch, 'POST', '/api/sync/stop', request),
    syncHostStatus: () => callSyncApi<SyncHostStatus>(syncFetch, 'GET', '/api/sync/status'),
  };
}
