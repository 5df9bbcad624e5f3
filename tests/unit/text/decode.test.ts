import { describe, expect, it } from 'vitest';
import { decodeBytes, type DecodeProblem } from '../../../src/core/text/decode';
import { sniffFileKind } from '../../../src/core/text/file-kind';

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...parts: Array<string | number[]>) => Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...utf8(p)] : p)));

function problem(data: Uint8Array, allowWindows1252 = false): DecodeProblem {
  const result = decodeBytes(data, { allowWindows1252 });
  if (result.ok) throw new Error(`decoded as ${result.encoding}: ${result.text}`);
  return result.problem;
}

describe('strict decoding', () => {
  it('reads UTF-8 with and without a BOM, dropping the BOM', () => {
    expect(decodeBytes(utf8('¿Cómo? 😀'))).toEqual({ ok: true, text: '¿Cómo? 😀', encoding: 'utf-8', bom: false });
    expect(decodeBytes(bytes([0xef, 0xbb, 0xbf], 'ñandú'))).toEqual({ ok: true, text: 'ñandú', encoding: 'utf-8', bom: true });
  });

  it('reads UTF-16 with a BOM in either byte order, surrogate pairs included', () => {
    const le = Uint8Array.from([0xff, 0xfe, 0xbf, 0x00, 0x43, 0x00, 0x3d, 0xd8, 0x00, 0xde]);
    const be = Uint8Array.from([0xfe, 0xff, 0x00, 0xbf, 0x00, 0x43, 0xd8, 0x3d, 0xde, 0x00]);
    expect(decodeBytes(le)).toEqual({ ok: true, text: '¿C😀', encoding: 'utf-16le', bom: true });
    expect(decodeBytes(be)).toEqual({ ok: true, text: '¿C😀', encoding: 'utf-16be', bom: true });
  });

  it('refuses every ill-formed UTF-8 sequence, naming the bytes, the byte offset, line and column', () => {
    const cases: Array<[number[], string]> = [
      [[0xc0, 0xaf], 'overlong'],
      [[0xe0, 0x80, 0xaf], 'overlong'],
      [[0xf0, 0x80, 0x80, 0xaf], 'overlong'],
      [[0xed, 0xa0, 0x80], 'surrogate'],
      [[0xed, 0xbf, 0xbf], 'surrogate'],
      [[0xf4, 0x90, 0x80, 0x80], 'out-of-range'],
    ];
    for (const [bad, reason] of cases) {
      const p = problem(bytes('ab\ncd', bad, 'ef'));
      expect(p, bad.join(' ')).toMatchObject({ code: 'invalid-utf8', reason, bytes: bad, position: { offset: 5, line: 2, column: 3 } });
    }
  });

  it('counts columns in characters, not bytes, and sees the mixture of UTF-8 and another encoding', () => {
    const p = problem(bytes('{"a":\n"¿Cómo ', [0xe9], '"}'));
    expect(p).toMatchObject({ code: 'invalid-utf8', mixed: true, bytes: [0xe9], position: { line: 2, column: 8 } });
  });

  it('reports a sequence cut off at the end of the file', () => {
    expect(problem(bytes('ñabc', [0xe2, 0x82]))).toMatchObject({ code: 'invalid-utf8', reason: 'truncated', position: { offset: 5 } });
  });

  it('offers Windows-1252 for a file that is entirely that, with a preview of its accented lines, and reads it once allowed', () => {
    const data = bytes('{"title":\n"', [0xbf, 0x43, 0xf3, 0x6d, 0x6f, 0x3f, 0x20, 0x93, 0x41, 0x94], '"}');
    const p = problem(data);
    expect(p).toEqual({
      code: 'windows-1252',
      position: { offset: 11, line: 2, column: 2 },
      preview: [{ line: 2, text: '"¿Cómo? “A”"}' }],
    });
    expect(decodeBytes(data, { allowWindows1252: true })).toEqual({
      ok: true,
      text: '{"title":\n"¿Cómo? “A”"}',
      encoding: 'windows-1252',
      bom: false,
    });
  });

  it('never reads a mixed file, a UTF-8-shaped mistake or a file with undefined bytes as Windows-1252, even when allowed', () => {
    expect(problem(bytes('ñ', [0xe9]), true).code).toBe('invalid-utf8');
    expect(problem(bytes('abc', [0xc0, 0xaf]), true).code).toBe('invalid-utf8');
    expect(problem(bytes('ab', [0xe9, 0x81]), true).code).toBe('invalid-utf8');
    expect(problem(bytes('ab', [0xe9, 0x1b]), true).code).toBe('invalid-utf8');
  });

  it('refuses empty files, a lone BOM, UTF-32, UTF-16 without a BOM, broken UTF-16 and binary data', () => {
    expect(problem(new Uint8Array())).toEqual({ code: 'empty' });
    expect(problem(Uint8Array.from([0xef, 0xbb, 0xbf]))).toEqual({ code: 'empty' });
    expect(problem(Uint8Array.from([0xff, 0xfe]))).toEqual({ code: 'empty' });
    expect(problem(Uint8Array.from([0xff, 0xfe, 0, 0, 0x7b, 0, 0, 0]))).toEqual({ code: 'utf32' });
    expect(problem(Uint8Array.from([0, 0, 0xfe, 0xff, 0, 0, 0, 0x7b]))).toEqual({ code: 'utf32' });
    const noBom = Uint8Array.from([...'{"format": "relator-event"}'].flatMap((c) => [c.charCodeAt(0), 0]));
    expect(problem(noBom)).toEqual({ code: 'utf16-no-bom' });
    expect(problem(Uint8Array.from([0xff, 0xfe, 0x41, 0, 0x0a, 0, 0x42, 0, 0x00, 0xdc]))).toMatchObject({
      code: 'invalid-utf16',
      reason: 'lone-surrogate',
      position: { offset: 8, line: 2, column: 2 },
    });
    expect(problem(Uint8Array.from([0xfe, 0xff, 0, 0x41, 0]))).toMatchObject({ code: 'invalid-utf16', reason: 'odd-length' });
    expect(problem(Uint8Array.from([0x41, 0x42, 0x43, 0, 7, 8, 9, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]))).toEqual({
      code: 'not-text',
      kind: 'binary',
      offset: 3,
    });
  });

  it('reports progress over large files, ending at 1', () => {
    const seen: number[] = [];
    const big = new Uint8Array(20 * 1024 * 1024).fill(0x61);
    const result = decodeBytes(big, { onProgress: (f) => seen.push(f) });
    expect(result.ok && result.text.length).toBe(big.length);
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.at(-1)).toBe(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });
});

describe('what a file is, by its first bytes', () => {
  const zip = (name: string) => bytes([0x50, 0x4b, 0x03, 0x04], new Array(22).fill(0), [name.length, 0, 0, 0], name);
  it.each([
    ['png', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])],
    ['jpeg', bytes([0xff, 0xd8, 0xff, 0xe0])],
    ['gif', bytes('GIF89a')],
    ['webp', bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 ')],
    ['heic', bytes([0, 0, 0, 0x18], 'ftypheic')],
    ['pdf', bytes('%PDF-1.7')],
    ['rtf', bytes('{\\rtf1\\ansi')],
    ['office-legacy', bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])],
    ['docx', zip('word/document.xml')],
    ['xlsx', zip('xl/workbook.xml')],
    ['odt', zip('mimetypeapplication/vnd.oasis.opendocument.text')],
    ['zip', zip('notas.txt')],
    ['gzip', bytes([0x1f, 0x8b, 8])],
  ] as const)('%s', (kind, data) => {
    expect(sniffFileKind(data)).toBe(kind);
    expect(problem(data)).toEqual({ code: 'not-text', kind, offset: null });
  });

  it('does not mistake text for a format', () => {
    for (const text of ['BMW y movilidad', '{"format":"relator-event"}', 'PK de la mesa 2', 'GIF animado']) {
      expect(sniffFileKind(utf8(text)), text).toBeNull();
    }
  });
});
