import { htmlToText } from './html-text';

/**
 * The text of a Word document: mammoth turns it into HTML (lists keep their numbering, tables their
 * cells), which is then laid out like a web page. Images and styles are ignored.
 */
export async function readDocxText(bytes: Uint8Array): Promise<{ ok: true; text: string } | { ok: false; detail: string }> {
  const mammoth = (await import('mammoth')).default;
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  try {
    // `arrayBuffer` for mammoth's browser build, `buffer` for its Node build (which takes an ArrayBuffer too).
    const input = { arrayBuffer, buffer: arrayBuffer } as unknown as { arrayBuffer: ArrayBuffer };
    const { value } = await mammoth.convertToHtml(input, {
      ignoreEmptyParagraphs: true,
      convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
    });
    return { ok: true, text: htmlToText(value, { paragraphGap: false }) };
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
}
