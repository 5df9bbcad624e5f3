import type { Id, IsoInstant } from './types';

/** A random UUID v4 (Web Crypto, available in browsers, Electron and Node ≥ 19). */
export function newId(): Id {
  return globalThis.crypto.randomUUID();
}

export function toIso(ms: number): IsoInstant {
  return new Date(ms).toISOString();
}

/** Shapes 16 bytes as a version-4 UUID string, e.g. from a seeded generator for reproducible demos. */
export function uuidFromBytes(bytes: ArrayLike<number>): Id {
  const b = Array.from({ length: 16 }, (_, i) => bytes[i]! & 0xff);
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = b.map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
