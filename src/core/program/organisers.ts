/**
 * Organisers named in a program's prose: acronyms in parentheses ("Red Nacional Metropolitana
 * (Renamet)"), upper-case acronyms ("SEDATU") and capitalised names after "en coordinación con",
 * "organizado por", "hosted by"… — only in sentences that talk about organising, and never guessed.
 */
import { fold } from './normalize';

const CUE =
  /\b(?:organiza\w*|organis\w*|coordinacion|coordination|coordenacao|colaboracion|collaboration|colaboracao|convoca\w*|auspicia\w*|patrocin\w*|sponsor\w*|host(?:ed|s)? by|apoyo de|support of|apoio d[aeo]s?|parceria|partnership|alianza con|en el marco de|realiza\w* por|promovid[oa]s? por|in association with)\b/;
const LIST_CUE = /\b(?:con|with|com|por|by|de|of|entre)\s+$/;
const STOP = new Set([
  'ODS',
  'SDG',
  'SDGS',
  'COVID',
  'SARS',
  'PDF',
  'URL',
  'HTML',
  'AM',
  'PM',
  'UTC',
  'GMT',
  'CST',
  'CDT',
  'ZOOM',
  'CDMX',
  'II',
  'III',
  'IV',
  'VI',
  'VII',
  'VIII',
  'IX',
  'XI',
  'XII',
  'XXI',
  'ONLINE',
  'COVID19',
  'TIC',
  'TICS',
]);
const CONNECTORS = new Set([
  'de',
  'del',
  'la',
  'las',
  'los',
  'el',
  'en',
  'y',
  'for',
  'of',
  'the',
  'and',
  'do',
  'da',
  'dos',
  'das',
  'e',
  'para',
  'on',
]);
/** Three or more upper-case words in a row, separated by spaces only. */
const SHOUTED = /\p{Lu}[\p{Lu}\d&-]*(?:[ \t]+\p{Lu}[\p{Lu}\d&-]*){2,}/gu;
const ARTICLES = /^(?:la|el|los|las|the|a|o|os|as)\s+/i;

export function findOrganisers(paragraphs: string[]): string[] {
  const found: { at: number; name: string }[] = [];
  let base = 0;
  for (const paragraph of paragraphs) {
    for (const sentence of paragraph.split(/(?<=[.;])\s+(?=\p{Lu})/u)) {
      if (sentence.length <= 1500 && CUE.test(fold(sentence))) collect(sentence, base, found);
      base += sentence.length + 1;
    }
  }
  const seen = new Set<string>();
  return found
    .sort((a, b) => a.at - b.at)
    .map((f) => f.name)
    .filter((name) => {
      const key = fold(name);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

function isAcronym(token: string): boolean {
  return /^\p{Lu}[\p{L}\d&-]{1,14}$/u.test(token) && !/^\d+$/.test(token) && !STOP.has(token.toUpperCase()) && !/^[IVXLC]+$/.test(token);
}

function collect(sentence: string, base: number, found: { at: number; name: string }[]): void {
  const parenRanges: [number, number][] = [];
  for (const m of sentence.matchAll(/\(([^()\n]{2,16})\)/g)) {
    const token = m[1]!.trim();
    if (isAcronym(token)) found.push({ at: base + m.index, name: token });
    parenRanges.push([m.index, m.index + m[0].length]);
  }
  const inParens = (i: number): boolean => parenRanges.some(([s, e]) => i >= s && i < e);
  // "MESA DE DIÁLOGO SOBRE SALUD MENTAL": a title in capitals, not a row of acronyms (same length, offsets kept).
  const unshouted = sentence.replace(SHOUTED, (run) => ' '.repeat(run.length));
  for (const m of unshouted.matchAll(/(?<![\p{L}\d-])\p{Lu}[\p{Lu}&]{2,11}(?![\p{L}\d-])/gu)) {
    if (!inParens(m.index) && isAcronym(m[0]) && !/[-–]\d/.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 2))) {
      found.push({ at: base + m.index, name: m[0] });
    }
  }
  // Capitalised names listed after "… con", "… por", "hosted by" (segments holding "(ACR)" are covered above).
  const folded = fold(sentence);
  for (const cue of folded.matchAll(new RegExp(CUE.source, 'g'))) {
    const after = cue.index + cue[0].length;
    const head = folded.slice(after, after + 12);
    const lead = /^\s*(?:con|with|com|por|by|de|entre)?\s*/.exec(head)![0].length;
    if (!LIST_CUE.test(folded.slice(0, after + lead)) && !/(?:by|of)$/.test(cue[0])) continue;
    let pos = after + lead;
    list: for (const clause of sentence.slice(pos).split(/[,;]/)) {
      const clauseAt = sentence.indexOf(clause, pos);
      pos = clauseAt + clause.length;
      // "Universidad Nacional (UNAM) y el Banco…": the acronym is taken above; read what follows it.
      const paren = clause.lastIndexOf(')');
      const rest = paren === -1 ? clause : clause.slice(paren + 1).replace(/^\s*(?:y|and|e)\s+/, '');
      if (paren !== -1 && !rest.trim()) continue;
      for (const part of rest.split(/\s+(?:y|and|e)\s+/)) {
        const name = capitalisedRun(part.trim().replace(ARTICLES, ''));
        if (!name) break list;
        if (!STOP.has(name.toUpperCase())) found.push({ at: base + clauseAt + clause.indexOf(part), name });
      }
    }
  }
}

/** The leading run of capitalised words ("Cities Alliance", "Banco Interamericano de Desarrollo"). */
function capitalisedRun(text: string): string {
  const words = text.split(/\s+/);
  const out: string[] = [];
  for (const w of words) {
    const clean = w.replace(/[.,:;”"»)]+$/, '');
    if (/^\p{Lu}/u.test(clean)) out.push(clean);
    else if (out.length > 0 && CONNECTORS.has(clean.toLowerCase())) out.push(clean);
    else break;
    if (clean !== w) break;
  }
  while (out.length > 0 && CONNECTORS.has(out[out.length - 1]!.toLowerCase())) out.pop();
  return out.join(' ');
}
