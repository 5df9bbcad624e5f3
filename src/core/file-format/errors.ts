/**
 * What can be wrong with an event file. Each problem has a machine `code`, the `path` of the
 * offending value in the file (e.g. `notes[3].text`, '' for the whole file) and the figures a
 * message needs; `describeFileError` turns it into a sentence in Spanish or English.
 */
export type FileErrorCode =
  | 'file-too-large'
  | 'file-empty'
  | 'not-text'
  | 'encoding-invalid-utf8'
  | 'encoding-invalid-utf16'
  | 'encoding-utf16-no-bom'
  | 'encoding-utf32'
  | 'encoding-windows-1252'
  | 'not-json'
  | 'json-invalid'
  | 'json-truncated'
  | 'not-an-object'
  | 'format-wrong'
  | 'version-newer'
  | 'version-older'
  | 'version-missing'
  | 'version-invalid'
  | 'forbidden-key'
  | 'missing-field'
  | 'unknown-field'
  | 'wrong-type'
  | 'too-long'
  | 'too-short'
  | 'too-many'
  | 'bad-format'
  | 'bad-value'
  | 'not-integer'
  | 'number-too-large'
  | 'out-of-range'
  | 'wrong-event'
  | 'duplicate-id'
  | 'dangling-reference'
  | 'duplicate-synthesis'
  | 'bad-image'
  | 'invalid-value'
  | 'more-errors';

export type FileWarningCode = 'time-zone-unknown' | 'question-order-repeated';

export type FileErrorParams = Record<string, string | number | boolean | null | readonly string[]>;

export interface FileError {
  code: FileErrorCode;
  /** Where in the file, `notes[3].text` style; '' for the file as a whole. */
  path: string;
  params: FileErrorParams;
}

/** Something odd that does not stop the file from being used. */
export interface FileWarning {
  code: FileWarningCode;
  path: string;
  params: FileErrorParams;
}

export function fileError(code: FileErrorCode, path: string, params: FileErrorParams = {}): FileError {
  return { code, path, params };
}

/** `['notes', 3, 'text']` → `notes[3].text`. */
export function formatPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else out += out === '' ? String(s) : `.${String(s)}`;
  }
  return out;
}

/** JSON type names as a user would say them: `null`, `array`, `object`, `string`… */
export function jsonTypeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
