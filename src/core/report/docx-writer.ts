import {
  Document,
  FileChild,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  TableOfContents,
  TextRun,
  type IXmlableObject,
} from 'docx';
import { blockXml, escapeXml } from './docx-xml';
import { stylesXml } from './docx-styles';
import type { ReportModel } from './model';
import { zipFiles, type Crc32, type DeflateRaw } from './zip';

/**
 * DOCX writer. Loaded only when the user exports (`await import('./docx-writer')`): it is the only
 * module that imports the `docx` library. docx builds the package, headings, table of contents and
 * footer; the bulk content is written as WordprocessingML strings (see docx-xml.ts) for speed.
 */
export interface DocxRenderOptions {
  /** The document's creation time in its metadata; defaults to now. */
  created?: Date;
  /**
   * The host's raw-DEFLATE (e.g. Node's `zlib.deflateRawSync`), and optionally its CRC-32. When
   * given, the package is zipped with it instead of docx's bundled pure-JS compressor, which is
   * the slowest step on a large report.
   */
  deflateRaw?: DeflateRaw;
  crc32?: Crc32;
}

type CompiledFiles = Map<string, string | Uint8Array | ArrayBuffer>;
interface PackerInternals {
  compiler?: { compile?: (file: Document, prettify: undefined, overrides: readonly { path: string; data: string }[]) => CompiledFiles };
}

/** Already-serialised WordprocessingML placed in the body as it is. */
class RawXml extends FileChild {
  /** With `marker`, docx writes only a placeholder comment and the chunk is spliced in after compiling. */
  constructor(
    private readonly xml: string,
    private readonly marker: string | null,
  ) {
    super('w:p');
  }

  // docx writes a non-object, non-string value with String(); an element with an empty name
  // writes only its content, so the string lands in the body unescaped.
  override prepForXml(): IXmlableObject {
    const text = this.marker ?? this.xml;
    const raw = Object.assign(() => '', { toString: () => text });
    return { '': raw } as unknown as IXmlableObject;
  }
}

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

const MARKER = /<!--relator-chunk-(\d+)-->/;

export async function renderDocx(model: ReportModel, options: DocxRenderOptions = {}): Promise<Uint8Array> {
  const { labels, title } = model;
  // docx's compiler is not public API; if a future version moves it, fall back to Packer.
  const compiler = (Packer as unknown as PackerInternals).compiler;
  const fast = options.deflateRaw !== undefined && typeof compiler?.compile === 'function';
  const chunks: string[] = [];
  const raw = (xml: string) => {
    chunks.push(xml);
    return new RawXml(xml, fast ? `<!--relator-chunk-${chunks.length - 1}-->` : null);
  };
  const children: FileChild[] = [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(title.title || labels.report)] })];
  const front: string[] = [];
  if (title.subtitle)
    front.push(
      `<w:p><w:pPr><w:pStyle w:val="Subtitle"/></w:pPr><w:r><w:t xml:space="preserve">${escapeXml(title.subtitle)}</w:t></w:r></w:p>`,
    );
  for (const d of title.details) {
    front.push(
      `<w:p><w:pPr><w:spacing w:after="40"/></w:pPr><w:r><w:rPr><w:rStyle w:val="Strong"/></w:rPr><w:t xml:space="preserve">${escapeXml(d.label)}: </w:t></w:r>` +
        `<w:r><w:t xml:space="preserve">${escapeXml(d.value)}</w:t></w:r></w:p>`,
    );
  }
  if (front.length > 0) children.push(raw(front.join('')));
  children.push(new Paragraph({ style: 'TOCHeading', children: [new TextRun(labels.contents)] }));
  children.push(new TableOfContents(labels.contents, { hyperlink: true, headingStyleRange: '1-1' }));

  for (const section of model.sections) {
    children.push(new Paragraph({ heading: HEADINGS[section.level - 1], children: [new TextRun(section.heading)] }));
    if (section.blocks.length > 0) children.push(raw(section.blocks.map(blockXml).join('')));
  }

  const doc = new Document({
    title: model.meta.title,
    creator: model.meta.creator,
    externalStyles: stylesXml(model.meta.locale),
    features: { updateFields: true },
    sections: [
      {
        properties: { page: { size: { width: 12240, height: 15840 }, margin: { top: 1440, right: 1440, bottom: 1440, left: 1440 } } },
        footers: {
          default: new Footer({
            children: [new Paragraph({ style: 'Footer', children: [new TextRun({ children: [`${labels.page} `, PageNumber.CURRENT] })] })],
          }),
        },
        children,
      },
    ],
  });
  const overrides = [{ path: 'docProps/core.xml', data: coreXml(model, options.created ?? new Date()) }];
  if (!fast || !options.deflateRaw) return Packer.pack(doc, 'uint8array', false, overrides);
  const compiled = compiler!.compile!(doc, undefined, overrides);
  const encoder = new TextEncoder();
  const files = new Map<string, Uint8Array>();
  for (const [path, data] of compiled) {
    if (path === 'word/document.xml' && typeof data === 'string') files.set(path, splice(data, chunks, encoder));
    else files.set(path, typeof data === 'string' ? encoder.encode(data) : data instanceof Uint8Array ? data : new Uint8Array(data));
  }
  return zipFiles(files, options.deflateRaw, options.crc32);
}

/** docx's small document.xml with each placeholder replaced by its chunk, encoded piece by piece. */
function splice(documentXml: string, chunks: readonly string[], encoder: InstanceType<typeof TextEncoder>): Uint8Array {
  const pieces = documentXml.split(MARKER).map((piece, i) => encoder.encode(i % 2 === 1 ? chunks[Number(piece)]! : piece));
  const out = new Uint8Array(pieces.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of pieces) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Core properties: docx would stamp "now" and leave out the language. */
function coreXml(model: ReportModel, created: Date): string {
  const at = created.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const el = (name: string, value: string) => (value ? `<${name}>${escapeXml(value)}</${name}>` : '');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" ' +
    'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    el('dc:title', model.meta.title) +
    el('dc:creator', model.meta.creator) +
    el('cp:lastModifiedBy', model.meta.creator) +
    el('dc:language', model.meta.locale) +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${at}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${at}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}
