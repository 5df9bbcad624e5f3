import { crc32, deflateRawSync } from 'node:zlib';
import { Document, Packer, Paragraph } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { chunkStyleId, spliceDocx, type CompressionOptions } from '../../../src/core/report/docx-package';
import { renderDocx } from '../../../src/core/report/docx-writer';
import { buildReport } from '../../../src/core/report';
import { smallBundle } from './fixtures';

const CHUNKS = ['<w:p><w:r><w:t>primero</w:t></w:r></w:p>', `<w:p><w:r><w:t>${'segundo '.repeat(200)}</w:t></w:r></w:p>`];

async function packWithMarkers(markers: number): Promise<Uint8Array> {
  const children = [new Paragraph('antes')];
  for (let i = 0; i < markers; i++) children.push(new Paragraph({ style: chunkStyleId(i) }), new Paragraph(`después ${i}`));
  return Packer.pack(new Document({ sections: [{ children }] }), 'uint8array');
}

const body = (docx: Uint8Array) => strFromU8(unzipSync(docx)['word/document.xml']!);

describe('DOCX package seam (docx packs, fflate unzips and zips again)', () => {
  const hosts: [string, CompressionOptions][] = [
    ['zlib with its CRC-32', { deflateRaw: (b) => deflateRawSync(b), crc32: (b) => crc32(b) }],
    ['zlib, CRC-32 by fflate', { deflateRaw: (b) => deflateRawSync(b) }],
    ['fflate alone', {}],
    ['an async compressor, as CompressionStream is', { deflateRaw: async (b) => deflateRawSync(b) }],
  ];

  it.each(hosts)('puts every chunk in place of its marker paragraph, in order (%s)', async (_name, options) => {
    const packed = await packWithMarkers(2);
    const out = await spliceDocx(packed, CHUNKS, options);
    const xml = body(out);
    expect(xml).not.toContain('RelatorChunk');
    const at = ['antes', CHUNKS[0]!, 'después 0', CHUNKS[1]!, 'después 1'].map((s) => xml.indexOf(s));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    // Every other file of docx's package comes through byte for byte.
    const before = unzipSync(packed);
    const after = unzipSync(out);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const name of Object.keys(before).filter((n) => n !== 'word/document.xml')) expect(after[name], name).toEqual(before[name]);
  });

  it('fails loudly when docx did not write the markers as expected, instead of dropping content', async () => {
    await expect(spliceDocx(await packWithMarkers(1), CHUNKS)).rejects.toThrow(/marker paragraphs/);
    await expect(spliceDocx(await packWithMarkers(3), CHUNKS)).rejects.toThrow(/marker paragraphs/);
  });

  it('user text that looks like a marker stays text', async () => {
    const marker = `<w:p><w:pPr><w:pStyle w:val="${chunkStyleId(0)}"/></w:pPr></w:p>`;
    const bundle = smallBundle([marker]);
    bundle.event.title = marker;
    const xml = body(await renderDocx(buildReport(bundle), { deflateRaw: (b) => deflateRawSync(b) }));
    expect(xml).toContain('&lt;w:p&gt;&lt;w:pPr&gt;&lt;w:pStyle w:val="RelatorChunk0"/&gt;');
    expect(xml).not.toContain(marker);
  });
});
