/**
 * The page each named destination of a PDF points at, read from the PDF's own structure: the
 * cross-reference table locates objects, the page tree gives the pages' order, and the catalog's
 * `/Dests` dictionary names a page object for each destination. This is how Chromium (Skia) writes
 * the targets of a document's internal links. Compressed object streams and name trees, which
 * Chromium does not write, are reported as errors rather than guessed at.
 */
export function pdfDestinationPages(pdf: Uint8Array): Map<string, number> {
  const text = new TextDecoder('latin1').decode(pdf);
  const offsets = crossReference(text);
  const object = (n: number): string => {
    const at = offsets.get(n);
    if (at === undefined) throw new Error(`PDF object ${n} is not in the cross-reference table`);
    const end = text.slice(at, at + 1_000_000).search(/\bendobj\b|\bstream\b/);
    return text.slice(at, end < 0 ? undefined : at + end);
  };
  const trailer = text.slice(text.lastIndexOf('trailer'));
  const root = /\/Root\s+(\d+)\s+\d+\s+R/.exec(trailer);
  if (!root) throw new Error('PDF without a /Root in its trailer');
  const catalog = object(Number(root[1]));
  const pagesRef = /\/Pages\s+(\d+)\s+\d+\s+R/.exec(catalog);
  if (!pagesRef) throw new Error('PDF catalog without /Pages');

  const pageNumber = new Map<number, number>();
  const visit = (n: number, depth: number) => {
    if (depth > 32) throw new Error('PDF page tree too deep');
    const node = object(n);
    const kids = /\/Kids\s*\[([^\]]*)\]/.exec(node);
    if (!kids) {
      pageNumber.set(n, pageNumber.size + 1);
      return;
    }
    for (const ref of kids[1]!.matchAll(/(\d+)\s+\d+\s+R/g)) visit(Number(ref[1]), depth + 1);
  };
  visit(Number(pagesRef[1]), 0);

  const destinations = new Map<string, number>();
  const destsRef = /\/Dests\s+(\d+)\s+\d+\s+R/.exec(catalog);
  if (!destsRef) return destinations;
  const dests = object(Number(destsRef[1]));
  for (const m of dests.matchAll(/\/([^\s/[\]<>()]+)\s*\[\s*(\d+)\s+\d+\s+R/g)) {
    const page = pageNumber.get(Number(m[2]));
    if (page !== undefined) destinations.set(decodeName(m[1]!), page);
  }
  return destinations;
}

/** `#xx` escapes in a PDF name. */
function decodeName(name: string): string {
  return name.replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Object number → byte offset, from the classic cross-reference table that `startxref` points at. */
function crossReference(text: string): Map<number, number> {
  const start = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text.slice(-1024));
  if (!start) throw new Error('PDF without startxref');
  const at = Number(start[1]);
  if (!text.startsWith('xref', at)) throw new Error('PDF with a cross-reference stream (not written by Chromium)');
  const offsets = new Map<number, number>();
  const lines = text
    .slice(at, text.indexOf('trailer', at))
    .split(/\r\n|\r|\n/)
    .slice(1);
  let next = 0;
  for (const line of lines) {
    const section = /^(\d+)\s+(\d+)\s*$/.exec(line);
    const entry = /^(\d{10})\s+(\d{5})\s+([nf])/.exec(line);
    if (section) next = Number(section[1]);
    else if (entry) {
      if (entry[3] === 'n') offsets.set(next, Number(entry[1]));
      next++;
    }
  }
  return offsets;
}
