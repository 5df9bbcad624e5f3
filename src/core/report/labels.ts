import { GENDER_NAMES, KIND_NAMES, ROLE_NAMES } from '../i18n/domain-names';
import type { Gender, Language, NoteKind, ParticipantRole } from '../model/types';

/** Every word the report itself prints; the report language is chosen per export, not from the UI. */
export interface ReportLabels {
  /** Its dates, numbers and the DOCX document language follow this language's row of LOCALES. */
  language: Language;
  /** Fallback title when the event has none. */
  report: string;
  organisers: string;
  date: string;
  place: string;
  timeSpan: string;
  rapporteur: string;
  contents: string;
  objectives: string;
  participants: string;
  name: string;
  affiliation: string;
  role: string;
  question: (n: number) => string;
  synthesis: string;
  notes: string;
  generalNotes: string;
  /** Heading of each kind's list inside a question, in the order they are printed. */
  kindHeadings: Record<NoteKind, string>;
  /** Label of one note's kind (chronological lists and the annex): the names the UI shows. */
  kindNames: Readonly<Record<NoteKind, string>>;
  roles: Readonly<Record<ParticipantRole, string>>;
  genders: Readonly<Record<Gender, string>>;
  conclusionsAndAgreements: string;
  conclusions: string;
  agreements: string;
  commitments: string;
  what: string;
  who: string;
  when: string;
  speakingTime: string;
  bySpeaker: string;
  byRole: string;
  byGender: string;
  unassigned: string;
  turns: string;
  plannedMinutes: string;
  actualMinutes: string;
  differenceMinutes: string;
  share: string;
  speakingTimeNote: string;
  annex: string;
  time: string;
  speaker: string;
  kind: string;
  csv: {
    speaker: string;
    role: string;
    gender: string;
    question: string;
    plannedSeconds: string;
    actualStart: string;
    actualEnd: string;
    seconds: string;
  };
  page: string;
}

const es: ReportLabels = {
  language: 'es',
  report: 'Relatoría',
  organisers: 'Organizan',
  date: 'Fecha',
  place: 'Lugar',
  timeSpan: 'Horario',
  rapporteur: 'Relatoría',
  contents: 'Contenido',
  objectives: 'Objetivos',
  participants: 'Participantes',
  name: 'Nombre',
  affiliation: 'Institución',
  role: 'Rol',
  question: (n) => `Pregunta ${n}`,
  synthesis: 'Síntesis',
  notes: 'Notas',
  generalNotes: 'Otras intervenciones',
  kindHeadings: {
    idea: 'Ideas clave',
    proposal: 'Propuestas',
    agreement: 'Acuerdos',
    disagreement: 'Disensos',
    data: 'Datos y cifras',
    quote: 'Citas',
    'audience-question': 'Preguntas del público',
    action: 'Compromisos',
  },
  kindNames: KIND_NAMES.es,
  roles: ROLE_NAMES.es,
  genders: GENDER_NAMES.es,
  conclusionsAndAgreements: 'Conclusiones y acuerdos generales',
  conclusions: 'Conclusiones',
  agreements: 'Acuerdos',
  commitments: 'Compromisos y acciones',
  what: 'Qué',
  who: 'Quién',
  when: 'Cuándo',
  speakingTime: 'Tiempo de palabra',
  bySpeaker: 'Por participante',
  byRole: 'Por rol',
  byGender: 'Por género',
  unassigned: 'Sin asignar',
  turns: 'Turnos',
  plannedMinutes: 'Previsto (min)',
  actualMinutes: 'Real (min)',
  differenceMinutes: 'Diferencia (min)',
  share: 'Proporción',
  speakingTimeNote:
    'Calculado con los turnos cronometrados (inicio y fin reales). El género es el declarado por cada participante; «Sin especificar» se muestra aparte.',
  annex: 'Anexo: notas en orden cronológico',
  time: 'Hora',
  speaker: 'Participante',
  kind: 'Tipo',
  csv: {
    speaker: 'Participante',
    role: 'Rol',
    gender: 'Género',
    question: 'Pregunta',
    plannedSeconds: 'Previsto (s)',
    actualStart: 'Inicio real',
    actualEnd: 'Fin real',
    seconds: 'Segundos',
  },
  page: 'Página',
};

const en: ReportLabels = {
  language: 'en',
  report: 'Report',
  organisers: 'Organised by',
  date: 'Date',
  place: 'Place',
  timeSpan: 'Time',
  rapporteur: 'Rapporteur',
  contents: 'Contents',
  objectives: 'Objectives',
  participants: 'Participants',
  name: 'Name',
  affiliation: 'Affiliation',
  role: 'Role',
  question: (n) => `Question ${n}`,
  synthesis: 'Synthesis',
  notes: 'Notes',
  generalNotes: 'Other contributions',
  kindHeadings: {
    idea: 'Key ideas',
    proposal: 'Proposals',
    agreement: 'Agreements',
    disagreement: 'Disagreements',
    data: 'Data and figures',
    quote: 'Quotes',
    'audience-question': 'Audience questions',
    action: 'Action items',
  },
  kindNames: KIND_NAMES.en,
  roles: ROLE_NAMES.en,
  genders: GENDER_NAMES.en,
  conclusionsAndAgreements: 'General conclusions and agreements',
  conclusions: 'Conclusions',
  agreements: 'Agreements',
  commitments: 'Commitments and action items',
  what: 'What',
  who: 'Who',
  when: 'When',
  speakingTime: 'Speaking time',
  bySpeaker: 'By speaker',
  byRole: 'By role',
  byGender: 'By gender',
  unassigned: 'Unassigned',
  turns: 'Turns',
  plannedMinutes: 'Planned (min)',
  actualMinutes: 'Actual (min)',
  differenceMinutes: 'Difference (min)',
  share: 'Share',
  speakingTimeNote:
    'Computed from timed turns (actual start and end). Gender is as each participant described it; "Unspecified" is shown apart.',
  annex: 'Annex: notes in chronological order',
  time: 'Time',
  speaker: 'Speaker',
  kind: 'Kind',
  csv: {
    speaker: 'Speaker',
    role: 'Role',
    gender: 'Gender',
    question: 'Question',
    plannedSeconds: 'Planned (s)',
    actualStart: 'Actual start',
    actualEnd: 'Actual end',
    seconds: 'Seconds',
  },
  page: 'Page',
};

export const REPORT_LABELS: Record<Language, ReportLabels> = { es, en };

/** Order of the kind lists inside a question when grouping by kind. */
export const KIND_ORDER: readonly NoteKind[] = [
  'idea',
  'proposal',
  'agreement',
  'disagreement',
  'data',
  'quote',
  'audience-question',
  'action',
];
