/** List markers (numbering and bullets) that start a guiding question, and where they end. */
/** Roman numerals and letters share a kind: `i.`/`c)` are either, and a list never mixes them. */
export type MarkerKind = 'number' | 'alpha' | 'bullet' | 'label';

export interface Marker {
  kind: MarkerKind;
  /** Offset (relative to where matching started) of the first character after the marker and its spaces. */
  length: number;
}

// Sticky regexes anchored at one position, with bounded repetitions: linear on any input.
const PATTERNS: [MarkerKind, RegExp][] = [
  ['label', /(?:Q|P|Pregunta|Question|Pergunta|Quest[aã]o)\s{0,3}\d{1,3}\s{0,3}[:.)\-–—]\s*/iy],
  ['number', /\(\s{0,2}\d{1,3}\s{0,2}\)\s*/y],
  // "1.1 ¿…?", "2.3.1) …": sub-numbering
  ['number', /\d{1,2}(?:\.\d{1,2}){1,2}[.)]?(?=\s)\s*/y],
  // A number alone before "¿" (numbered table cells pasted as "1<tab>¿…?")
  ['number', /\d{1,2}\s+(?=¿)/y],
  ['number', /\d{1,3}\s{0,2}[.)º°](?![\d.,])(?:\s{0,2}[-–](?=\s))?\s*/y],
  ['number', /\d{1,3}\s{0,2}[-–—](?=\s)\s*/y],
  ['alpha', /\(\s{0,2}(?:[ivxlc]{1,6}|[a-z])\s{0,2}\)\s*/iy],
  ['alpha', /(?:[ivxlc]{1,6}|[a-z])[.)](?=[\s¿¡"“«]|$)\s*/iy],
  ['bullet', /[•·▪▫◦●○■□►▶➢➤➣→✓✔❖◆◇‣⁃∙\-–—*+>\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0a8](?=\s|¿|¡|$)\s*/y],
  // Word's second-level bullet pastes as a letter "o"; only taken before "¿" to leave the word alone.
  ['bullet', /o\s+(?=¿)/y],
];

/**
 * The characters a marker can start with (a digit, a letter, "(", a bullet), so that a line starting otherwise
 * ("¿Cómo…?", most questions) is not tried against every pattern. Non-ASCII letters never match the patterns' `i`.
 */
const MARKER_START = /[0-9A-Za-z(•·▪▫◦●○■□►▶➢➤➣→✓✔❖◆◇‣⁃∙\-–—*+>\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0a8]/y;

/** The marker at `pos` of `line`, or null. */
export function markerAt(line: string, pos = 0): Marker | null {
  MARKER_START.lastIndex = pos;
  if (!MARKER_START.test(line)) return null;
  for (const [kind, re] of PATTERNS) {
    re.lastIndex = pos;
    const m = re.exec(line);
    if (m) return { kind, length: m[0].length };
  }
  return null;
}

/** Markers that look like the start of a glued item, e.g. `…alimentaria?5. ¿Cómo…`. */
const GLUED_AFTER_QUESTION =
  /\s{0,3}(?:\d{1,3}\s?[.)]|\(\d{1,3}\)|[ivxlc]{1,6}[.)]|[a-z]\)|[•▪◦●■►➢\-–—*])\s{0,3}(?=[¿¡A-ZÁÉÍÓÚÑÜÀÂÊÔÃÕÇ"“«])/y;
const GLUED_AFTER_SENTENCE = /\s{0,3}(?:\d{1,3}\s?[.)]|\(\d{1,3}\)|[ivxlc]{1,6}[.)]|[a-z]\)|[•▪◦●■►➢])\s{0,3}(?=¿)/y;

/**
 * Offsets inside `text` where a new item starts because scraping glued it to the previous one.
 * Each offset is where the marker begins; the item text starts after the marker.
 */
export function gluedSplits(text: string, limit = Infinity): { at: number; textStart: number }[] {
  const splits: { at: number; textStart: number }[] = [];
  for (let i = 0; i < text.length && splits.length < limit; i++) {
    const c = text.charCodeAt(i);
    // '?' closes the previous item; '.', '!', ')' and closing quotes may, when a "¿" follows the marker
    if (c !== 0x3f && c !== 0x2e && c !== 0x21 && c !== 0x29 && c !== 0x201d && c !== 0x22 && c !== 0xbb) continue;
    const re = c === 0x3f ? GLUED_AFTER_QUESTION : GLUED_AFTER_SENTENCE;
    re.lastIndex = i + 1;
    const m = re.exec(text);
    if (!m) continue;
    const markerStart = i + 1 + (m[0].length - m[0].trimStart().length);
    const end = i + 1 + m[0].length;
    if (end >= text.length) continue;
    splits.push({ at: markerStart, textStart: end });
    i = end - 1;
  }
  return splits;
}

/** The number a numbered marker carries ("3." → 3, "P2:" → 2), or null. */
export function markerNumber(line: string, marker: Marker): number | null {
  if (marker.kind !== 'number' && marker.kind !== 'label') return null;
  const m = /\d{1,3}/.exec(line.slice(0, marker.length));
  return m ? Number(m[0]) : null;
}
