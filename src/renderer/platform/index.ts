import type { RelatorBridge } from '../../shared/bridge';
import type { Platform } from './platform';
import { createElectronPlatform } from './platform.electron';
import { createWebPlatform, type WebHost } from './platform.web';

export type { BackupEntry, BackupPlace, BackupStorage, DatabaseMarker, Platform, PickedFile } from './platform';
export { bridgeErrorCode, bridgeErrorDetail } from '../../shared/bridge-errors';

/** Desktop when the preload bridge is present, browser otherwise. */
export function choosePlatform(bridge: RelatorBridge | undefined, host?: WebHost): Platform {
  return bridge ? createElectronPlatform(bridge) : createWebPlatform(host);
}

let current: Platform | undefined;

/** The platform of this page; decided once, on first use. */
export function getPlatform(): Platform {
  current ??= choosePlatform(typeof window === 'undefined' ? undefined : window.relator);
  return current;
}
