/**
 * Byte-level checks behind the strict decoder: where a file stops being UTF-8 and why, whether it
 * holds any real UTF-8 at all, and whether it reads as Windows-1252 text. They run only when the
 * native decoder has already refused a file, to name the place for the user.
 */

export type InvalidUtf8Reason = 'unexpected-continuation' | 'invalid-byte' | 'truncated' | 'overlong' | 'surrogate' | 'out-of-range';

/** A place in a file: byte offset from 0, line and column from 1 (columns count characters). */
export interface BytePosition {
  offset: number;
  line: number;
  column: number;
}

export interface Utf8Scan {
  /** The first ill-formed sequence, null when the bytes are all UTF-8. */
  invalid: (BytePosition & { reason: InvalidUtf8Reason; bytes: number[]; shaped: boolean }) | null;
  /** Whether any well-formed multi-byte sequence (an accent, a «, an emoji) occurs. */
  hasMultibyte: boolean;
}

const isContinuation = (b: number | undefined): boolean => b !== undefined && (b & 0xc0) === 0x80;

/**
 * Length of the well-formed sequence at `i` (Unicode Table 3-7), or the reason it is not one:
 * overlong forms (C0, C1, E0 80–9F, F0 80–8F) and UTF-16 surrogates (ED A0–BF) are refused.
 */
function sequenceAt(bytes: Uint8Array, i: number): number | { reason: InvalidUtf8Reason; length: number } {
  const b = bytes[i]!;
  if (b < 0x80) return 1;
  if (b < 0xc0) return { reason: 'unexpected-continuation', length: 1 };
  if (b === 0xc0 || b === 0xc1)
    return isContinuation(bytes[i + 1]) ? { reason: 'overlong', length: 2 } : { reason: 'invalid-byte', length: 1 };
  if (b >= 0xf5) return { reason: b >= 0xf8 ? 'invalid-byte' : 'out-of-range', length: 1 };
  const length = b < 0xe0 ? 2 : b < 0xf0 ? 3 : 4;
  const second = bytes[i + 1];
  if (b === 0xe0 && second !== undefined && second < 0xa0 && isContinuation(second)) return { reason: 'overlong', length: 3 };
  if (b === 0xf0 && second !== undefined && second < 0x90 && isContinuation(second)) return { reason: 'overlong', length: 4 };
  if (b === 0xed && second !== undefined && second >= 0xa0 && isContinuation(second)) return { reason: 'surrogate', length: 3 };
  if (b === 0xf4 && second !== undefined && second >= 0x90 && isContinuation(second)) return { reason: 'out-of-range', length: 4 };
  for (let k = 1; k < length; k++) {
    if (!isContinuation(bytes[i + k])) return { reason: 'truncated', length: k };
  }
  return length;
}

/** Finds the first ill-formed UTF-8 sequence and whether the file also holds well-formed multi-byte ones. */
export function scanUtf8(bytes: Uint8Array): Utf8Scan {
  let invalid: Utf8Scan['invalid'] = null;
  let hasMultibyte = false;
  let line = 1;
  let lineStart = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      if (b === 0x0a && invalid === null) {
        line++;
        lineStart = i + 1;
      }
      i++;
      continue;
    }
    const step = sequenceAt(bytes, i);
    if (typeof step === 'number') {
      hasMultibyte = true;
      if (invalid !== null) break;
      i += step;
      continue;
    }
    if (invalid === null) {
      invalid = {
        offset: i,
        line,
        column: charactersBetween(bytes, lineStart, i) + 1,
        reason: step.reason,
        bytes: [...bytes.subarray(i, i + Math.max(step.length, 1))],
        // A lead byte with all its continuation bytes: a broken UTF-8 encoder, not another encoding.
        shaped: step.length >= 2 && (step.reason === 'overlong' || step.reason === 'surrogate' || step.reason === 'out-of-range'),
      };
      if (hasMultibyte) break;
    }
    i += Math.max(step.length, 1);
  }
  return { invalid, hasMultibyte };
}

function charactersBetween(bytes: Uint8Array, from: number, to: number): number {
  let count = 0;
  for (let k = from; k < to; k++) if (!isContinuation(bytes[k])) count++;
  return count;
}

/** Bytes Windows-1252 leaves undefined; a file holding one is not Windows-1252 text. */
const UNDEFINED_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/**
 * Whether every byte is a printable Windows-1252 character or ordinary white space (tab, line
 * feed, form feed, carriage return), and where the first byte above ASCII is: the line a preview
 * starts from. Null when the file is not Windows-1252 text.
 */
export function windows1252Text(bytes: Uint8Array): { firstHigh: BytePosition | null } | null {
  let firstHigh: BytePosition | null = null;
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x20) {
      if (b === 0x0a) {
        line++;
        lineStart = i + 1;
      } else if (b !== 0x09 && b !== 0x0c && b !== 0x0d) return null;
    } else if (b === 0x7f || UNDEFINED_1252.has(b)) return null;
    else if (b >= 0x80 && firstHigh === null) firstHigh = { offset: i, line, column: i - lineStart + 1 };
  }
  return { firstHigh };
}

/** Line and column (in UTF-16 code units, which is what a person counts here) of a code unit offset. */
export function utf16Position(units: (i: number) => number, count: number, unitIndex: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < unitIndex && i < count; i++) {
    if (units(i) === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: unitIndex - lineStart + 1 };
}
