import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/core/report';
import { TemplateError } from '../../../src/core/report/docx-template';
import { renderDocx } from '../../../src/core/report/docx-writer';
import { LIBREOFFICE, PANDOC, PYTHON, PYTHON_DOCX, requireClients } from '../../real-clients';
import { FORMATTED_NOTE, smallBundle } from './fixtures';

const INSTITUTIONAL = 'resources/templates/institutional.docx';
const model = buildReport(smallBundle([FORMATTED_NOTE.text]));
let dir = '';
let plain = '';
let styled = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'relator-template-'));
  plain = join(dir, 'plain.docx');
  styled = join(dir, 'institutional.docx');
  const created = new Date('2026-11-26T20:00:00Z');
  writeFileSync(plain, await renderDocx(model, { created }));
  writeFileSync(styled, await renderDocx(model, { created, template: readFileSync(INSTITUTIONAL) }));
});

const PY_STYLES = `
import docx, json, sys
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
out = {}
for f in sys.argv[1:]:
    d = docx.Document(f)
    by_id = {s.style_id: s for s in d.styles}
    h1 = by_id['Heading1']
    header = d.sections[0].header
    out[f] = {
      'heading1Font': h1.font.name, 'heading1Color': str(h1.font.color.rgb) if h1.font.color and h1.font.color.type else None,
      'heading1Name': h1.name, 'titleFont': by_id['Title'].font.name,
      'headings': [p.text for p in d.paragraphs if p.style.style_id == 'Heading1'],
      'bullets': sum(1 for p in d.paragraphs if p.style.style_id == 'ListBullet'),
      'headerImages': len(header._element.xpath('.//pic:pic')) if not header.is_linked_to_previous else 0,
      'lang': next((e.get(W + 'val') for e in d.styles.element.iter(W + 'lang')), None),
    }
print(json.dumps(out))
`;

describe("an organisation's template", () => {
  it('gives the report its heading font and colour and its header logo; structure and language stay (python-docx)', ({ skip }) => {
    requireClients(skip, PYTHON_DOCX);
    const r = spawnSync(PYTHON, ['-c', PY_STYLES, plain, styled, INSTITUTIONAL], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const docs = JSON.parse(r.stdout) as Record<
      string,
      {
        heading1Font: string | null;
        heading1Color: string | null;
        heading1Name: string;
        titleFont: string | null;
        headings: string[];
        bullets: number;
        headerImages: number;
        lang: string;
      }
    >;
    const [a, b, t] = [docs[plain]!, docs[styled]!, docs[INSTITUTIONAL]!];
    // The template's own heading font is the one the report's headings now use.
    expect(t.heading1Font).toBe('Cambria');
    expect(b.heading1Font).toBe(t.heading1Font);
    expect(b.heading1Color).toBe(t.heading1Color);
    expect(b.titleFont).toBe(t.titleFont);
    expect(a.heading1Font).not.toBe(t.heading1Font);
    expect(b.heading1Name).toBe('Heading 1');
    expect(b.headings).toEqual(a.headings);
    expect(b.bullets).toBe(a.bullets);
    expect(b.headerImages).toBe(1);
    expect(a.headerImages).toBe(0);
    expect(b.lang).toBe('es-MX');
  });

  it('is read by pandoc and converted by LibreOffice', ({ skip }) => {
    requireClients(skip, PANDOC, LIBREOFFICE);
    const md = spawnSync('pandoc', ['-f', 'docx', '-t', 'gfm', styled], { encoding: 'utf8' });
    expect(md.status).toBe(0);
    expect(md.stdout).toMatch(/^# Pregunta 1\. ¿Cómo fortalecer la gobernanza\?$/m);
    const out = join(dir, 'pdf');
    const lo = spawnSync(
      'soffice',
      [`-env:UserInstallation=file://${join(dir, 'lo')}`, '--headless', '--convert-to', 'pdf', '--outdir', out, styled],
      {
        encoding: 'utf8',
        timeout: 120_000,
      },
    );
    expect(lo.status, lo.stderr).toBe(0);
    expect(readdirSync(out)).toContain('institutional.pdf');
  }, 150_000);

  it('refuses a file that is not a Word document, saying so', async () => {
    await expect(renderDocx(model, { template: new TextEncoder().encode('not a zip') })).rejects.toBeInstanceOf(TemplateError);
  });
});
