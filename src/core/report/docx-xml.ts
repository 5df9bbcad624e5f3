import { hasInlineSigns, parseInline } from '../text/inline-markdown';
import { attribution, noteLabel, quoteSignature, type ReportBlock, type ReportNote, type ReportTable } from './model';

/**
 * WordprocessingML for the report's bulk content (notes, quotes, tables), written as strings.
 * A 10,000-note report is ~20,000 paragraphs; building them as docx objects costs several
 * objects per run, so they are written directly here instead, with formatting taken from
 * styles (List Bullet, Quote, Emphasis, Strong, Table Grid) rather than per-run properties.
 * Text reaching here is already cleaned of XML-forbidden characters by the report model.
 */

/** Bullets come from the List Bullet style's own numbering (numId 1, docx's built-in bullet list). */
const BULLET_OPEN = '<w:p><w:pPr><w:pStyle w:val="ListBullet"/></w:pPr>';
/** A no-break space before separators keeps runs free of edge spaces (no xml:space needed) and the dash on its line. */
const NBSP = '\u00A0';

export function escapeXml(text: string): string {
  return /[&<>]/.test(text) ? text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;')) : text;
}

/** Runs for user text: line breaks and tabs become Word breaks and tabs. */
function textRuns(text: string, rStyle = ''): string {
  const rPr = rStyle === '' ? '' : `<w:rPr><w:rStyle w:val="${rStyle}"/></w:rPr>`;
  const body = escapeXml(text);
  if (body.includes('\n') || body.includes('\t')) {
    const inner = body.replace(/\n/g, '</w:t><w:br/><w:t xml:space="preserve">').replace(/\t/g, '</w:t><w:tab/><w:t xml:space="preserve">');
    return `<w:r>${rPr}<w:t xml:space="preserve">${inner}</w:t></w:r>`;
  }
  // xml:space="preserve" only where spaces at the edges or in a row would otherwise be collapsed.
  const preserve = body.length > 0 && (body.charCodeAt(0) === 32 || body.charCodeAt(body.length - 1) === 32 || body.includes('  '));
  return `<w:r>${rPr}${preserve ? '<w:t xml:space="preserve">' : '<w:t>'}${body}</w:t></w:r>`;
}

/**
 * The external links of one document: each address gets one relationship id, which its
 * `w:hyperlink` elements name and docx-package.ts adds to word/_rels/document.xml.rels.
 */
export class DocxLinks {
  private readonly ids = new Map<string, string>();

  id(href: string): string {
    let id = this.ids.get(href);
    if (id === undefined) this.ids.set(href, (id = `rRelatorLink${this.ids.size + 1}`));
    return id;
  }

  relationships(): { id: string; target: string }[] {
    return [...this.ids].map(([target, id]) => ({ id, target }));
  }
}

/**
 * Runs for user text with its inline formatting (core/text/inline-markdown.ts): bold and italic
 * as run properties, links as hyperlinks in Word's Hyperlink style, line breaks as breaks.
 */
function inlineRuns(text: string, links: DocxLinks): string {
  if (!hasInlineSigns(text)) return textRuns(text);
  let out = '';
  let openHref: string | null = null;
  for (const run of parseInline(text)) {
    const href = 'lineBreak' in run ? null : run.href;
    if (openHref !== null && href !== openHref) {
      out += '</w:hyperlink>';
      openHref = null;
    }
    if ('lineBreak' in run) {
      out += '<w:r><w:br/></w:r>';
      continue;
    }
    if (href !== null && openHref === null) {
      out += `<w:hyperlink r:id="${links.id(href)}" w:history="1">`;
      openHref = href;
    }
    const props =
      (href !== null ? '<w:rStyle w:val="Hyperlink"/>' : '') + (run.bold ? '<w:b/><w:bCs/>' : '') + (run.italic ? '<w:i/><w:iCs/>' : '');
    out += `<w:r>${props === '' ? '' : `<w:rPr>${props}</w:rPr>`}<w:t xml:space="preserve">${escapeXml(run.text)}</w:t></w:r>`;
  }
  return openHref === null ? out : `${out}</w:hyperlink>`;
}

/**
 * "— speaker, time". The dash is written as a character reference: one non-Latin-1 character in
 * a JS string makes V8 store the whole document twice as wide, and this runs 20,000 times.
 */
function signatureRun(who: string, rStyle: string, lead = NBSP): string {
  return `<w:r><w:rPr><w:rStyle w:val="${rStyle}"/></w:rPr><w:t>${lead}&#8212; ${escapeXml(who)}</w:t></w:r>`;
}

function paragraph(style: string, runs: string, extraPPr = ''): string {
  return `<w:p><w:pPr><w:pStyle w:val="${style}"/>${extraPPr}</w:pPr>${runs}</w:p>`;
}

/**
 * Writes the report's blocks for one document. A note appears in its question's section and again
 * in the annex: its text runs are written once per document.
 */
export function docxBlockWriter(links: DocxLinks): (block: ReportBlock) => string {
  const noteRunCache = new Map<ReportNote, string>();

  const noteTextRuns = (n: ReportNote): string => {
    let runs = noteRunCache.get(n);
    if (runs === undefined) {
      runs = inlineRuns(n.text, links);
      const who = attribution(n);
      if (who !== '' && n.kind !== 'quote') runs += signatureRun(who, 'Emphasis');
      noteRunCache.set(n, runs);
    }
    return runs;
  };

  const noteParagraph = (n: ReportNote, showKind: boolean, showQuestion: boolean): string => {
    let prefix = n.starred ? '<w:r><w:t xml:space="preserve">&#9733; </w:t></w:r>' : '';
    const label = noteLabel(n, showKind, showQuestion);
    if (label !== '') prefix += textRuns(`${label}:${NBSP}`, 'Strong');
    let runs = noteTextRuns(n);
    if (n.kind === 'quote') {
      const who = attribution(n);
      if (who !== '') runs += signatureRun(who, 'Emphasis');
    }
    return `${BULLET_OPEN}${prefix}${runs}</w:p>`;
  };

  const quoteParagraph = (n: ReportNote): string => {
    const who = quoteSignature(n);
    const signature = who === '' ? '' : `<w:r><w:br/></w:r>${signatureRun(who, 'Strong', '')}`;
    return paragraph('Quote', inlineRuns(n.text, links) + signature);
  };

  return (block) => {
    switch (block.type) {
      case 'paragraph':
        return paragraph('Normal', inlineRuns(block.text, links));
      case 'bullets':
        return block.items.map((item) => `${BULLET_OPEN}${inlineRuns(item, links)}</w:p>`).join('');
      case 'notes': {
        const parts = new Array<string>(block.items.length);
        for (let i = 0; i < block.items.length; i++) parts[i] = noteParagraph(block.items[i]!, block.showKind, block.showQuestion);
        return parts.join('');
      }
      case 'quotes':
        return block.items.map(quoteParagraph).join('');
      case 'table':
        return tableXml(block.table);
      case 'photo':
        // A picture needs a media part and its relationship: docx-writer.ts writes it through docx's ImageRun.
        throw new Error('photo blocks are written by docx-writer.ts');
    }
  };
}

/** Letter page minus 1-inch margins, in twentieths of a point. */
const TEXT_WIDTH = 9360;

function tableXml(table: ReportTable): string {
  const widths = columnWidths(table);
  const cell = (text: string, i: number, header: boolean) => {
    const jc = table.numeric[i] ? '<w:jc w:val="right"/>' : '';
    const pPr = header || jc ? `<w:pPr>${header ? '<w:keepNext/>' : ''}${jc}</w:pPr>` : '';
    return `<w:tc><w:tcPr><w:tcW w:w="${widths[i]}" w:type="dxa"/></w:tcPr><w:p>${pPr}${textRuns(text, header ? 'Strong' : '')}</w:p></w:tc>`;
  };
  const header = `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${table.columns.map((c, i) => cell(c, i, true)).join('')}</w:tr>`;
  const rows = table.rows.map((r) => `<w:tr><w:trPr><w:cantSplit/></w:trPr>${r.map((c, i) => cell(c, i, false)).join('')}</w:tr>`);
  return (
    '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="5000" w:type="pct"/>' +
    '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>' +
    `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>${header}${rows.join('')}</w:tbl>` +
    // Word needs a paragraph between two consecutive tables or they merge.
    '<w:p><w:pPr><w:spacing w:after="0"/></w:pPr></w:p>'
  );
}

/**
 * Column widths: every column at least as wide as its longest word (so Word never breaks inside
 * "Diferencia" or a date), figures exactly that, text columns share the rest by typical length.
 */
function columnWidths(table: ReportTable): number[] {
  const CHAR = 125; // a wide 10-pt bold character (LibreOffice may substitute a wider font than Calibri), in twips
  const PADDING = 280;
  const sample = table.rows.slice(0, 200);
  const cells = (i: number) => [table.columns[i]!, ...sample.map((r) => r[i] ?? '')];
  const longestWord = (i: number) =>
    Math.max(
      ...cells(i)
        .flatMap((c) => c.split(/\s+/))
        .map((w) => w.length),
    );
  const minimum = table.columns.map((_, i) => Math.max(700, longestWord(i) * CHAR + PADDING));
  const textCols = table.columns.map((_, i) => i).filter((i) => !table.numeric[i]);
  const free = TEXT_WIDTH - table.columns.reduce((sum, _, i) => sum + (table.numeric[i] ? minimum[i]! : 0), 0);
  const weight = (i: number) => Math.min(60, Math.max(6, ...cells(i).map((c) => c.length)));
  const totalWeight = textCols.reduce((sum, i) => sum + weight(i), 0) || 1;
  return table.columns.map((_, i) =>
    table.numeric[i] ? minimum[i]! : Math.max(minimum[i]!, Math.floor((free * weight(i)) / totalWeight)),
  );
}
