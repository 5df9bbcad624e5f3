import { UUID_PATTERN } from '../core/model/ids';
import { BridgeError } from './bridge-errors';
import { parseBackupFileName } from '../core/backup/names';
import {
  JOIN_CODE_PATTERN,
  MAX_FILE_BYTES,
  type DatabaseMarker,
  type FileFilter,
  type HostSyncRequest,
  type StopHostingSyncRequest,
  type OpenStageWindowRequest,
  type OpenFileRequest,
  type PrintPdfRequest,
  type SaveFileRequest,
  type UiLanguage,
  type WriteBackupRequest,
} from './bridge';

/**
 * Checks every value that crosses the bridge. The main process must treat the renderer as
 * untrusted (it renders user text), so each request is rebuilt field by field from what was
 * checked: nothing unexpected is passed on to dialogs, the file system or the shell.
 */

export const LIMITS = {
  titleChars: 200,
  fileNameChars: 255,
  filters: 20,
  filterNameChars: 100,
  extensionsPerFilter: 20,
  urlChars: 2048,
} as const;

const EXTENSION = /^(?:\*|[A-Za-z0-9][A-Za-z0-9_-]{0,15})$/;
const EXTERNAL_SCHEMES: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:']);
// Control characters (C0, DEL, C1) never belong in a title or a file name.
const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f]/;

function invalid(detail: string): never {
  throw new BridgeError('invalid-argument', detail);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown, field: string, maxChars: number): string {
  if (typeof value !== 'string') invalid(`${field} must be a string`);
  if (value.length > maxChars) invalid(`${field} is longer than ${maxChars} characters`);
  if (CONTROL_CHARS.test(value)) invalid(`${field} contains control characters`);
  return value;
}

function validateFilters(value: unknown): FileFilter[] {
  if (!Array.isArray(value)) invalid('filters must be an array');
  if (value.length > LIMITS.filters) invalid(`at most ${LIMITS.filters} filters are allowed`);
  return value.map((filter: unknown, index) => {
    if (!isRecord(filter)) invalid(`filters[${index}] must be an object`);
    const name = text(filter.name, `filters[${index}].name`, LIMITS.filterNameChars);
    const extensions = filter.extensions;
    if (!Array.isArray(extensions) || extensions.length === 0) {
      invalid(`filters[${index}].extensions must be a non-empty array`);
    }
    if (extensions.length > LIMITS.extensionsPerFilter) {
      invalid(`filters[${index}] has more than ${LIMITS.extensionsPerFilter} extensions`);
    }
    for (const extension of extensions) {
      if (typeof extension !== 'string' || !EXTENSION.test(extension)) {
        invalid(`filters[${index}].extensions has an invalid entry (use "json", not ".json")`);
      }
    }
    return { name, extensions: [...(extensions as string[])] };
  });
}

export function validateOpenFileRequest(value: unknown): OpenFileRequest {
  if (!isRecord(value)) invalid('the open request must be an object');
  return {
    title: text(value.title, 'title', LIMITS.titleChars),
    filters: validateFilters(value.filters),
  };
}

/** A bare file name: the dialog decides the folder, the renderer never names a path. */
function validateSuggestedName(value: unknown): string {
  const name = text(value, 'suggestedName', LIMITS.fileNameChars).trim();
  if (name === '' || name === '.' || name === '..') invalid('suggestedName must name a file');
  if (/[\\/]/.test(name)) invalid('suggestedName must be a file name, not a path');
  return name;
}

/** UTF-8 size of a string without allocating the encoded copy (strings may be 100+ MB). */
export function utf8ByteLength(value: string): number {
  let bytes = 0;
  for (let i = 0; i < value.length; i += 1) {
    const code = value.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < value.length) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i += 1;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

export function validateFileData(value: unknown): string | Uint8Array {
  if (typeof value === 'string') {
    // A UTF-16 code unit never needs more than 3 UTF-8 bytes, so short strings skip the count.
    if (value.length * 3 > MAX_FILE_BYTES && utf8ByteLength(value) > MAX_FILE_BYTES) {
      throw new BridgeError('too-large', `data is larger than ${MAX_FILE_BYTES} bytes`);
    }
    return value;
  }
  if (value instanceof Uint8Array) {
    if (value.byteLength > MAX_FILE_BYTES) {
      throw new BridgeError('too-large', `data is larger than ${MAX_FILE_BYTES} bytes`);
    }
    return value;
  }
  return invalid('data must be a string or a Uint8Array');
}

export function validateSaveFileRequest(value: unknown): SaveFileRequest {
  if (!isRecord(value)) invalid('the save request must be an object');
  return {
    title: text(value.title, 'title', LIMITS.titleChars),
    suggestedName: validateSuggestedName(value.suggestedName),
    filters: validateFilters(value.filters),
    data: validateFileData(value.data),
  };
}

/** Only links a browser or mail client should open; returns the normalised URL. */
export function validateExternalUrl(value: unknown): string {
  if (typeof value !== 'string') invalid('url must be a string');
  if (value.length > LIMITS.urlChars) invalid(`url is longer than ${LIMITS.urlChars} characters`);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return invalid('url is not a valid absolute URL');
  }
  if (!EXTERNAL_SCHEMES.has(url.protocol)) {
    invalid(`only http, https and mailto links can be opened (got ${url.protocol})`);
  }
  if (url.protocol === 'mailto:') return plainMailto(url);
  if (url.hostname === '') invalid('url has no host');
  if (url.username !== '' || url.password !== '') invalid('url must not carry credentials');
  return url.href;
}

/** One address: local part, "@", domain; no spaces, lists, quotes or brackets. */
const PLAIN_ADDRESS = /^[^\s@,;:<>()[\]"\\/?#%]+@[^\s@,;:<>()[\]"\\/?#%]+$/;

/**
 * A mailto link may only name one address. Headers and parameters (`?attach=`, `?body=`, `cc`,
 * `bcc`…) would let text in an event file make the mail client attach a local file or write a
 * message on the user's behalf, so none is passed on.
 */
function plainMailto(url: URL): string {
  if (url.search !== '' || url.hash !== '' || url.href.includes('?') || url.href.includes('#')) {
    invalid('mailto links may only name an address, with no parameters');
  }
  let address: string;
  try {
    address = decodeURIComponent(url.pathname);
  } catch {
    return invalid('mailto links must name exactly one plain address');
  }
  // Judged decoded, so an encoded comma, line break or "?" counts as what it is.
  if (!PLAIN_ADDRESS.test(address) || CONTROL_CHARS.test(address)) invalid('mailto links must name exactly one plain address');
  return `mailto:${url.pathname}`;
}

export function isExternalUrl(value: unknown): boolean {
  try {
    validateExternalUrl(value);
    return true;
  } catch {
    return false;
  }
}

/** An event id as the app creates them (a UUID); it ends up in a window's URL, so nothing else passes. */
function validateEventId(value: unknown): string {
  if (typeof value !== 'string') invalid('eventId must be a string');
  if (!UUID_PATTERN.test(value)) invalid('eventId must be a UUID');
  return value;
}

export function validateOpenStageWindowRequest(value: unknown): OpenStageWindowRequest {
  if (!isRecord(value)) invalid('the stage window request must be an object');
  const request: OpenStageWindowRequest = { eventId: validateEventId(value.eventId), title: text(value.title, 'title', LIMITS.titleChars) };
  // A mesa id is a UUID like the event's: it ends up in the window's URL too.
  if (value.mesaId !== undefined && value.mesaId !== null) request.mesaId = validateEventId(value.mesaId);
  return request;
}

export function validateUiLanguage(value: unknown): UiLanguage {
  if (value !== 'es' && value !== 'en') invalid('language must be "es" or "en"');
  return value;
}

/** The report's HTML to print: a whole HTML document, no larger than a file the app would save. */
export function validatePrintPdfRequest(value: unknown): PrintPdfRequest {
  if (!isRecord(value)) invalid('the print request must be an object');
  const html = value.html;
  if (typeof html !== 'string') invalid('html must be a string');
  if (!/^<!doctype html>/i.test(html)) invalid('html must be a whole HTML document');
  if (html.length * 3 > MAX_FILE_BYTES && utf8ByteLength(html) > MAX_FILE_BYTES) {
    throw new BridgeError('too-large', `html is larger than ${MAX_FILE_BYTES} bytes`);
  }
  const measureOnly = value.measureOnly ?? false;
  if (typeof measureOnly !== 'boolean') invalid('measureOnly must be true or false');
  return { html, measureOnly };
}

export function validateChooseFolderRequest(value: unknown): { title: string } {
  if (!isRecord(value)) invalid('the folder request must be an object');
  return { title: text(value.title, 'title', LIMITS.titleChars) };
}

export function validateWriteBackupRequest(value: unknown): WriteBackupRequest {
  if (!isRecord(value)) invalid('the backup request must be an object');
  const data = validateFileData(value.data);
  if (typeof data === 'string') invalid('data must be the encoded file (a Uint8Array)');
  return {
    eventId: validateEventId(value.eventId),
    // Control characters are dropped from the file name anyway; an event title may hold a tab.
    title: typeof value.title === 'string' ? value.title.slice(0, LIMITS.titleChars) : invalid('title must be a string'),
    data,
  };
}

/** A snapshot's bare name, as listBackups gave it: never a path, never another kind of file. */
export function validateBackupName(value: unknown): string {
  const name = text(value, 'name', LIMITS.fileNameChars);
  if (/[\\/]/.test(name) || parseBackupFileName(name) === null) invalid('name must be the name of a backup');
  return name;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;

export function validateDatabaseMarker(value: unknown): DatabaseMarker {
  if (!isRecord(value)) invalid('the marker must be an object');
  if (typeof value.databaseId !== 'string' || !UUID_PATTERN.test(value.databaseId)) invalid('databaseId must be a UUID');
  if (typeof value.savedAt !== 'string' || !ISO_INSTANT.test(value.savedAt)) invalid('savedAt must be an ISO instant');
  return { databaseId: value.databaseId, savedAt: value.savedAt };
}

export function validateHostSyncRequest(value: unknown): HostSyncRequest {
  if (!isRecord(value)) invalid('the hosting request must be an object');
  const joinCode = value.joinCode;
  if (typeof joinCode !== 'string') invalid('joinCode must be a string');
  if (!JOIN_CODE_PATTERN.test(joinCode)) invalid('joinCode must be 22 to 128 URL-safe characters (at least 128 random bits)');
  return { eventId: validateEventId(value.eventId), joinCode };
}

export function validateStopHostingSyncRequest(value: unknown): StopHostingSyncRequest {
  if (!isRecord(value)) invalid('the request must be an object');
  return { eventId: validateEventId(value.eventId) };
}
