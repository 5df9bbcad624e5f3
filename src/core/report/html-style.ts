import type { ReportModel } from './model';

/**
 * The print stylesheet of the report's HTML (html-writer.ts): the same look as the DOCX (Calibri or
 * its metric twin Carlito, navy headings, grid tables, US Letter with 1-inch margins), a cover and
 * contents on pages of their own, headings kept with what follows, table headers repeated on every
 * page. The running footer "Página X de Y" is a CSS page-margin box (Chromium 131 and later), left
 * off the cover.
 */
export function reportPrintCss(model: ReportModel): string {
  const footer = model.labels.pageOf
    .split(/(\{page\}|\{pages\})/)
    .filter((p) => p !== '')
    .map((p) => (p === '{page}' ? 'counter(page)' : p === '{pages}' ? 'counter(pages)' : cssString(p)))
    .join(' ');
  return `@page { size: 8.5in 11in; margin: 1in; @bottom-center { content: ${footer}; font-size: 9pt; color: #595959; } }
@page :first { @bottom-center { content: none; } }
${BASE_CSS}`;
}

/**
 * Added only for the printing that measures where the sections start (pdf-print.ts): everything
 * but the top-level headings (whose anchors give their pages) is hidden. `visibility` leaves every
 * box where it was, so the pages break exactly as in the user's file, while Chromium paints next to
 * nothing and its print compositor has next to nothing to turn into PDF (on 10,000 notes that
 * compositing took about as long as laying out the pages).
 */
export const MEASURING_CSS = 'body * { visibility: hidden; } main > h2[id] { visibility: visible; }';

/** A CSS string literal: quotes and backslashes escaped, line breaks as escapes. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/\n/g, '\\a ')}"`;
}

const BASE_CSS = `
:root { color-scheme: light; }
html { font-family: Calibri, Carlito, 'Liberation Sans', 'DejaVu Sans', Arial, sans-serif; font-size: 11pt; line-height: 1.35; color: #111; }
body { margin: 0; }
h1, h2, h3, h4 { color: #1f3864; line-height: 1.2; break-after: avoid; page-break-after: avoid; }
h1 { font-size: 24pt; font-weight: normal; margin: 0 0 6pt; }
h2 { font-size: 16pt; margin: 18pt 0 6pt; }
h3 { font-size: 13pt; margin: 12pt 0 6pt; }
h4 { font-size: 12pt; margin: 10pt 0 6pt; }
p { margin: 0 0 6pt; }
a { color: #0563c1; }
ul { margin: 0 0 6pt; padding-left: 1.4em; }
li { margin: 0 0 3pt; }
.who { color: #595959; font-style: italic; }
blockquote { margin: 6pt 3em; font-style: italic; color: #404040; break-inside: avoid; }
blockquote .who { font-style: normal; font-weight: bold; color: #404040; }
table { border-collapse: collapse; width: 100%; margin: 0 0 10pt; font-size: 10pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td { border: 0.75pt solid #808080; padding: 2pt 5pt; text-align: left; vertical-align: top; }
th.num, td.num { text-align: right; white-space: nowrap; }
.cover { break-after: page; page-break-after: always; padding-top: 30vh; }
.cover-kicker { text-transform: uppercase; letter-spacing: 0.2em; font-weight: bold; color: #1f3864; font-size: 14pt; margin-bottom: 12pt; }
.subtitle { font-size: 14pt; color: #595959; margin-bottom: 12pt; }
.details { margin: 0; font-size: 12pt; }
.details div { margin: 0 0 3pt; }
.details dt { display: inline; font-weight: bold; }
.details dd { display: inline; margin: 0; }
.cover-logos { display: flex; flex-wrap: wrap; gap: 18pt; align-items: center; margin: -20vh 0 20vh; }
.cover-logos img { max-height: 0.9in; max-width: 2.5in; width: auto; height: auto; }
.photo { margin: 0 0 14pt; break-inside: avoid; page-break-inside: avoid; text-align: center; }
.photo img { max-width: 100%; max-height: 16cm; width: auto; height: auto; }
.photo figcaption { font-size: 10pt; color: #404040; margin-top: 4pt; }
.toc { break-after: page; page-break-after: always; }
.toc ol { list-style: none; margin: 0; padding: 0; }
.toc li { margin: 0 0 4pt; }
.toc a { display: flex; align-items: flex-end; color: inherit; text-decoration: none; }
.toc-text { flex: 0 1 auto; }
.toc-dots { flex: 1 0 1em; border-bottom: 1.5pt dotted #808080; margin: 0 3pt 4pt; }
.toc-page { flex: 0 0 2.5em; text-align: right; }
.toc a:has(.toc-page:empty) .toc-dots { visibility: hidden; }
@media screen { body { max-width: 8.5in; margin: 0 auto; padding: 1in; box-sizing: border-box; } .cover { padding-top: 2in; } }
`;
