import { Zip, ZipDeflate, ZipPassThrough, strFromU8, strToU8, unzipSync, type ZipInputFile } from 'fflate';
import { applyTemplate } from './docx-template';

/**
 * The seam between docx's public `Packer` and the report's bulk WordprocessingML (docx-xml.ts).
 * docx packs a small document in which each chunk of bulk content is an empty paragraph styled
 * `RelatorChunk<i>`; this module unzips that package with fflate (the zip library docx itself is
 * built on), puts each chunk in place of its marker paragraph, and zips the package again, all
 * through fflate's public API. Building 20,000 paragraphs as docx objects would cost several
 * objects per run. The price of staying on public API is Packer compressing the small package in
 * JavaScript and this module inflating it again: a fresh CLI process exporting the 10,000-note demo
 * went from 519 to 591 ms (median of 7 interleaved runs, against docx's private compiler).
 *
 * The host may lend its native compressor through fflate's documented `ZipInputFile` seam. On the
 * 10,000-note demo (document.xml 7.8 MB), measured on the 2-core development machine under load:
 * zlib.deflateRawSync 50–170 ms against fflate's deflateSync 460 ms; zlib.crc32 1–5 ms against
 * fflate's CRC-32 30 ms warm, 130 ms in a fresh process such as the CLI's. fflate stays the
 * fallback where the host has neither.
 */
export type DeflateRaw = (data: Uint8Array) => Uint8Array | Promise<Uint8Array>;
export type Crc32 = (data: Uint8Array) => number;

export interface CompressionOptions {
  /** The host's raw DEFLATE (Node's `zlib.deflateRawSync`, the browser's `CompressionStream('deflate-raw')`). */
  deflateRaw?: DeflateRaw;
  /** The host's CRC-32 (Node's `zlib.crc32`); without it, fflate computes it. */
  crc32?: Crc32;
}

/** The style id of chunk `i`'s marker paragraph. User text is escaped XML, so it can never write a style id. */
export function chunkStyleId(i: number): string {
  return `RelatorChunk${i}`;
}

/** A marker paragraph as docx writes `new Paragraph({ style })`; if a docx release changes that, export fails loudly. */
const MARKER = /<w:p><w:pPr><w:pStyle w:val="RelatorChunk(\d+)"\/><\/w:pPr><\/w:p>/;

/** Entries carry 1980-01-01 00:00 (DOS time's first day) rather than the time of export, which the package's metadata holds. */
const ENTRY_TIME = new Date(1980, 0, 1);

/** Below this size an entry is not worth a call to the host's compressor. */
const SMALL = 64;

/** docx's package with every marker paragraph in word/document.xml replaced by its chunk of XML. */
export async function spliceDocx(
  packed: Uint8Array,
  chunks: readonly string[],
  options: CompressionOptions = {},
  /** External links the chunks name by relationship id (docx-xml.ts `DocxLinks`). */
  links: readonly { id: string; target: string }[] = [],
  /** An organisation's .docx whose styles, theme, page setup and header the report takes (docx-template.ts). */
  template?: Uint8Array,
): Promise<Uint8Array> {
  const files = unzipSync(packed);
  const documentXml = files['word/document.xml'];
  if (documentXml === undefined) throw new Error('docx wrote no word/document.xml');
  files['word/document.xml'] = splice(strFromU8(documentXml), chunks);
  if (links.length > 0) {
    const rels = files['word/_rels/document.xml.rels'];
    if (rels === undefined) throw new Error('docx wrote no word/_rels/document.xml.rels');
    files['word/_rels/document.xml.rels'] = strToU8(addLinks(strFromU8(rels), links));
  }
  if (template) applyTemplate(files, template);
  return zipFiles(files, options);
}

const HYPERLINK = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';

function addLinks(rels: string, links: readonly { id: string; target: string }[]): string {
  const end = rels.lastIndexOf('</Relationships>');
  if (end < 0) throw new Error('docx wrote a relationships part without its end');
  const attr = (v: string) => v.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
  const added = links.map((l) => `<Relationship Id="${l.id}" Type="${HYPERLINK}" Target="${attr(l.target)}" TargetMode="External"/>`);
  return rels.slice(0, end) + added.join('') + rels.slice(end);
}

/** The document with each marker replaced by its chunk, encoded piece by piece (never one 8 MB string). */
function splice(documentXml: string, chunks: readonly string[]): Uint8Array<ArrayBuffer> {
  // With one capture group, split() alternates text and chunk numbers: [text, '0', text, '1', text].
  const pieces = documentXml.split(MARKER);
  if (pieces.length !== 2 * chunks.length + 1 || pieces.some((p, i) => i % 2 === 1 && Number(p) !== (i - 1) / 2)) {
    throw new Error(`docx did not write the ${chunks.length} marker paragraphs as expected`);
  }
  return concat(pieces.map((piece, i) => strToU8(i % 2 === 1 ? chunks[(i - 1) / 2]! : piece)));
}

function concat(parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** An entry deflated by the host, whose CRC-32 fflate computes as the raw data is pushed through. */
class HostDeflatedEntry extends ZipPassThrough {
  constructor(
    filename: string,
    private readonly deflated: Uint8Array<ArrayBuffer>,
  ) {
    super(filename);
    this.compression = 8;
  }

  protected override process(_raw: Uint8Array, final: boolean): void {
    this.ondata(null, this.deflated, final);
  }
}

/** Adds one file to the zip, deflated by the host when it lends a compressor, else by fflate. */
async function addFile(zip: Zip, filename: string, raw: Uint8Array<ArrayBuffer>, { deflateRaw, crc32 }: CompressionOptions): Promise<void> {
  if (!deflateRaw) {
    const file = Object.assign(new ZipDeflate(filename, { level: 6 }), { mtime: ENTRY_TIME });
    zip.add(file);
    file.push(raw, true);
    return;
  }
  const deflated = raw.length > SMALL ? ownBuffer(await deflateRaw(raw)) : raw;
  if (deflated === raw || deflated.length >= raw.length) {
    const file = Object.assign(new ZipPassThrough(filename), { mtime: ENTRY_TIME });
    zip.add(file);
    file.push(raw, true);
  } else if (crc32) {
    // Size and CRC-32 known up front: the raw data need not pass through fflate at all.
    const file: ZipInputFile = { filename, size: raw.length, crc: crc32(raw), compression: 8, mtime: ENTRY_TIME };
    zip.add(file);
    file.ondata!(null, deflated, true);
  } else {
    const file = Object.assign(new HostDeflatedEntry(filename, deflated), { mtime: ENTRY_TIME });
    zip.add(file);
    file.push(raw, true);
  }
}

/** fflate's chunks are typed as bytes over a plain ArrayBuffer; a Node Buffer from another realm is copied. */
function ownBuffer(data: Uint8Array): Uint8Array<ArrayBuffer> {
  return data.buffer instanceof ArrayBuffer ? (data as Uint8Array<ArrayBuffer>) : data.slice();
}

/** Zips the files in their order; fflate's streaming `Zip` hands out the archive in pieces. */
function zipFiles(files: Readonly<Record<string, Uint8Array<ArrayBuffer>>>, options: CompressionOptions): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const out: Uint8Array[] = [];
    const zip = new Zip((error, chunk, final) => {
      if (error) return reject(error);
      out.push(chunk);
      if (final) resolve(concat(out));
    });
    (async () => {
      for (const [path, raw] of Object.entries(files)) await addFile(zip, path, raw, options);
      zip.end();
    })().catch(reject);
  });
}
