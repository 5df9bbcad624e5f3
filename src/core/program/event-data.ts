import { findDates, findEventDate } from './dates';
import { isEventFieldLine, isPanelLabel, isSectionHeading, isTimeLine } from './headings';
import type { Line } from './lines';
import { markerAt } from './markers';
import { fold } from './normalize';
import { findOrganisers } from './organisers';
import { headingOnLine, isSectionLine } from './questions';
import { findPlace, findStartTime } from './venue';

export interface ProgramEventData {
  title: string;
  subtitle: string;
  /** `YYYY-MM-DD`, or '' when no date was found. */
  date: string;
  /** `HH:MM` the event starts at, or '' when the program gives no time. */
  startTime: string;
  /** Where it is held, as written after "Lugar:" / "Venue:", or ''. */
  place: string;
  objectives: string[];
  organisers: string[];
}

/** How far into the text the event data is looked for: it sits at the top of a program. */
const HEAD_LINES = 400;
const MAX_OBJECTIVES = 12;

const EVENT_WORDS =
  /\b(?:conversatorio|foro|forum|seminario|seminar|seminario|webinar|webinario|panel|jornadas?|encuentro|encontro|congreso|congress|conference|conferencia|conferencia|cumbre|summit|taller|workshop|oficina|simposio|symposium|coloquio|colloquium|dialogo|dialogue|mesa redonda|roundtable|round table|roda de conversa|debate|sesion|session|cycle|ciclo|convencion|convention|reunion|meeting|festival)\b/;
const NOISE =
  /^(?:pasar al contenido|saltar al contenido|ir al contenido|skip to|pular para|inicio|home|menu|buscar|search|busca|iniciar sesion|log ?in|sign in|registrarse|idioma|language|espanol|english|portugues|compartir|share|compartilhar|facebook|twitter|linkedin|whatsapp|instagram|youtube|imprimir|print|volver|back|eventos|events|noticias|news|contacto|contact|mapa del sitio|sitemap|aviso de privacidad|privacy)\b/;
const FIELD =
  /^(?:topic|tema|temas|categoria|category|tags?|etiquetas?|fecha|date|data|hora|time|horario|lugar|place|local|sede|venue|modalidad|modality|formato|format|autor|author|publicado|published|by|por|organiza\w*|ubicacion|location|duracion|duration)\s*:/;
const EXPLICIT_TITLE = /^(?:t[ií]tulo(?: del evento)?|title|event(?:o)?|nombre del evento|event name|nome do evento)\s*:\s*(.+)$/i;
const EXPLICIT_SUBTITLE = /^(?:subt[ií]tulo|subtitle)\s*:\s*(.+)$/i;
const OBJECTIVES_HEADING =
  /^(?:(?:nuestros |los |os )?(?:objetivos?|objectives?|goals?|aims?|purpose|proposito|propositos|finalidad)(?: (?:general(?:es)?|especificos?|del (?:evento|conversatorio|foro|encuentro)|do evento|of the (?:event|session)|the event))?)$/;

export function extractEventData(norm: string, lines: Line[], firstQuestionLine: number): ProgramEventData {
  const head = lines.slice(0, Math.min(HEAD_LINES, firstQuestionLine < 0 ? lines.length : firstQuestionLine));
  const { title, subtitle } = findTitle(head);
  return {
    title,
    subtitle,
    date: findEventDate(norm),
    startTime: findStartTime(head),
    place: findPlace(head),
    objectives: findObjectives(lines.slice(0, HEAD_LINES)),
    organisers: findOrganisers(paragraphs(head).concat(labelledOrganisers(head)).slice(0, 200)),
  };
}

function findTitle(head: Line[]): { title: string; subtitle: string } {
  let explicitSubtitle = '';
  for (const line of head) {
    const sub = EXPLICIT_SUBTITLE.exec(line.text);
    if (sub) explicitSubtitle = sub[1]!.trim();
  }
  for (const line of head) {
    const m = EXPLICIT_TITLE.exec(line.text);
    if (m) return splitTitle(m[1]!.trim(), explicitSubtitle);
  }
  const counts = new Map<string, number>();
  for (const line of head) counts.set(line.text, (counts.get(line.text) ?? 0) + 1);
  let best: { text: string; score: number; index: number } | null = null;
  head.forEach((line, i) => {
    const t = line.text;
    if (!isTitleCandidate(t)) return;
    const folded = fold(t);
    // "Mesa 1: Gobernanza" names a part of the forum; "Segundo Conversatorio…" may still be the title.
    const score = (EVENT_WORDS.test(folded) ? 5 : 0) + ((counts.get(t) ?? 0) > 1 ? 3 : 0) - (isPanelLabel(t) ? 4 : 0) - i * 0.05;
    if (!best || score > best.score) best = { text: t, score, index: i };
  });
  const chosen = best as { text: string; score: number; index: number } | null;
  if (!chosen) return { title: '', subtitle: explicitSubtitle };
  const split = splitTitle(chosen.text, explicitSubtitle);
  const next = head[chosen.index + 1];
  if (!split.subtitle && next && next.gapBefore === 0) split.subtitle = quotedMotto(next.text);
  return split;
}

/** A motto in quotes on the line under the title ("Tejiendo futuro desde el territorio") is the subtitle. */
function quotedMotto(text: string): string {
  const m = /^["“«'‘](.{3,200})["”»'’]\.?$/u.exec(text.trim());
  return m && !/["“”«»]/u.test(m[1]!) && m[1]!.split(' ').length <= 20 ? m[1]!.trim() : '';
}

function isTitleCandidate(t: string): boolean {
  if (t.length > 200) return false;
  const words = t.split(' ').length;
  if (words < 2 || words > 25 || t.length > 200 || t.includes('?') || t.includes('¿')) return false;
  const folded = fold(t);
  if (NOISE.test(folded) || FIELD.test(folded) || /https?:|www\./.test(folded)) return false;
  if (isSectionHeading(t) || isTimeLine(t) || headingOnLine({ start: 0, end: t.length, text: t, gapBefore: 0 })) return false;
  if (markerAt(t)) return false;
  // "Martes 15 de junio de 2021, 10:00 h" is the date line, not the title.
  if (words <= 10 && findDates(t).length > 0) return false;
  if (/[.;,]$/.test(t) && words > 8) return false;
  return /\p{L}/u.test(t);
}

/** "Segundo Conversatorio Metropolitano: Zonas metropolitanas: …" → title and subtitle. */
function splitTitle(written: string, explicitSubtitle: string): { title: string; subtitle: string } {
  // "# Conversatorio…" or "**Conversatorio…**" pasted from Markdown: the marks are not the title.
  const text = written
    .replace(/^#{1,6}\s+/, '')
    .replace(/^(\*\*|__)(.+)\1$/, '$2')
    .trim();
  const piped = text.split(/\s+\|\s+/);
  let title = (piped.find((p) => EVENT_WORDS.test(fold(p))) ?? piped[0]!).trim();
  if (explicitSubtitle) return { title, subtitle: explicitSubtitle };
  const m = /^(.{3,}?)(?::\s+|\s+[–—-]\s+)(.+)$/.exec(title);
  if (m && m[1]!.split(' ').length >= 2) {
    title = m[1]!.trim();
    return { title, subtitle: m[2]!.trim() };
  }
  return { title, subtitle: '' };
}

function findObjectives(lines: Line[]): string[] {
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.text;
    if (t.length > 200) continue;
    const colon = t.indexOf(':');
    const headingPart = colon > 0 && colon < 40 ? t.slice(0, colon) : t;
    if (!isObjectivesHeading(headingPart)) continue;
    const inline = colon > 0 && colon < 40 ? t.slice(colon + 1).trim() : '';
    return collectObjectives(lines, i + 1, inline);
  }
  return [];
}

function isObjectivesHeading(text: string): boolean {
  if (text.length > 60) return false;
  return OBJECTIVES_HEADING.test(
    fold(text)
      .replace(/^[\s#*\d.)]+|[\s*:.]+$/g, '')
      .replace(/\s+/g, ' '),
  );
}

function collectObjectives(lines: Line[], from: number, inline: string): string[] {
  const out: string[] = inline ? [inline] : [];
  let paragraph: string[] = [];
  const flush = (): void => {
    if (paragraph.length > 0) out.push(paragraph.join(' ').replace(/\s+/g, ' ').trim());
    paragraph = [];
  };
  for (let j = from; j < lines.length && out.length < MAX_OBJECTIVES; j++) {
    const line = lines[j]!;
    const t = line.text;
    const marker = markerAt(t);
    if (isObjectivesHeading(t)) {
      // "Objetivo general" then "Objetivos específicos": one list.
      flush();
      continue;
    }
    if (isSectionLine(line) || headingOnLine(line) || isTimeLine(t) || isPanelLabel(t)) break;
    if (inline && (line.gapBefore > 0 || !marker)) break;
    const words = t.split(' ').length;
    if (!marker && line.gapBefore > 0 && words <= 6 && !/[.;:]$/.test(t) && (paragraph.length > 0 || out.length > 0)) break;
    if (marker || line.gapBefore > 0) flush();
    paragraph.push(marker ? t.slice(marker.length) : t);
  }
  flush();
  return out.filter((o) => /\p{L}/u.test(o));
}

/**
 * The head's paragraphs, a wrapped line joined to the one above. A header line ("Fecha: …", a date,
 * a time) starts its own: "Hosted by the Pacific Network" + "Wednesday, 12 May" is not one name.
 */
function paragraphs(head: Line[]): string[] {
  const out: string[] = [];
  let cur: string[] = [];
  for (const line of head) {
    const own = isEventFieldLine(line.text) || isTimeLine(line.text) || (line.text.length <= 120 && findDates(line.text).length > 0);
    if ((line.gapBefore > 0 || own) && cur.length > 0) {
      out.push(cur.join(' '));
      cur = [];
    }
    cur.push(line.text);
  }
  if (cur.length > 0) out.push(cur.join(' '));
  return out;
}

const ORGANISER_LABEL =
  /^(?:organiza(?:n|dores|do por|da por)?|organizers|organisers|organi[sz]ed by|hosted by|convoca(?:n|ntes)?|realiza(?:n|cao)?|organizacao|promueven|promovem|coorganizan|co-?organizers)\s*:?\s*(.*)$/;

/** "Organizan: A, B y C" or an "Organizan" line followed by one organiser per line, as a prose sentence. */
function labelledOrganisers(head: Line[]): string[] {
  for (let i = 0; i < head.length; i++) {
    if (head[i]!.text.length > 300) continue;
    const m = ORGANISER_LABEL.exec(fold(head[i]!.text));
    if (!m) continue;
    const rest = head[i]!.text.slice(head[i]!.text.length - m[1]!.length).trim();
    const names = rest ? [rest] : [];
    for (let j = i + 1; !rest && j < head.length && names.length < 20; j++) {
      const t = head[j]!.text;
      if (head[j]!.gapBefore > (names.length === 0 ? 1 : 0)) break;
      if (isSectionLine(head[j]!) || headingOnLine(head[j]!) || t.split(' ').length > 12) break;
      names.push(t.slice(markerAt(t)?.length ?? 0));
    }
    if (names.length > 0) return [`organizado por ${names.join(', ')}.`];
  }
  return [];
}
