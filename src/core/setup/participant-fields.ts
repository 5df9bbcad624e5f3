import { fold } from '../text/fold';
import type { Gender, ParticipantRole } from '../model/types';

/** Words people write in a role column or before a colon ("Modera: …"), folded, in es/en/pt. */
const ROLE_WORDS: ReadonlyArray<[RegExp, ParticipantRole]> = [
  [/^(?:modera(?:dor(?:a|es|as)?|cion)?|moderated by|moderator|moderators|moderacao|moderadora?s?)$/, 'moderator'],
  [/^(?:relator(?:a|es|as|ia)?|relatoria|rapporteur|rapporteurs|note ?taker)$/, 'rapporteur'],
  [
    /^(?:ponentes?|panelistas?|panel|panel(?:l)?ists?|speakers?|expositor(?:a|es|as)?|conferencistas?|invitad[oa]s?|participantes?|palestrantes?)$/,
    'panellist',
  ],
  [/^(?:publico|audiencia|audience|asistentes?|attendees?)$/, 'audience'],
  [/^(?:otros?|otras?|other|others)$/, 'other'],
];

/** The role a word names, or null when it names none (a job title, say). */
export function roleFromWord(word: string): ParticipantRole | null {
  const key = fold(word)
    .replace(/[.:()]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!key) return null;
  for (const [pattern, role] of ROLE_WORDS) if (pattern.test(key)) return role;
  return null;
}

/**
 * The gender a cell states, or null when it states something we do not recognise. An empty
 * cell is 'unspecified': gender is self-described and optional, never guessed from a name.
 */
export function genderFromCell(cell: string): Gender | null {
  const key = fold(cell)
    .replace(/[.()]/g, '')
    .replace(/[\s_-]+/g, ' ')
    .trim();
  if (!key) return 'unspecified';
  if (/^(?:mujer|woman|female|femenino|f|w|mulher|feminino)$/.test(key)) return 'woman';
  if (/^(?:hombre|man|male|masculino|m|h|homem)$/.test(key)) return 'man';
  if (/^(?:no binari[oae]|nobinari[oae]|non binary|nonbinary|nb|enby|nao binari[oae])$/.test(key)) return 'non-binary';
  if (/^(?:prefiere no decir|prefiero no decir|prefer not to say|sin especificar|no especificado|unspecified|n\/?a|ninguno|-)$/.test(key)) {
    return 'unspecified';
  }
  return null;
}

/** `position-affiliation`: one cell holding "Cargo, Institución", split at its first comma. */
export type Column = 'name' | 'position' | 'affiliation' | 'position-affiliation' | 'role' | 'gender' | 'sector' | 'ignore';

/** What a spreadsheet header cell means, or null when the cell is not a header word. */
export function columnFromHeader(cell: string): Column | null {
  const key = fold(cell)
    .replace(/[.:*()]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (/^(?:nombres?(?: completo)?|name|full name|participante|nome|ponente|persona|person)$/.test(key)) return 'name';
  if (/^(?:cargo|puesto|position|job title|title|titulo|cargo \(opcional\))$/.test(key)) return 'position';
  if (/^(?:cargo (?:e|y|\/|,) ?institucion|position (?:and|\/|,) ?institution|cargo e organizacion)$/.test(key))
    return 'position-affiliation';
  if (
    /^(?:institucion|afiliacion|organizacion|organismo|dependencia|entidad|affiliation|institution|organi[sz]ation|empresa|company|instituicao)$/.test(
      key,
    )
  ) {
    return 'affiliation';
  }
  if (/^(?:sector|sector \(opcional\)|sector de procedencia|tipo de actor|ambito|stakeholder group|sector \(optional\))$/.test(key))
    return 'sector';
  if (/^(?:rol|role|papel|funcion|tipo|participacion)$/.test(key)) return 'role';
  if (/^(?:genero|gender|sexo|sex|genero \(opcional\)|gender \(optional\))$/.test(key)) return 'gender';
  if (/^(?:#|n|no|num|numero|number|correo|email|e-mail|telefono|phone)$/.test(key)) return 'ignore';
  return null;
}
