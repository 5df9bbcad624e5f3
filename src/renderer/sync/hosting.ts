import type { HostSyncRequest, HostSyncResult, StopHostingSyncRequest } from '../../shared/bridge';
import { getPlatform } from '../platform';

/** Hosting live sync, as the platform pair offers it (the desktop's main process, or `npm start`'s server). */
export interface SyncHosting {
  hostSync(request: HostSyncRequest): Promise<HostSyncResult>;
  stopHostingSync(request: StopHostingSyncRequest): Promise<void>;
}

export const platformHosting = (): SyncHosting => getPlatform();

/** Whether this copy can host: the desktop app, or the web app served by `npm start` (a plain static server cannot). */
export async function canHost(): Promise<boolean> {
  try {
    await getPlatform().syncHostStatus();
    return true;
  } catch {
    return false;
  }
}
