import { GENDER_NAMES, KIND_NAMES, ROLE_NAMES } from '../i18n/domain-names';
import type { Gender, Language, NoteKind, ParticipantRole } from '../model/types';
import type { MethodologyFacts } from './methodology';
import { ATTENDANCE_LABELS, type AttendanceLabels } from './attendance-labels';
import { PROGRAM_LABELS, type ProgramLabels } from './program-labels';
import { MESA_LABELS, type MesaLabels } from './mesa-labels';

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
  /** Job title ("cargo"), a column apart from the institution. */
  position: string;
  affiliation: string;
  sector: string;
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
  /** The relatoría's own sections, in the order institutions print them. */
  executiveSummary: string;
  introduction: string;
  methodology: string;
  methodologyDraft: (facts: MethodologyFacts) => string;
  consensus: string;
  recommendations: string;
  nextSteps: string;
  signatures: string;
  preparedBy: string;
  reviewedBy: string;
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
  /** Speaking-time columns; every duration is written m:ss, as the moderator's clock shows it. */
  planned: string;
  adjustment: string;
  actual: string;
  difference: string;
  share: string;
  speakingTimeNote: string;
  /** Turns queued but never given the floor: listed apart, never counted in the figures. */
  notHeld: (list: string) => string;
  /** Turns started and never finished when the report was made: listed apart, not counted. */
  unfinished: (list: string) => string;
  annex: string;
  time: string;
  speaker: string;
  /** The speaker column when the report names people by cargo and institution, not by name. */
  speakerAsRole: string;
  kind: string;
  csv: {
    mesa: string;
    speaker: string;
    role: string;
    gender: string;
    question: string;
    actualStart: string;
    actualEnd: string;
    planned: string;
    adjustment: string;
    actual: string;
    difference: string;
    /** The actual time again in whole seconds, for spreadsheet sums (m:ss cells read as times of day). */
    seconds: string;
  };
  attendance: AttendanceLabels;
  program: ProgramLabels;
  mesas: MesaLabels;
  /** The running footer; `{page}` and `{pages}` become the page number and the page count. */
  pageOf: string;
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
  position: 'Cargo',
  affiliation: 'Institución',
  sector: 'Sector',
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
  executiveSummary: 'Resumen ejecutivo',
  introduction: 'Introducción y antecedentes',
  methodology: 'Metodología',
  methodologyDraft: (f) =>
    [
      (f.participants === 0
        ? 'El encuentro se realizó como conversatorio'
        : `El encuentro se realizó como conversatorio con ${f.panellists === 1 ? '1 ponente' : `${f.panellists} ponentes`} (${f.participants} participantes registrados)`) +
        (f.moderators.length > 0 ? `, con la moderación de ${f.moderators.join(' y ')}.` : ', con moderación.'),
      `La conversación siguió ${f.questions === 1 ? '1 pregunta guía' : `${f.questions} preguntas guía`}; la relatoría registró ${f.notes === 1 ? '1 intervención' : `${f.notes} intervenciones`}, atribuidas y con la hora en que se dijeron.`,
      f.planned || f.actual
        ? `El tiempo de palabra previsto fue de ${f.planned ?? '—'} y el real, cronometrado por la moderación, de ${f.actual ?? '—'}.`
        : '',
      f.session ? `La sesión duró ${f.session}.` : '',
    ]
      .filter(Boolean)
      .join(' '),
  consensus: 'Consensos y disensos',
  recommendations: 'Recomendaciones',
  nextSteps: 'Próximos pasos',
  signatures: 'Firmas',
  preparedBy: 'Elaboró',
  reviewedBy: 'Revisó',
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
  planned: 'Previsto',
  adjustment: 'Ajuste',
  actual: 'Real',
  difference: 'Diferencia',
  share: 'Proporción',
  speakingTimeNote:
    'Tiempos en minutos y segundos, tal como los mostró el cronómetro de la moderación. Real: tiempo hablado, sin pausas. Previsto, ajuste (tiempo dado o quitado durante el turno; en una discusión abierta, la corrección del conteo) y diferencia cuentan solo los turnos que se tomaron; diferencia = real − (previsto + ajuste), lo que el reloj marcaba al terminar. El género es el declarado por cada participante; «Sin especificar» se muestra aparte.',
  notHeld: (list) => `Turnos en cola que no se tomaron (no cuentan en las cifras): ${list}.`,
  unfinished: (list) => `Turnos que no se terminaron (no cuentan en las cifras): ${list}.`,
  annex: 'Anexo: notas en orden cronológico',
  time: 'Hora',
  speaker: 'Participante',
  speakerAsRole: 'Cargo e institución',
  kind: 'Tipo',
  csv: {
    mesa: 'Mesa',
    speaker: 'Participante',
    role: 'Rol',
    gender: 'Género',
    question: 'Pregunta',
    actualStart: 'Inicio real',
    actualEnd: 'Fin real',
    planned: 'Previsto',
    adjustment: 'Ajuste',
    actual: 'Real',
    difference: 'Diferencia',
    seconds: 'Real (segundos)',
  },
  attendance: ATTENDANCE_LABELS.es,
  program: PROGRAM_LABELS.es,
  mesas: MESA_LABELS.es,
  pageOf: 'Página {page} de {pages}',
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
  position: 'Position',
  affiliation: 'Institution',
  sector: 'Sector',
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
  executiveSummary: 'Executive summary',
  introduction: 'Introduction and background',
  methodology: 'Methodology',
  methodologyDraft: (f) =>
    [
      (f.participants === 0
        ? 'The meeting was held as a panel discussion'
        : `The meeting was held as a panel discussion with ${f.panellists === 1 ? '1 panellist' : `${f.panellists} panellists`} (${f.participants} registered participants)`) +
        (f.moderators.length > 0 ? `, moderated by ${f.moderators.join(' and ')}.` : ', with a moderator.'),
      `The conversation followed ${f.questions === 1 ? '1 guiding question' : `${f.questions} guiding questions`}; the rapporteur recorded ${f.notes === 1 ? '1 contribution' : `${f.notes} contributions`}, attributed and timed.`,
      f.planned || f.actual ? `Planned speaking time was ${f.planned ?? '—'}; actual, as timed by the moderator, ${f.actual ?? '—'}.` : '',
      f.session ? `The session lasted ${f.session}.` : '',
    ]
      .filter(Boolean)
      .join(' '),
  consensus: 'Consensus and dissent',
  recommendations: 'Recommendations',
  nextSteps: 'Next steps',
  signatures: 'Signatures',
  preparedBy: 'Prepared by',
  reviewedBy: 'Reviewed by',
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
  planned: 'Planned',
  adjustment: 'Adjustment',
  actual: 'Actual',
  difference: 'Difference',
  share: 'Share',
  speakingTimeNote:
    'Times in minutes and seconds, as the moderator\'s clock showed them. Actual: time spoken, pauses left out. Planned, adjustment (time given or taken during the turn; in an open discussion, the count\'s correction) and difference count only the turns that were held; difference = actual − (planned + adjustment), what the clock showed at the end. Gender is as each participant described it; "Unspecified" is shown apart.',
  notHeld: (list) => `Queued turns that were never held (not counted in the figures): ${list}.`,
  unfinished: (list) => `Turns that were never finished (not counted in the figures): ${list}.`,
  annex: 'Annex: notes in chronological order',
  time: 'Time',
  speaker: 'Speaker',
  speakerAsRole: 'Position and institution',
  kind: 'Kind',
  csv: {
    mesa: 'Mesa',
    speaker: 'Speaker',
    role: 'Role',
    gender: 'Gender',
    question: 'Question',
    actualStart: 'Actual start',
    actualEnd: 'Actual end',
    planned: 'Planned',
    adjustment: 'Adjustment',
    actual: 'Actual',
    difference: 'Difference',
    seconds: 'Actual (seconds)',
  },
  attendance: ATTENDANCE_LABELS.en,
  program: PROGRAM_LABELS.en,
  mesas: MESA_LABELS.en,
  pageOf: 'Page {page} of {pages}',
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
