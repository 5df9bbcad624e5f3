import type { ParticipantRole } from '../model/types';
import { roleFromWord } from '../setup/participant-fields';
import { isSectionHeading, isTimeLine } from './headings';
import type { Line } from './lines';
import { markerAt } from './markers';
import { fold } from './normalize';
import { headingOnLine } from './questions';

/*
 * The people a program names for a role: "Modera: Laura Benavides (Universidad de Nariño)",
 * "Panelistas: A; B; C", or a "Ponentes" / "Speakers" heading over one person per line. They come
 * out as lines of a participant list ("Panelistas: Rosa Cely, lideresa comunal"), so the setup
 * screen previews them with the same reader as a pasted list and the user adds them, or not.
 * Only people under a role are taken: a name in the prose is never guessed to be a speaker.
 */

const MAX_PEOPLE = 200;
const MAX_SECTION = 60;
const LABELLED = /^([^:：]{2,30})[:：]\s*(.*)$/;
/** The first letters of every role word roleFromWord knows ("Modera", "Relatora", "Ponentes", "Speakers"…). */
const ROLE_STEM = /^[#*_\s]*(?:mod|rel|rap|not|pon|pan|spe|exp|con|inv|par|pal)/i;

/** The roles a program announces people for; the audience is not a list of names. */
const NAMED_ROLES: ReadonlySet<ParticipantRole> = new Set(['panellist', 'moderator', 'rapporteur']);

export function findPeople(lines: readonly Line[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (label: string, entry: string): void => {
    const key = personKey(entry);
    if (!key || seen.has(key) || out.length >= MAX_PEOPLE) return;
    seen.add(key);
    out.push(`${label}: ${entry}`);
  };
  for (let i = 0; i < lines.length && out.length < MAX_PEOPLE; i++) {
    const raw = lines[i]!.text;
    // Every role word starts with one of these stems: the other lines of a huge paste cost one test.
    if (raw.length > 300 || !(ROLE_STEM.test(raw) || (raw.includes('\t') && raw.includes(':')))) continue;
    const text = plain(raw);
    if (text.includes('\t')) {
      // An agenda table: "9:00<tab>Panel 1<tab>Modera: Juan Pérez".
      for (const cell of text.split('\t')) {
        const m = LABELLED.exec(cell.trim());
        if (m && isRoleLabel(m[1]!.trim()) && m[2]!.trim()) for (const entry of splitNames(m[2]!.trim())) add(m[1]!.trim(), entry);
      }
      continue;
    }
    const labelled = LABELLED.exec(text);
    const label = labelled ? labelled[1]!.trim() : text.replace(/[\s:]+$/, '');
    if (!isRoleLabel(label)) continue;
    const rest = labelled ? labelled[2]!.trim() : '';
    if (rest) {
      for (const entry of splitNames(rest)) add(label, entry);
      continue;
    }
    // "Ponentes" over one person per line.
    for (const entry of section(lines, i + 1)) add(label, entry);
  }
  return out;
}

function isRoleLabel(label: string): boolean {
  if (label.length > 40 || /\d/.test(label)) return false;
  const role = roleFromWord(label) ?? roleFromWord(label.split(/\s+/)[0]!);
  return role !== null && NAMED_ROLES.has(role);
}

/** The lines under a role heading that each name one person, until the list ends. */
function section(lines: readonly Line[], from: number): string[] {
  const entries: string[] = [];
  for (let j = from; j < lines.length && entries.length < MAX_SECTION; j++) {
    const line = lines[j]!;
    if (line.gapBefore > 1 || (line.gapBefore > 0 && entries.length > 0 && !markerAt(line.text) && !looksLikeName(line.text))) break;
    const text = plain(line.text);
    const marker = markerAt(text);
    const entry = (marker ? text.slice(marker.length) : text).trim();
    if (!isPersonLine(line, entry)) break;
    entries.push(entry);
  }
  return entries;
}

function isPersonLine(line: Line, entry: string): boolean {
  if (!entry || entry.length > 200 || entry.split(/\s+/).length > 25) return false;
  if (/[?¿]/.test(entry) || entry.endsWith(':') || isTimeLine(entry) || isSectionHeading(entry) || headingOnLine(line)) return false;
  if (LABELLED.test(entry) && isRoleLabel(LABELLED.exec(entry)![1]!)) return false;
  return /^[\p{Lu}"“«(]/u.test(entry) || /^(?:dr|dra|mtro|mtra|lic|ing|prof|sr|sra)\.?\s/i.test(entry);
}

/** "Dra. Ana Ruiz, UNAM": a short line that starts like a name, not a sentence. */
function looksLikeName(text: string): boolean {
  return text.length <= 160 && /^\p{Lu}/u.test(text) && !/[.;:]$/.test(text);
}

/**
 * "A; B; C", "A (X), B (Y)" or "A, B y C" → one entry each. A comma alone is not a separator:
 * "Rosa Cely, lideresa comunal" is one person with her job title.
 */
function splitNames(text: string): string[] {
  const bySemicolon = text.split(/\s*;\s*/).filter(Boolean);
  if (bySemicolon.length > 1) return bySemicolon;
  const parts = splitOutsideParens(text);
  if (parts.length > 1 && parts.slice(0, -1).every((p) => p.endsWith(')'))) return parts;
  const last = parts[parts.length - 1]!;
  const tail = last.split(/\s+(?:y|and|e)\s+/);
  const names = [...parts.slice(0, -1), ...tail];
  if (names.length > 1 && names.every((n) => /^\p{Lu}/u.test(n) && n.split(/\s+/).length <= 5)) return names;
  return [text];
}

function splitOutsideParens(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === ',' && depth === 0) {
      parts.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(text.slice(start).trim());
  return parts.filter(Boolean);
}

/** Markdown emphasis and heading marks around a pasted line ("**Modera:** …", "## Ponentes"). */
const plain = (text: string): string =>
  text
    .replace(/^#{1,6}\s+/, '')
    .replace(/\*\*|__/g, '')
    .trim();

/** The same person named twice (in the agenda and in the speakers' list) is offered once. */
function personKey(entry: string): string {
  const name = entry.split(/\s*[(,–—]|\s+-\s+/)[0]!;
  return fold(name).replace(/\s+/g, ' ').trim();
}
