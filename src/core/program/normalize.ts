import { OffsetMapBuilder, type OffsetMap } from './offset-map';

/**
 * Cleans pasted text (line endings, odd spaces, invisible characters, NFD accents) while keeping,
 * for every output character, the range of the original input it came from — the setup screen
 * highlights question spans in the text the user actually pasted.
 */
export interface NormalizedText {
  text: string;
  /** Where each character of `text` came from in the original input (`originStart`, `originEnd`). */
  map: OffsetMap;
}

const enum Action {
  Keep,
  Drop,
  Space,
  Newline,
  Compose,
}

const COMBINING = /\p{M}/u;
/** NFD text repeats the same few clusters ("i" + acute…): compose each once. */
const nfcCache = new Map<string, string>();

function actionOf(c: number): Action {
  if (c < 0x80) {
    // Tabs separate the cells of a pasted table and form feeds the pages of a PDF: later steps read them.
    if (c >= 0x20 || c === 0x0a || c === 0x09 || c === 0x0c) return Action.Keep;
    if (c === 0x0d || c === 0x0b) return Action.Newline;
    return Action.Keep;
  }
  if (c < 0x300) {
    if (c === 0xa0) return Action.Space;
    if (c === 0xad) return Action.Drop;
    if (c === 0x85) return Action.Newline;
    return Action.Keep;
  }
  if (c <= 0x36f) return Action.Compose;
  if (c >= 0x2000 && c <= 0x206f) {
    if (c <= 0x200a || c === 0x202f || c === 0x205f) return Action.Space;
    if ((c >= 0x200b && c <= 0x200f) || c === 0x2060 || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) {
      return Action.Drop;
    }
    if (c === 0x2028 || c === 0x2029) return Action.Newline;
    return Action.Keep;
  }
  if (c === 0xfeff || c === 0x180e) return Action.Drop;
  if (c === 0x3000 || c === 0x1680) return Action.Space;
  if (c >= 0xd800 && c <= 0xdfff) return Action.Keep;
  // Rare: other combining marks, Hangul jamo, and singletons that NFC replaces.
  if ((c >= 0x1100 && c <= 0x11ff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0x2126 && c <= 0x212b)) return Action.Compose;
  return COMBINING.test(String.fromCharCode(c)) ? Action.Compose : Action.Keep;
}

/** Characters `actionOf` may not keep as they are (a superset; `actionOf` decides). */
const MAYBE_SPECIAL = /[\x00-\x09\x0b-\x1f\x85\xa0\xad\u2000-\u200f\u2028-\u202f\u205f-\u206f]|[^\x00-\u02ff\u2010-\u2027\u2030-\u205e]/g;

/** Linear in the input: unchanged runs are copied as slices, only special characters are handled one by one. */
export function normalizeText(input: string): NormalizedText {
  const n = input.length;
  const map = new OffsetMapBuilder();
  const parts: string[] = [];
  const emit = (s: string, from: number, to: number): void => {
    map.replaced(from, to, s.length);
    parts.push(s);
  };
  let runStart = 0;
  const flush = (upTo: number): void => {
    if (upTo <= runStart) return;
    map.copied(runStart, upTo - runStart);
    parts.push(input.slice(runStart, upTo));
  };
  let i = 0;
  while (i < n) {
    // Jump straight to the next character that may need work; everything between is copied as is.
    MAYBE_SPECIAL.lastIndex = i;
    if (!MAYBE_SPECIAL.test(input)) break;
    i = MAYBE_SPECIAL.lastIndex - 1;
    const c = input.charCodeAt(i);
    const action = actionOf(c);
    if (action === Action.Keep) {
      i++;
      continue;
    }
    if (action === Action.Compose) {
      // The base character just before the mark joins the cluster.
      const base = i > runStart && input.charCodeAt(i - 1) !== 0x0a ? i - 1 : i;
      flush(base);
      let j = i + 1;
      while (j < n && actionOf(input.charCodeAt(j)) === Action.Compose) j++;
      const cluster = input.slice(base, j);
      let composed = nfcCache.get(cluster);
      if (composed === undefined) {
        composed = cluster.normalize('NFC');
        if (nfcCache.size < 4096) nfcCache.set(cluster, composed);
      }
      emit(composed, base, j);
      i = runStart = j;
      continue;
    }
    flush(i);
    let next = i + 1;
    if (action === Action.Space) emit(' ', i, next);
    else if (action === Action.Newline) {
      if (c === 0x0d && input.charCodeAt(next) === 0x0a) next++;
      emit('\n', i, next);
    }
    i = runStart = next;
  }
  flush(n);
  return { text: parts.length === 1 ? parts[0]! : parts.join(''), map: map.finish(n, n) };
}

/** Lower case without accents, for matching headings and keywords in any spelling: the app's one fold. */
export { fold } from '../text/fold';
