import { Document, Footer, HeadingLevel, Packer, PageNumber, Paragraph, TableOfContents, TextRun, type FileChild } from 'docx';
import { blockXml, escapeXml } from './docx-xml';
import { stylesXml } from './docx-styles';
import type { ReportModel } from './model';
import { chunkStyleId, spliceDocx, type CompressionOptions } from './docx-package';

/**
 * DOCX writer. Loaded only when the user exports (`await import('./docx-writer')`): it is the only
 * module that imports the `docx` library. docx builds the package, headings, table of contents and
 * footer through its public API; the bulk content is written as WordprocessingML strings (see
 * docx-xml.ts) for speed and put in place of marker paragraphs after packing (docx-package.ts).
 */
export interface DocxRenderOptions extends CompressionOptions {
  /** The document's creation time in its metadata; defaults to now. */
  created?: Date;
}

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

export async function renderDocx(model: ReportModel, options: DocxRenderOptions = {}): Promise<Uint8Array> {
  const { labels, title } = model;
  const chunks: string[] = [];
  /** An empty paragraph that marks where `xml` goes (see docx-package.ts). */
  const raw = (xml: string): FileChild => {
    chunks.push(xml);
    return new Paragraph({ style: chunkStyleId(chunks.length - 1) });
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
  const packed = await Packer.pack(doc, 'uint8array', false, overrides);
  return spliceDocx(packed, chunks, options);
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
