/**
 * Errors that cross the bridge. Electron keeps only an Error's message when a handler rejects
 * (and contextBridge does the same), so the machine-readable code travels inside the message
 * as a `[relator:<code>]` prefix that the renderer can read back with `bridgeErrorCode`.
 */

export type BridgeErrorCode =
  'invalid-argument' | 'forbidden-sender' | 'too-large' | 'not-found' | 'permission-denied' | 'no-space' | 'read-failed' | 'write-failed';

const PREFIX = /\[relator:([a-z-]+)\]/;

const KNOWN: ReadonlySet<string> = new Set<BridgeErrorCode>([
  'invalid-argument',
  'forbidden-sender',
  'too-large',
  'not-found',
  'permission-denied',
  'no-space',
  'read-failed',
  'write-failed',
]);

export class BridgeError extends Error {
  readonly code: BridgeErrorCode;

  constructor(code: BridgeErrorCode, detail: string, options?: { cause?: unknown }) {
    super(`[relator:${code}] ${detail}`, options);
    this.name = 'BridgeError';
    this.code = code;
  }
}

/** The code of an error thrown by the bridge, wherever it was rethrown; null for other errors. */
export function bridgeErrorCode(error: unknown): BridgeErrorCode | null {
  if (error instanceof BridgeError) return error.code;
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  const match = PREFIX.exec(message);
  const code = match?.[1];
  return code !== undefined && KNOWN.has(code) ? (code as BridgeErrorCode) : null;
}

/** The human part of a bridge error message, without Electron's wrapping or the code prefix. */
export function bridgeErrorDetail(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const match = PREFIX.exec(message);
  return match ? message.slice(match.index + match[0].length).trim() : message;
}
