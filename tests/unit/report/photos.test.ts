import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { describeFileError, parseEventFile, serializeEventFile } from '../../../src/core/file-format';
import { newId, type EventBundle, type Photo } from '../../../src/core/model';
import { imageInfo } from '../../../src/core/photos/image-bytes';
import { buildReport, renderMarkdown } from '../../../src/core/report';
import { renderReportHtml } from '../../../src/core/report/html-writer';
import { PYTHON, PYTHON_DOCX, requireClients } from '../../real-clients';
import { solidPng } from '../../png-fixture';
import { fixedContext, smallBundle } from './fixtures';

const META = { appVersion: '0.1.0', exportedAt: '2026-11-26T20:00:00.000Z' };

function withPhotos(): EventBundle {
  const bundle = smallBundle();
  const ctx = fixedContext();
  const photo = (order: number, caption: string, width: number, height: number, kind: Photo['kind'] = 'photo'): Photo => {
    const at = new Date(ctx.nowMs()).toISOString();
    return {
      id: newId(),
      createdAt: at,
      updatedAt: at,
      deletedAt: null,
      eventId: bundle.event.id,
      kind,
      order,
      caption,
      mediaType: 'image/png',
      width,
      height,
      data: solidPng(width, height),
    };
  };
  bundle.photos = [
    photo(1, 'Mesa de trabajo **2**', 40, 30),
    photo(0, 'Inauguración del conversatorio', 1600, 900),
    photo(0, 'SEDATU', 400, 200, 'logo'),
  ];
  return bundle;
}

describe('photos', () => {
  it('reads the size of PNG and JPEG files from their headers, and refuses anything else', () => {
    expect(imageInfo(solidPng(7, 3))).toEqual({ mediaType: 'image/png', width: 7, height: 3 });
    // A baseline JPEG header: SOI, APP0 (JFIF), SOF0 with height 2 and width 5.
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, ...new Array(14).fill(0), 0xff, 0xc0, 0, 11, 8, 0, 2, 0, 5, 1, 1, 0x11, 0]);
    expect(imageInfo(jpeg)).toEqual({ mediaType: 'image/jpeg', width: 5, height: 2 });
    expect(imageInfo(new TextEncoder().encode('<svg/>'))).toBeNull();
    expect(imageInfo(solidPng(7, 3).slice(0, 20))).toBeNull();
  });

  it('travel in the event file as base64, one line each, and come back byte for byte', () => {
    const bundle = withPhotos();
    const text = serializeEventFile(bundle, META);
    expect(text.split('\n').filter((l) => l.includes('"mediaType":"image/png"'))).toHaveLength(3);
    const result = parseEventFile(text);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.bundle.photos).toEqual(bundle.photos);
    expect(serializeEventFile(result.bundle, META)).toBe(text);
  });

  it('refuses a file whose photo is not the image it claims to be, naming it, in Spanish and English', () => {
    const file = JSON.parse(serializeEventFile(withPhotos(), META));
    file.photos[1].data = Buffer.from('esto no es una imagen').toString('base64');
    file.photos[0].width = 41;
    const result = parseEventFile(JSON.stringify(file));
    if (result.ok) throw new Error('expected a refusal');
    expect(result.errors.map((e) => [e.code, e.path])).toEqual([
      ['bad-image', 'photos[0].data'],
      ['bad-image', 'photos[1].data'],
    ]);
    expect(describeFileError(result.errors[0]!, 'es')).toContain('no es una imagen PNG válida del tamaño indicado');
    expect(describeFileError(result.errors[0]!, 'en')).toContain('not a valid PNG image of the size given');
    const notBase64 = JSON.parse(serializeEventFile(withPhotos(), META));
    notBase64.photos[0].data = 'not base64!';
    expect(parseEventFile(JSON.stringify(notBase64)).ok).toBe(false);
  });

  it('make a photo annex, in their order, before the notes annex; Markdown carries the captions and says where the pictures are', () => {
    const model = buildReport(withPhotos());
    const ids = model.sections.map((s) => s.id);
    expect(ids.slice(-2)).toEqual(['photos', 'annex']);
    const md = renderMarkdown(model);
    expect(md).toContain('## Anexo fotográfico');
    expect(md).toContain('**Fotografía 1.** Inauguración del conversatorio *(imagen en las versiones Word y PDF de esta relatoría)*');
    expect(md).toContain('**Fotografía 2.** Mesa de trabajo \\*\\*2\\*\\*');
    const html = renderReportHtml(model);
    // Two photos in the annex, and the logo on the cover.
    expect(html.match(/<img src="data:image\/png;base64,/g)).toHaveLength(3);
    expect(html).toMatch(
      /<section class="cover">\n<div class="cover-logos"><img src="data:image\/png;base64,[^"]+" width="400" height="200" alt="SEDATU"><\/div>/,
    );
    expect(buildReport(withPhotos(), { includePhotos: false }).sections.some((s) => s.id === 'photos')).toBe(false);
  });

  it(
    'python-docx finds both pictures in the DOCX, scaled to the text width, with their captions',
    { timeout: 30_000 },
    async ({ skip }) => {
      requireClients(skip, PYTHON_DOCX);
      const { renderDocx } = await import('../../../src/core/report/docx-writer');
      const file = join(mkdtempSync(join(tmpdir(), 'relator-photos-')), 'r.docx');
      writeFileSync(file, await renderDocx(buildReport(withPhotos()), { deflateRaw: (b) => deflateRawSync(b), crc32: (b) => crc32(b) }));
      const py =
        'import docx, json, sys\nd = docx.Document(sys.argv[1])\n' +
        'print(json.dumps({"shapes": [[s.width.inches, s.height.inches] for s in d.inline_shapes], "texts": [p.text for p in d.paragraphs],' +
        ' "first": [len(p._p.xpath(".//pic:pic")) for p in d.paragraphs[:2]]}))';
      const r = spawnSync(PYTHON, ['-c', py, file], { encoding: 'utf8' });
      expect(r.stderr).toBe('');
      const doc = JSON.parse(r.stdout) as { shapes: [number, number][]; texts: string[]; first: number[] };
      // The logo opens the cover, above "Relatoría" and the title, 0.9 in tall.
      expect(doc.first).toEqual([1, 0]);
      expect(doc.texts[1]).toBe('Relatoría');
      expect(doc.shapes).toEqual(
        [
          [1.792, 0.896],
          [6.5, 3.656],
          [40 / 96, 30 / 96],
        ].map(([w, h]) => [expect.closeTo(w!, 2), expect.closeTo(h!, 2)]),
      );
      expect(doc.texts).toContain('Fotografía 1. Inauguración del conversatorio');
      expect(doc.texts).toContain('Fotografía 2. Mesa de trabajo **2**');
    },
  );
});
