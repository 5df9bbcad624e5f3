import type { Language } from '../model/types';
import { isDeviceCode, type DeviceKind } from './protocol';

/**
 * A venue device's link: `http://<address>:<port>/device.html?stage=<eventId>&code=<code>&lang=es`
 * (or `remote=`). The page it opens connects to `ws://<address>:<port>/sync/<kind>/<eventId>?code=<code>`.
 */
export interface DeviceTarget {
  kind: DeviceKind;
  eventId: string;
  code: string;
  language: Language;
}

const DEVICE_PAGE = 'device.html';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The link for a device, on the origin (`http://host:port`) the relay's listener answers at. */
export function deviceLink(origin: string, target: DeviceTarget): string {
  const url = new URL(`${origin}/${DEVICE_PAGE}`);
  url.searchParams.set(target.kind, target.eventId);
  url.searchParams.set('code', target.code);
  url.searchParams.set('lang', target.language);
  return url.href;
}

/** Reads the device page's query string; null when it is not a whole device link. */
export function parseDeviceQuery(search: string): DeviceTarget | null {
  const params = new URLSearchParams(search);
  const stage = params.get('stage');
  const remote = params.get('remote');
  if ((stage === null) === (remote === null)) return null;
  const kind: DeviceKind = stage !== null ? 'stage' : 'remote';
  const eventId = (stage ?? remote)!;
  const code = params.get('code');
  if (!UUID.test(eventId) || !isDeviceCode(code)) return null;
  return { kind, eventId, code, language: params.get('lang') === 'en' ? 'en' : 'es' };
}

/** The relay's address for a device page served at `origin` (http → ws). */
export function deviceSocketUrl(origin: string, target: Pick<DeviceTarget, 'kind' | 'eventId' | 'code'>): string {
  const ws = origin.replace(/^http/, 'ws');
  return `${ws}/sync/${target.kind}/${target.eventId}?code=${encodeURIComponent(target.code)}`;
}

/** The moderator's own channel on the relay (`serverUrl` is the sync entry's `ws://host:port/sync`). */
export function sourceSocketUrl(serverUrl: string, eventId: string, joinCode: string): string {
  return `${serverUrl.replace(/\/$/, '')}/venue/${eventId}?code=${encodeURIComponent(joinCode)}`;
}
