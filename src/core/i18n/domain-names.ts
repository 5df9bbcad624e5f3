import type { Gender, Language, NoteKind, ParticipantRole } from '../model/types';

/*
 * The names of the domain's own values, per language: the UI catalogue, the report and the
 * command line all take them from here, so a role is never "Moderación" on screen and something
 * else in the relatoría. Typed by the domain's unions: a new role, gender or kind does not compile
 * until it has a name in every language.
 */

export const ROLE_NAMES: Readonly<Record<Language, Readonly<Record<ParticipantRole, string>>>> = {
  es: { panellist: 'Ponente', moderator: 'Moderación', rapporteur: 'Relatoría', audience: 'Público', other: 'Otro' },
  en: { panellist: 'Panellist', moderator: 'Moderator', rapporteur: 'Rapporteur', audience: 'Audience', other: 'Other' },
};

export const GENDER_NAMES: Readonly<Record<Language, Readonly<Record<Gender, string>>>> = {
  es: { woman: 'Mujer', man: 'Hombre', 'non-binary': 'No binario', unspecified: 'Sin especificar' },
  en: { woman: 'Woman', man: 'Man', 'non-binary': 'Non-binary', unspecified: 'Unspecified' },
};

/** One note's kind, as the rapporteur picks it while writing and as the report labels the note. */
export const KIND_NAMES: Readonly<Record<Language, Readonly<Record<NoteKind, string>>>> = {
  es: {
    idea: 'Idea',
    quote: 'Cita',
    proposal: 'Propuesta',
    agreement: 'Acuerdo',
    disagreement: 'Disenso',
    'audience-question': 'Pregunta del público',
    data: 'Dato o cifra',
    action: 'Acción',
  },
  en: {
    idea: 'Idea',
    quote: 'Quote',
    proposal: 'Proposal',
    agreement: 'Agreement',
    disagreement: 'Disagreement',
    'audience-question': 'Audience question',
    data: 'Data or figure',
    action: 'Action item',
  },
};
