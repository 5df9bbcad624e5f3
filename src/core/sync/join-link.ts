import type { Id } from '../model/types';

/**
 * Join links and join codes. The link a person shares is `http://<address>:<port>/?join=<eventId>&code=<code>`;
 * the client turns it into the relay's WebSocket address `ws://<address>:<port>/sync` (the event id is the room).
 */

export interface JoinTarget {
  eventId: Id;
  code: string;
  /** `ws://host:port/sync`, what y-websocket's provider is given (it appends `/<eventId>?code=`). */
  serverUrl: string;
  /** The page that served the link, `http://host:port`. */
  origin: string;
}

/** Bytes of randomness in a join code: 128 bits, as the contract asks. */
export const JOIN_CODE_BYTES = 16;

/** A join code from random bytes (the caller draws them with crypto.getRandomValues): base64url, no padding. */
export function joinCodeFrom(bytes: Uint8Array): string {
  if (bytes.length < JOIN_CODE_BYTES) throw new Error(`A join code needs at least ${JOIN_CODE_BYTES} random bytes`);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

const CODE = /^[A-Za-z0-9_-]{16,128}$/;
const EVENT_ID = /^[A-Za-z0-9_-]{1,100}$/;

/** Reads a pasted join link; null when it is not one (the UI says so in the user's language). */
export function parseJoinLink(text: string): JoinTarget | null {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const eventId = url.searchParams.get('join') ?? '';
  const code = url.searchParams.get('code') ?? '';
  if (!EVENT_ID.test(eventId) || !CODE.test(code)) return null;
  const ws = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return { eventId, code, serverUrl: `${ws}//${url.host}/sync`, origin: url.origin };
}

/** The join link for an event hosted at `origin` (`http://host:port`). */
export function joinLink(origin: string, eventId: Id, code: string): string {
  return `${origin}/?join=${encodeURIComponent(eventId)}&code=${encodeURIComponent(code)}`;
}
