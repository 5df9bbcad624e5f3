import {
  AlignmentType,
  Bookmark,
  Footer,
  HeadingLevel,
  ImageRun,
  InternalHyperlink,
  LeaderType,
  PageBreak,
  PageNumber,
  PageReference,
  Paragraph,
  Tab,
  TabStopType,
  TextRun,
} from 'docx';
import type { ReportModel, ReportPhoto, ReportSection } from './model';

/**
 * The front of the DOCX: the cover page, the table of contents and the running footer, built with
 * docx's public API. Part of the DOCX writer, loaded only on export.
 */

/** Letter page minus 1-inch margins, in twentieths of a point: where the TOC's right-aligned page numbers go. */
const TEXT_WIDTH = 9360;

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

/** The bookmark a top-level heading carries, which its contents entry links to and takes its page number from. */
function anchorOf(index: number): string {
  return `_Toc${index + 1}`;
}

/** The cover: the word "Relatoría", title, subtitle and the event's details, alone on page 1 (which shows no footer). */
/** The organisers' logos in one row above the title, each at most 0.9 in tall and sharing the text width. */
function logoParagraph(logos: readonly ReportPhoto[]): Paragraph {
  const gap = 24;
  const share = (624 - gap * (logos.length - 1)) / logos.length;
  const children = logos.flatMap((logo, i) => {
    const scale = Math.min(1, 86 / logo.height, share / logo.width);
    const image = new ImageRun({
      type: logo.mediaType === 'image/png' ? 'png' : 'jpg',
      data: logo.data,
      transformation: { width: Math.max(1, Math.round(logo.width * scale)), height: Math.max(1, Math.round(logo.height * scale)) },
      altText: { name: logo.label, title: logo.caption || logo.label, description: logo.caption || logo.label },
    });
    return i === 0 ? [image] : [new TextRun('\u2003\u2003'), image];
  });
  return new Paragraph({ spacing: { after: 480 }, children });
}

export function coverParagraphs(model: ReportModel): Paragraph[] {
  const { labels, title } = model;
  const out: Paragraph[] = [];
  if (title.logos.length > 0) out.push(logoParagraph(title.logos));
  out.push(
    new Paragraph({ style: 'CoverKicker', children: [new TextRun(title.scope || labels.report)] }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(title.title || labels.report)] }),
  );
  if (title.subtitle) out.push(new Paragraph({ style: 'Subtitle', children: [new TextRun(title.subtitle)] }));
  for (const d of title.details) {
    out.push(
      new Paragraph({ style: 'CoverDetail', children: [new TextRun({ text: `${d.label}: `, style: 'Strong' }), new TextRun(d.value)] }),
    );
  }
  out.push(new Paragraph({ children: [new PageBreak()] }));
  return out;
}

/**
 * The table of contents, as entries written out (one per top-level section) rather than as a TOC
 * field: LibreOffice shows a TOC field's entries as they were written and never computes their
 * pages, whereas it does compute a page reference (PAGEREF) on its own. Each entry links to its
 * heading's bookmark and ends in a PAGEREF to it, written dirty, and the document asks Word to
 * update its fields when it opens (settings.xml `w:updateFields`), so Word fills them in too.
 */
export function contentsParagraphs(model: ReportModel): Paragraph[] {
  const out = [new Paragraph({ style: 'TOCHeading', children: [new TextRun(model.labels.contents)] })];
  model.sections.forEach((section, i) => {
    if (section.level !== 1) return;
    const anchor = anchorOf(i);
    out.push(
      new Paragraph({
        style: 'TOC1',
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH, leader: LeaderType.DOT }],
        children: [
          new InternalHyperlink({
            anchor,
            children: [new TextRun(section.heading), new TextRun({ children: [new Tab()] }), new PageReference(anchor)],
          }),
        ],
      }),
    );
  });
  out.push(new Paragraph({ children: [new PageBreak()] }));
  return out;
}

/** A section's heading; top-level ones carry the bookmark their contents entry points at. */
export function headingParagraph(section: ReportSection, index: number): Paragraph {
  const text = new TextRun(section.heading);
  const children = section.level === 1 ? [new Bookmark({ id: anchorOf(index), children: [text] })] : [text];
  return new Paragraph({ heading: HEADINGS[section.level - 1], children });
}

/** "Página X de Y": the label's `{page}` and `{pages}` become PAGE and NUMPAGES fields. */
export function pageFooter(model: ReportModel): Footer {
  const parts = model.labels.pageOf.split(/(\{page\}|\{pages\})/).filter((p) => p !== '');
  const children = parts.map((p) => (p === '{page}' ? PageNumber.CURRENT : p === '{pages}' ? PageNumber.TOTAL_PAGES : p));
  return new Footer({
    children: [new Paragraph({ style: 'Footer', alignment: AlignmentType.CENTER, children: [new TextRun({ children })] })],
  });
}
