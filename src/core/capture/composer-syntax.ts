import type { Id, NoteKind, Participant } from '../model/types';
import { fold } from '../text/fold';

/**
 * The composer's shorthand, so a rapporteur never leaves the keyboard while listening:
 * a leading sign sets the note's kind, `@name` attributes it, `#tag` tags it.
 */
export const KIND_PREFIXES: readonly { prefix: string; kind: NoteKind }[] = [
  { prefix: '!', kind: 'agreement' },
  { prefix: '?', kind: 'audience-question' },
  { prefix: '"', kind: 'quote' },
  { prefix: '“', kind: 'quote' },
  { prefix: '«', kind: 'quote' },
  { prefix: '+', kind: 'proposal' },
  { prefix: '~', kind: 'disagreement' },
  { prefix: '%', kind: 'data' },
  { prefix: '>', kind: 'action' },
];

/** The kind a note's leading sign selects (leading spaces ignored), if it starts with one. */
export function prefixAt(text: string): { prefix: string; kind: NoteKind } | undefined {
  const start = text.trimStart();
  return KIND_PREFIXES.find((p) => start.startsWith(p.prefix));
}

export interface ParsedComposerInput {
  text: string;
  /** Set when the text starts with a kind prefix; otherwise the composer's selected kind applies. */
  kind: NoteKind | null;
  /** Set when an `@mention` matched a participant. */
  speakerId: Id | null;
  tags: string[];
}

const TAG = /(^|[\s(])#([\p{L}\p{N}_-]{1,60})/gu;
const TRAILING_TAGS = /(?:\s+#[\p{L}\p{N}_-]{1,60})+\s*$/u;
const MENTION = /(^|\s)@([\p{L}\p{N}.'’-]+(?:\s+[\p{L}\p{N}.'’-]+){0,4})/u;

export function parseComposerInput(raw: string, participants: readonly Participant[]): ParsedComposerInput {
  let text = raw.trim();
  let kind: NoteKind | null = null;
  const prefix = prefixAt(text);
  if (prefix) {
    kind = prefix.kind;
    // A quote's marks are settled once the mention and trailing tags are gone (below).
    if (prefix.kind !== 'quote') text = text.slice(prefix.prefix.length).trimStart();
  }

  let speakerId: Id | null = null;
  const mention = MENTION.exec(text);
  if (mention) {
    const match = matchParticipant(mention[2]!, participants);
    if (match) {
      speakerId = match.participant.id;
      const start = mention.index + mention[1]!.length;
      const consumed = 1 + match.consumedLength; // '@' + the words that matched
      text = (text.slice(0, start) + text.slice(start + consumed)).replace(/\s{2,}/g, ' ').trim();
      text = text.replace(/^[:,–—-]\s*/, '');
    }
  }

  const tags = [...new Set([...text.matchAll(TAG)].map((m) => m[2]!.toLowerCase()))];
  text = text.replace(TRAILING_TAGS, '').trim();
  if (prefix?.kind === 'quote') text = stripQuoteMarks(text, prefix.prefix);
  return { text, kind, speakerId, tags };
}

const CLOSING_MARKS = new Map([
  ['"', '"'],
  ['“', '”'],
  ['«', '»'],
]);

/**
 * The quote prefix's marks, both or neither: «cita» becomes cita; «cita (never closed) loses its
 * lone opening mark; «cita» dijo Ana keeps both, since the marks there enclose only part of the note.
 */
function stripQuoteMarks(text: string, open: string): string {
  if (!text.startsWith(open)) return text;
  const close = CLOSING_MARKS.get(open) ?? open;
  const body = text.slice(open.length);
  const closeAt = body.indexOf(close);
  if (closeAt === -1) return body.trim();
  if (closeAt === body.length - close.length) return body.slice(0, closeAt).trim();
  return text;
}

/**
 * Finds the participant an `@mention` names: the longest run of words after `@` that equals a
 * participant's full name or starts a name ("@ana" → "Ana María López"), accent- and
 * case-insensitive. Ambiguous short mentions match nobody rather than the wrong person.
 */
function matchParticipant(
  words: string,
  participants: readonly Participant[],
): { participant: Participant; consumedLength: number } | null {
  const live = participants.filter((p) => p.deletedAt === null).map((p) => ({ p, key: fold(p.name) }));
  const wordCount = words.split(/\s+/).length;
  for (let n = wordCount; n >= 1; n--) {
    const run = new RegExp(`^\\S+(?:\\s+\\S+){${n - 1}}`, 'u').exec(words)![0].replace(/[.,;:]+$/u, '');
    const key = fold(run);
    if (!key) continue;
    const exact = live.filter((c) => c.key === key);
    const candidates = exact.length ? exact : live.filter((c) => c.key.startsWith(key) && /^(\s|$)/u.test(c.key.slice(key.length)));
    if (candidates.length === 1) return { participant: candidates[0]!.p, consumedLength: run.length };
  }
  return null;
}
