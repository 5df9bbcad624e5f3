import { FILE_KIND_GROUP } from '../text/file-kind';
import { decodeBytes, type DecodeOptions, type DecodeProblem, type TextEncodingName } from '../text/decode';
import { fileError, type FileError } from './errors';

/** What the file was supposed to be: an event file, or a text such as a program. Hints differ. */
export type FileSubject = 'event' | 'text';

export type DecodedFile = { ok: true; text: string; encoding: TextEncodingName } | { ok: false; error: FileError; problem: DecodeProblem };

/** Decodes a file's bytes strictly (src/core/text/decode.ts), turning a refusal into a file error a user can read. */
export function decodeFile(bytes: Uint8Array, subject: FileSubject, options: DecodeOptions = {}): DecodedFile {
  const result = decodeBytes(bytes, options);
  if (result.ok) return { ok: true, text: result.text, encoding: result.encoding };
  return { ok: false, error: decodeProblemError(result.problem, subject), problem: result.problem };
}

const hex = (bytes: readonly number[]): string => bytes.map((b) => b.toString(16).toUpperCase().padStart(2, '0')).join(' ');

export function decodeProblemError(problem: DecodeProblem, subject: FileSubject): FileError {
  switch (problem.code) {
    case 'empty':
      return fileError('file-empty', '');
    case 'not-text':
      return fileError('not-text', '', {
        kind: problem.kind,
        group: FILE_KIND_GROUP.get(problem.kind) ?? 'other',
        subject,
        offset: problem.offset,
      });
    case 'utf16-no-bom':
      return fileError('encoding-utf16-no-bom', '');
    case 'utf32':
      return fileError('encoding-utf32', '');
    case 'invalid-utf8':
      return fileError('encoding-invalid-utf8', '', {
        ...problem.position,
        bytes: hex(problem.bytes),
        reason: problem.reason,
        mixed: problem.mixed,
        shaped: problem.shaped,
      });
    case 'invalid-utf16':
      return fileError('encoding-invalid-utf16', '', { ...problem.position, encoding: problem.encoding, reason: problem.reason });
    case 'windows-1252': {
      const first = problem.preview[0];
      return fileError('encoding-windows-1252', '', {
        ...problem.position,
        ...(first ? { sampleLine: first.line, sample: first.text } : {}),
      });
    }
  }
}
