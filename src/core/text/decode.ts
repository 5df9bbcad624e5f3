import { sniffFileKind, type FileKind } from './file-kind';
import { scanUtf8, utf16Position, windows1252Text, type BytePosition, type InvalidUtf8Reason } from './utf8-scan';

/**
 * The one place a file's bytes become text, for the app (in its import worker) and the CLI alike.
 * Strict: UTF-8 (with or without a BOM) and UTF-16 with a BOM are decoded; everything else is
 * refused with what is wrong and where, never patched with replacement characters. The one
 * exception is a file that is entirely Windows-1252 text and not UTF-8 at all: it is decoded
 * as Windows-1252 only once the user has confirmed it (`allowWindows1252`).
 */

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type { BytePosition, InvalidUtf8Reason } from './utf8-scan';
export type { FileKind } from './file-kind';

/** A line of a Windows-1252 reading, shown to the user before they confirm it. */
export interface PreviewLine {
  line: number;
  text: string;
}

export type DecodeProblem =
  | { code: 'empty' }
  /** A recognised non-text format, or 'binary' (a NUL byte at `offset`). */
  | { code: 'not-text'; kind: FileKind; offset: number | null }
  /** NUL bytes at every other position: UTF-16 written without its byte-order mark. */
  | { code: 'utf16-no-bom' }
  | { code: 'utf32' }
  /**
   * `mixed`: the file also holds well-formed UTF-8, so it is not in one other encoding either;
   * `shaped`: the bad sequence has the shape of UTF-8 (overlong, surrogate), a broken encoder's work.
   */
  | { code: 'invalid-utf8'; position: BytePosition; reason: InvalidUtf8Reason; bytes: number[]; mixed: boolean; shaped: boolean }
  | { code: 'invalid-utf16'; encoding: 'utf-16le' | 'utf-16be'; position: BytePosition; reason: 'lone-surrogate' | 'odd-length' }
  /** Not UTF-8, but every byte reads as Windows-1252 text: decodable once the user confirms. */
  | { code: 'windows-1252'; position: BytePosition; preview: PreviewLine[] };

export type DecodeResult = { ok: true; text: string; encoding: TextEncodingName; bom: boolean } | { ok: false; problem: DecodeProblem };

export interface DecodeOptions {
  /** The user confirmed that a file which is not UTF-8 is Windows-1252 (after seeing the preview, or with a flag). */
  allowWindows1252?: boolean;
  /** Called with the share of bytes decoded so far (0–1), between chunks. */
  onProgress?: (fraction: number) => void;
}

/** Bytes decoded per step: small enough for smooth progress, large enough to cost nothing extra. */
const CHUNK_BYTES = 8 * 1024 * 1024;
const PREVIEW_LINES = 5;
const PREVIEW_CHARS = 120;
const PREVIEW_BEFORE = 30;

export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): DecodeResult {
  if (bytes.length === 0) return fail({ code: 'empty' });
  if (startsWith(bytes, [0xff, 0xfe, 0, 0]) || startsWith(bytes, [0, 0, 0xfe, 0xff])) return fail({ code: 'utf32' });
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    if (bytes.length === 3) return fail({ code: 'empty' });
    return decodeUtf8(bytes, options, true);
  }
  if (startsWith(bytes, [0xff, 0xfe])) return decodeUtf16(bytes, 'utf-16le', options);
  if (startsWith(bytes, [0xfe, 0xff])) return decodeUtf16(bytes, 'utf-16be', options);

  const kind = sniffFileKind(bytes);
  if (kind) return fail({ code: 'not-text', kind, offset: null });
  const nul = bytes.indexOf(0);
  if (nul !== -1) return fail(looksLikeUtf16(bytes) ? { code: 'utf16-no-bom' } : { code: 'not-text', kind: 'binary', offset: nul });
  return decodeUtf8(bytes, options, false);
}

function decodeUtf8(bytes: Uint8Array, options: DecodeOptions, bom: boolean): DecodeResult {
  const text = tryDecode('utf-8', bytes, options.onProgress);
  if (text !== null) return { ok: true, text, encoding: 'utf-8', bom };

  const scan = scanUtf8(bytes);
  const invalid = scan.invalid!;
  const position = { offset: invalid.offset, line: invalid.line, column: invalid.column };
  const mixed = bom || scan.hasMultibyte;
  const as1252 = mixed || invalid.shaped ? null : windows1252Text(bytes);
  if (!as1252) return fail({ code: 'invalid-utf8', position, reason: invalid.reason, bytes: invalid.bytes, mixed, shaped: invalid.shaped });
  if (!options.allowWindows1252) {
    return fail({
      code: 'windows-1252',
      position: as1252.firstHigh ?? position,
      preview: previewLines(bytes, as1252.firstHigh ?? position),
    });
  }
  return { ok: true, text: decodeWindows1252(bytes, options.onProgress), encoding: 'windows-1252', bom: false };
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', options: DecodeOptions): DecodeResult {
  if (bytes.length === 2) return fail({ code: 'empty' });
  const text = tryDecode(encoding, bytes, options.onProgress);
  if (text !== null) return { ok: true, text, encoding, bom: true };
  return fail({ code: 'invalid-utf16', encoding, ...utf16Problem(bytes, encoding) });
}

/** The whole file through a strict native decoder, chunk by chunk; null when it is not valid in that encoding. */
function tryDecode(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array, onProgress?: (fraction: number) => void): string | null {
  const decoder = new TextDecoder(encoding, { fatal: true });
  const parts: string[] = [];
  try {
    for (let start = 0; start < bytes.length; start += CHUNK_BYTES) {
      const end = Math.min(bytes.length, start + CHUNK_BYTES);
      parts.push(decoder.decode(bytes.subarray(start, end), { stream: end < bytes.length }));
      onProgress?.(end / bytes.length);
    }
  } catch {
    return null;
  }
  return parts.join('');
}

/**
 * Windows-1252's 0x80–0x9F row (the five bytes it leaves undefined never get here). Written out
 * because Node's TextDecoder reads "windows-1252" as ISO-8859-1 and would turn “ ” € into controls.
 */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f, 0x90, 0x2018,
  0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

/** Every byte is one UTF-16 code unit; the units become a string through the native UTF-16 decoder. */
function decodeWindows1252(bytes: Uint8Array, onProgress?: (fraction: number) => void): string {
  const units = new TextDecoder('utf-16le');
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += CHUNK_BYTES) {
    const chunk = bytes.subarray(start, Math.min(bytes.length, start + CHUNK_BYTES));
    const out = new Uint16Array(chunk.length);
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i]!;
      out[i] = b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80]! : b;
    }
    parts.push(units.decode(out));
    onProgress?.((start + chunk.length) / bytes.length);
  }
  return parts.join('');
}

function utf16Problem(
  bytes: Uint8Array,
  encoding: 'utf-16le' | 'utf-16be',
): { position: BytePosition; reason: 'lone-surrogate' | 'odd-length' } {
  const count = Math.floor((bytes.length - 2) / 2);
  const unit = (i: number): number => {
    const a = bytes[2 + 2 * i]!;
    const b = bytes[3 + 2 * i]!;
    return encoding === 'utf-16le' ? a | (b << 8) : (a << 8) | b;
  };
  const at = (i: number) => ({ offset: 2 + 2 * i, ...utf16Position(unit, count, i) });
  for (let i = 0; i < count; i++) {
    const u = unit(i);
    if (u >= 0xd800 && u <= 0xdbff) {
      const next = i + 1 < count ? unit(i + 1) : -1;
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      return { position: at(i), reason: 'lone-surrogate' };
    }
    if (u >= 0xdc00 && u <= 0xdfff) return { position: at(i), reason: 'lone-surrogate' };
  }
  return { position: at(count), reason: 'odd-length' };
}

/** ASCII written as UTF-16 puts a zero in every other byte: at odd offsets (LE) or even ones (BE). */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const sample = Math.min(bytes.length, 4096) & ~1;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i++) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) evenZeros++;
      else oddZeros++;
    }
  }
  const half = sample / 2;
  return sample >= 16 && ((oddZeros > half * 0.4 && evenZeros < half * 0.05) || (evenZeros > half * 0.4 && oddZeros < half * 0.05));
}

/** The first lines with characters outside ASCII, read as Windows-1252: what the user checks before confirming. */
function previewLines(bytes: Uint8Array, from: BytePosition): PreviewLine[] {
  const lineStart = from.offset - (from.column - 1);
  const window = bytes.subarray(lineStart, Math.min(bytes.length, lineStart + 64 * 1024));
  const lines = decodeWindows1252(window).split('\n');
  const out: PreviewLine[] = [];
  for (let i = 0; i < lines.length && out.length < PREVIEW_LINES; i++) {
    const line = lines[i]!;
    const high = line.search(/[^\x00-\x7f]/);
    if (high === -1) continue;
    // Around the first accented character: a long line (a JSON record) shows the words that matter.
    const start = Math.max(0, high - PREVIEW_BEFORE);
    const end = Math.min(line.length, start + PREVIEW_CHARS);
    const text = `${start > 0 ? '…' : ''}${line.slice(start, end).trim()}${end < line.length ? '…' : ''}`;
    out.push({ line: from.line + i, text });
  }
  return out;
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);
}

function fail(problem: DecodeProblem): DecodeResult {
  return { ok: false, problem };
}
