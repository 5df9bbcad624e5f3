/**
 * What a file that is not text actually is, from its first bytes ("magic numbers"), so a refusal
 * can say "this is a PDF" instead of "this is not valid JSON". Only formats a user is likely to pick
 * by mistake are named; anything else binary is just "binary".
 */
export type FileKind =
  | 'png'
  | 'jpeg'
  | 'gif'
  | 'webp'
  | 'bmp'
  | 'tiff'
  | 'heic'
  | 'pdf'
  | 'docx'
  | 'xlsx'
  | 'pptx'
  | 'odt'
  | 'ods'
  | 'epub'
  | 'zip'
  | 'office-legacy'
  | 'rtf'
  | 'gzip'
  | '7z'
  | 'rar'
  | 'video'
  | 'binary';

/** Broad groups a message is written for. */
export type FileKindGroup = 'image' | 'pdf' | 'document' | 'archive' | 'other';

export const FILE_KIND_GROUP: ReadonlyMap<FileKind, FileKindGroup> = new Map<FileKind, FileKindGroup>([
  ['png', 'image'],
  ['jpeg', 'image'],
  ['gif', 'image'],
  ['webp', 'image'],
  ['bmp', 'image'],
  ['tiff', 'image'],
  ['heic', 'image'],
  ['pdf', 'pdf'],
  ['docx', 'document'],
  ['xlsx', 'document'],
  ['pptx', 'document'],
  ['odt', 'document'],
  ['ods', 'document'],
  ['epub', 'document'],
  ['office-legacy', 'document'],
  ['rtf', 'document'],
  ['zip', 'archive'],
  ['gzip', 'archive'],
  ['7z', 'archive'],
  ['rar', 'archive'],
  ['video', 'other'],
  ['binary', 'other'],
]);

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  if (bytes.length < at + signature.length) return false;
  for (let i = 0; i < signature.length; i++) if (bytes[at + i] !== signature[i]) return false;
  return true;
}

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b];
const GZIP = [0x1f, 0x8b];
const SEVEN_ZIP = [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c];
const IMAGE_BRANDS = new Set(['heic', 'heix', 'hevc', 'heif', 'mif1', 'msf1', 'avif']);

/** The kind of a file recognised by its signature; null for anything not recognised (text, usually). */
export function sniffFileKind(bytes: Uint8Array): FileKind | null {
  if (startsWith(bytes, PNG)) return 'png';
  if (startsWith(bytes, JPEG)) return 'jpeg';
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'gif';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'webp';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('AVI '), 8)) return 'video';
  if (startsWith(bytes, ascii('II*\0')) || startsWith(bytes, ascii('MM\0*'))) return 'tiff';
  // "BM" starts many words; a bitmap's header has four reserved zero bytes after its size.
  if (startsWith(bytes, ascii('BM')) && startsWith(bytes, [0, 0, 0, 0], 6)) return 'bmp';
  if (startsWith(bytes, ascii('ftyp'), 4)) {
    const brand = String.fromCharCode(...bytes.subarray(8, 12));
    return IMAGE_BRANDS.has(brand) ? 'heic' : 'video';
  }
  if (startsWith(bytes, ascii('%PDF-'))) return 'pdf';
  if (startsWith(bytes, ascii('{\\rtf'))) return 'rtf';
  if (startsWith(bytes, OLE)) return 'office-legacy';
  if (startsWith(bytes, ZIP) && (startsWith(bytes, [3, 4], 2) || startsWith(bytes, [5, 6], 2) || startsWith(bytes, [7, 8], 2))) {
    return zipKind(bytes);
  }
  if (startsWith(bytes, GZIP)) return 'gzip';
  if (startsWith(bytes, SEVEN_ZIP)) return '7z';
  if (startsWith(bytes, ascii('Rar!\x1a\x07'))) return 'rar';
  return null;
}

/**
 * Office and OpenDocument files are ZIP archives; the names of their parts (in the local headers
 * near the start and in the directory at the end) say which program made them.
 */
function zipKind(bytes: Uint8Array): FileKind {
  const window = 64 * 1024;
  const head = latin1(bytes.subarray(0, window));
  const tail = bytes.length > window ? latin1(bytes.subarray(bytes.length - window)) : '';
  const names = head + tail;
  if (names.includes('mimetypeapplication/vnd.oasis.opendocument.text')) return 'odt';
  if (names.includes('mimetypeapplication/vnd.oasis.opendocument.spreadsheet')) return 'ods';
  if (names.includes('mimetypeapplication/epub+zip')) return 'epub';
  if (names.includes('word/')) return 'docx';
  if (names.includes('xl/')) return 'xlsx';
  if (names.includes('ppt/')) return 'pptx';
  return 'zip';
}

function latin1(bytes: Uint8Array): string {
  let out = '';
  const step = 8192;
  for (let i = 0; i < bytes.length; i += step) out += String.fromCharCode(...bytes.subarray(i, i + step));
  return out;
}
