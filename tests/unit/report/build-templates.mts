// Builds the style templates that ship with Relator (resources/templates/): "neutral", the report's
// own look, to start an organisation's template from; and "institutional", serif headings in a
// dark red and a logo in the header, to show what a template changes. The logo is drawn here as
// SVG and rasterised by the machine's Chromium.
// Run: npx tsx tests/unit/report/build-templates.mts   (needs /usr/bin/chromium)
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AlignmentType, Document, Header, HeadingLevel, ImageRun, LineRuleType, Packer, Paragraph, TextRun } from 'docx';
import { chromium } from 'playwright-core';
import { stylesXml } from '../../../src/core/report/docx-styles';

const root = join(import.meta.dirname, '..', '..', '..');
const out = join(root, 'resources', 'templates');

const sample = (intro: string) => [
  new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('Título de la relatoría')] }),
  new Paragraph({ style: 'Subtitle', children: [new TextRun('Subtítulo')] }),
  new Paragraph({ children: [new TextRun(intro)] }),
  new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Título 1')] }),
  new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Título 2')] }),
  new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun('Título 3')] }),
  new Paragraph({ style: 'Quote', children: [new TextRun('Una cita textual.')] }),
];

const neutral = new Document({
  creator: 'Relator',
  title: 'Plantilla neutra de Relator',
  externalStyles: stylesXml('es-MX'),
  sections: [
    {
      properties: { page: { size: { width: 12240, height: 15840 }, margin: { top: 1440, right: 1440, bottom: 1440, left: 1440 } } },
      children: sample(
        'Plantilla neutra: los estilos con los que Relator escribe la relatoría. Cambia sus fuentes, colores y encabezado en Word o LibreOffice y elígela como plantilla al exportar.',
      ),
    },
  ],
});
writeFileSync(join(out, 'neutral.docx'), await Packer.toBuffer(neutral));

const LOGO_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="720" height="160" viewBox="0 0 720 160">
<rect x="0" y="0" width="160" height="160" rx="24" fill="#7a1f2b"/>
<path d="M40 120 L80 40 L120 120 Z" fill="#fff"/>
<text x="190" y="78" font-family="Georgia, 'DejaVu Serif', serif" font-size="56" fill="#7a1f2b" font-weight="bold">INSTITUCIÓN</text>
<text x="192" y="128" font-family="Georgia, 'DejaVu Serif', serif" font-size="34" fill="#595959">de ejemplo</text></svg>`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 720, height: 160 } });
await page.setContent(`<html><body style="margin:0;background:transparent">${LOGO_SVG}</body></html>`);
const logo = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: 720, height: 160 } });
await browser.close();

const SERIF = 'Cambria';
const RED = '7A1F2B';
const institutional = new Document({
  creator: 'Relator',
  title: 'Plantilla institucional de ejemplo',
  styles: {
    default: {
      document: { run: { font: SERIF, size: 22 }, paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } } },
      title: { run: { font: SERIF, size: 52, color: RED } },
      heading1: {
        run: { font: SERIF, size: 32, bold: true, color: RED },
        paragraph: { spacing: { before: 360, after: 120 }, keepNext: true },
      },
      heading2: {
        run: { font: SERIF, size: 26, bold: true, color: RED },
        paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
      },
      heading3: {
        run: { font: SERIF, size: 24, italics: true, color: RED },
        paragraph: { spacing: { before: 200, after: 120 }, keepNext: true },
      },
    },
    paragraphStyles: [
      {
        id: 'Subtitle',
        name: 'Subtitle',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { font: SERIF, size: 28, color: '595959' },
      },
      {
        id: 'Quote',
        name: 'Quote',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { italics: true, color: '404040' },
        paragraph: { indent: { left: 720, right: 720 } },
      },
    ],
  },
  sections: [
    {
      properties: {
        page: { size: { width: 12240, height: 15840 }, margin: { top: 1700, right: 1440, bottom: 1440, left: 1440, header: 600 } },
      },
      headers: {
        default: new Header({
          children: [
            new Paragraph({
              alignment: AlignmentType.LEFT,
              children: [
                new ImageRun({
                  type: 'png',
                  data: logo,
                  transformation: { width: 180, height: 40 },
                  altText: { name: 'logo', title: 'Logo', description: 'Logo de la institución' },
                }),
              ],
            }),
          ],
        }),
      },
      children: sample(
        'Plantilla institucional de ejemplo: títulos en Cambria color vino y el logo de la institución en el encabezado. Sustituye el logo y los colores por los de tu organización.',
      ),
    },
  ],
});
writeFileSync(join(out, 'institutional.docx'), await Packer.toBuffer(institutional));
process.stdout.write('wrote resources/templates/neutral.docx and institutional.docx\n');
