import { AlignmentType, Document, Footer, ImageRun, Packer, Paragraph, TextRun, type FileChild } from 'docx';
import { contentsParagraphs, coverParagraphs, headingParagraph, pageFooter } from './docx-front';
import { DocxLinks, docxBlockWriter, escapeXml } from './docx-xml';
import { stylesXml } from './docx-styles';
import type { ReportBlock, ReportModel, ReportPhoto } from './model';
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
  /** An organisation's Word document to take the styles, theme, page setup and header logo from (docx-template.ts). */
  template?: Uint8Array;
}

export async function renderDocx(model: ReportModel, options: DocxRenderOptions = {}): Promise<Uint8Array> {
  const chunks: string[] = [];
  /** An empty paragraph that marks where `xml` goes (see docx-package.ts). */
  const raw = (xml: string): FileChild => {
    chunks.push(xml);
    return new Paragraph({ style: chunkStyleId(chunks.length - 1) });
  };
  const links = new DocxLinks();
  const blockXml = docxBlockWriter(links);
  const children: FileChild[] = [...coverParagraphs(model), ...contentsParagraphs(model)];
  model.sections.forEach((section, i) => {
    children.push(headingParagraph(section, i));
    // Runs of text blocks go as one chunk of XML; each photo as docx paragraphs (its media part and relationship are docx's).
    let pending: ReportBlock[] = [];
    const flush = () => {
      if (pending.length > 0) children.push(raw(pending.map(blockXml).join('')));
      pending = [];
    };
    for (const block of section.blocks) {
      if (block.type !== 'photo') pending.push(block);
      else {
        flush();
        children.push(...photoParagraphs(block.photo));
      }
    }
    flush();
  });

  const doc = new Document({
    title: model.meta.title,
    creator: model.meta.creator,
    externalStyles: stylesXml(model.meta.locale),
    // Word updates the contents' page references (and every other field) when it opens the document.
    features: { updateFields: true },
    sections: [
      {
        properties: {
          page: { size: { width: 12240, height: 15840 }, margin: { top: 1440, right: 1440, bottom: 1440, left: 1440 } },
          // The cover's footer is its own, empty one.
          titlePage: true,
        },
        footers: { default: pageFooter(model), first: new Footer({ children: [] }) },
        children,
      },
    ],
  });
  const overrides = [{ path: 'docProps/core.xml', data: coreXml(model, options.created ?? new Date()) }];
  const packed = await Packer.pack(doc, 'uint8array', false, overrides);
  return spliceDocx(packed, chunks, options, links.relationships(), options.template);
}

/** The text column is 6.5 in wide (624 px at 96 to the inch); a photo also stays under 5.5 in tall, so it fits a page with its caption. */
const PHOTO_MAX = { width: 624, height: 528 };

function photoParagraphs(photo: ReportPhoto): Paragraph[] {
  const scale = Math.min(1, PHOTO_MAX.width / photo.width, PHOTO_MAX.height / photo.height);
  const image = new ImageRun({
    type: photo.mediaType === 'image/png' ? 'png' : 'jpg',
    data: photo.data,
    transformation: { width: Math.round(photo.width * scale), height: Math.round(photo.height * scale) },
    altText: { name: photo.label, title: photo.label, description: photo.caption || photo.label },
  });
  const caption = [new TextRun({ text: `${photo.label}.`, bold: true }), ...(photo.caption ? [new TextRun(` ${photo.caption}`)] : [])];
  return [
    new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, children: [image] }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: caption }),
  ];
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
