/**
 * styles.xml for the report: Word's own built-in styles (ids and names as Word writes them), so
 * Word's navigation pane, its table of contents, python-docx and pandoc all recognise headings,
 * lists, quotes and tables. Formatting lives here, once, instead of on every run.
 */
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const ACCENT = '1F3864';

function paragraphStyle(
  id: string,
  name: string,
  pPr: string,
  rPr: string,
  extra = '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/>',
): string {
  return `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/>${extra}<w:qFormat/>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}</w:style>`;
}

function heading(level: 1 | 2 | 3, size: number): string {
  const before = [0, 360, 240, 200][level];
  return paragraphStyle(
    `Heading${level}`,
    `heading ${level}`,
    `<w:keepNext/><w:keepLines/><w:spacing w:before="${before}" w:after="120"/><w:outlineLvl w:val="${level - 1}"/>`,
    `<w:b/><w:bCs/><w:color w:val="${ACCENT}"/><w:sz w:val="${size}"/><w:szCs w:val="${size}"/>`,
  );
}

function tocStyle(level: 1 | 2 | 3): string {
  return paragraphStyle(`TOC${level}`, `toc ${level}`, `<w:spacing w:after="60"/><w:ind w:left="${(level - 1) * 220}"/>`, '');
}

/** `locale` is a BCP 47 tag (es-MX, en-GB: see core/i18n/locales.ts): Word's spelling and hyphenation language for all text. */
export function stylesXml(locale: string): string {
  const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="808080"/>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${W}>` +
    '<w:docDefaults><w:rPrDefault><w:rPr>' +
    '<w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Calibri" w:cs="Calibri"/>' +
    `<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="${locale}" w:eastAsia="${locale}" w:bidi="ar-SA"/>` +
    '</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>' +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>' +
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>' +
    '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
    '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>' +
    paragraphStyle(
      'Title',
      'Title',
      '<w:spacing w:after="120"/><w:contextualSpacing/>',
      `<w:color w:val="${ACCENT}"/><w:kern w:val="28"/><w:sz w:val="48"/><w:szCs w:val="48"/>`,
    ) +
    paragraphStyle(
      'Subtitle',
      'Subtitle',
      '<w:spacing w:after="240"/>',
      '<w:color w:val="595959"/><w:sz w:val="28"/><w:szCs w:val="28"/>',
    ) +
    // The cover: "Relatoría" a third of the way down the page, then title, subtitle and details.
    paragraphStyle(
      'CoverKicker',
      'Cover Kicker',
      '<w:spacing w:before="3600" w:after="240"/>',
      `<w:b/><w:bCs/><w:caps/><w:color w:val="${ACCENT}"/><w:spacing w:val="40"/><w:sz w:val="28"/><w:szCs w:val="28"/>`,
    ) +
    paragraphStyle('CoverDetail', 'Cover Detail', '<w:spacing w:after="60"/>', '<w:sz w:val="24"/><w:szCs w:val="24"/>') +
    heading(1, 32) +
    heading(2, 26) +
    heading(3, 24) +
    paragraphStyle(
      'ListBullet',
      'List Bullet',
      '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:spacing w:after="60"/><w:contextualSpacing/>',
      '',
    ) +
    paragraphStyle(
      'Quote',
      'Quote',
      '<w:spacing w:before="120" w:after="120"/><w:ind w:left="720" w:right="720"/>',
      '<w:i/><w:iCs/><w:color w:val="404040"/>',
    ) +
    paragraphStyle('TOCHeading', 'TOC Heading', '<w:outlineLvl w:val="9"/>', '', '<w:basedOn w:val="Heading1"/><w:next w:val="Normal"/>') +
    tocStyle(1) +
    tocStyle(2) +
    tocStyle(3) +
    paragraphStyle(
      'Footer',
      'footer',
      '<w:jc w:val="center"/><w:spacing w:after="0"/>',
      '<w:color w:val="595959"/><w:sz w:val="18"/><w:szCs w:val="18"/>',
    ) +
    '<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:basedOn w:val="DefaultParagraphFont"/><w:qFormat/><w:rPr><w:b/><w:bCs/></w:rPr></w:style>' +
    '<w:style w:type="character" w:styleId="Emphasis"><w:name w:val="Emphasis"/><w:basedOn w:val="DefaultParagraphFont"/><w:qFormat/><w:rPr><w:i/><w:iCs/><w:color w:val="595959"/></w:rPr></w:style>' +
    '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>' +
    '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/>' +
    '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr>' +
    `<w:tblPr><w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders></w:tblPr></w:style>` +
    '</w:styles>'
  );
}
