/**
 * Cleans pasted text (line endings, odd spaces, invisible characters, NFD accents) while keeping,
 * for every output character, the range of the original input it came from — the setup screen
 * highlights question spans in the text the user actually pasted.
 */
export interface NormalizedText {
  text: string;
  /** `start[i]` / `end[i]`: the [start, end) offsets in the original input of output char `i`. */
  start: Int32Array;
  end: Int32Array;
}

const REMOVED = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad, 0x180e]);

function isSpaceLike(c: number): boolean {
  return (
    c === 0x09 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0b || c === 0x0c || c === 0x85 || c === 0x2028 || c === 0x2029;
}

const COMBINING = /\p{M}/u;

/** True when `code` may compose with what precedes it under NFC (combining marks, Hangul jamo…). */
function mayCompose(code: number): boolean {
  if (code < 0x300) return false;
  if (code <= 0x36f) return true;
  if (code >= 0x1160 && code <= 0x11ff) return true;
  return COMBINING.test(String.fromCodePoint(code));
}

export function normalizeText(input: string): NormalizedText {
  const n = input.length;
  const out: string[] = [];
  let start: Int32Array = new Int32Array(n + 1);
  let end: Int32Array = new Int32Array(n + 1);
  let len = 0;
  const push = (s: string, from: number, to: number): void => {
    if (len + s.length >= start.length) {
      // NFC can (rarely) expand a character; grow instead of assuming output ≤ input.
      const grow = (a: Int32Array): Int32Array => {
        const b = new Int32Array(a.length * 2 + s.length);
        b.set(a);
        return b;
      };
      start = grow(start);
      end = grow(end);
    }
    for (let k = 0; k < s.length; k++) {
      start[len] = from;
      end[len] = to;
      len++;
    }
    out.push(s);
  };
  let i = 0;
  while (i < n) {
    const c = input.charCodeAt(i);
    if (c < 0x80) {
      if (c === 0x0d) {
        const to = input.charCodeAt(i + 1) === 0x0a ? i + 2 : i + 1;
        push('\n', i, to);
        i = to;
      } else if (c === 0x09) {
        push(' ', i, i + 1);
        i++;
      } else if (c === 0x0b || c === 0x0c) {
        push('\n', i, i + 1);
        i++;
      } else if (i + 1 < n && input.charCodeAt(i + 1) >= 0x300 && mayCompose(input.codePointAt(i + 1)!)) {
        i = pushCluster(input, i, push);
      } else {
        push(input[i]!, i, i + 1);
        i++;
      }
      continue;
    }
    if (REMOVED.has(c)) {
      i++;
      continue;
    }
    if (isSpaceLike(c)) {
      push(' ', i, i + 1);
      i++;
      continue;
    }
    if (isLineBreak(c)) {
      push('\n', i, i + 1);
      i++;
      continue;
    }
    i = pushCluster(input, i, push);
  }
  start[len] = n;
  end[len] = n;
  return { text: out.join(''), start: start.subarray(0, len + 1), end: end.subarray(0, len + 1) };
}

/** A base character with the marks that follow it, composed to NFC as one unit. */
function pushCluster(input: string, i: number, push: (s: string, from: number, to: number) => void): number {
  const first = input.codePointAt(i)!;
  let j = i + (first > 0xffff ? 2 : 1);
  while (j < input.length) {
    const cp = input.codePointAt(j)!;
    if (!mayCompose(cp)) break;
    j += cp > 0xffff ? 2 : 1;
  }
  const piece = input.slice(i, j);
  push(j - i === 1 && first < 0x300 ? piece : piece.normalize('NFC'), i, j);
  return j;
}

/** Lower case without accents, for matching headings and keywords in any spelling. */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}
