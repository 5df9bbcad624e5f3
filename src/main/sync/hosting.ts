import type { HostSyncRequest, HostSyncResult, SyncHostStatus } from '../../shared/bridge';

/** Live-sync hosting as the IPC handlers see it (src/relay/sync-host.ts behind it). */
export interface SyncHosting {
  host(request: HostSyncRequest): Promise<HostSyncResult>;
  stop(eventId: string): Promise<void>;
  status(): Promise<SyncHostStatus>;
  /** Closes the listener and every connection (the app is quitting). */
  close(): Promise<void>;
}

interface LoadedHost {
  host(request: HostSyncRequest): Promise<HostSyncResult>;
  stop(eventId: string): Promise<void>;
  status(): SyncHostStatus;
  close(): Promise<void>;
}

const IDLE: SyncHostStatus = { hosting: false, port: null, rooms: [] };

/**
 * The relay (Yjs, ws) is loaded the first time the user turns hosting on: most sessions never
 * host, and the app's start-up should not pay for it.
 */
export function lazySyncHosting(load: () => Promise<LoadedHost>): SyncHosting {
  let loading: Promise<LoadedHost> | undefined;
  const loaded = (): Promise<LoadedHost> =>
    (loading ??= load().catch((error: unknown) => {
      // A failed load is tried again at the next request.
      loading = undefined;
      throw error;
    }));
  return {
    host: async (request) => (await loaded()).host(request),
    stop: async (eventId) => (loading ? (await loading).stop(eventId) : undefined),
    status: async () => (loading ? (await loading).status() : IDLE),
    close: async () => (loading ? (await loading).close() : undefined),
  };
}
