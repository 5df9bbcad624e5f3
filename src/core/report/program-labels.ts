import type { Language } from '../model/types';

/** The words of the report's program (agenda) section. */
export interface ProgramLabels {
  heading: string;
  annexHeading: string;
  intro: string;
  question: string;
  speaker: string;
  plannedStart: string;
  planned: string;
  actualStart: string;
  actual: string;
  /** The row of turns planned outside any guiding question. */
  noQuestion: string;
  notHeld: string;
  unfinished: string;
  total: string;
  /** The photo annex. */
  photosHeading: string;
  photo: (n: number) => string;
  /** Markdown carries the captions; the pictures are in the DOCX and PDF. */
  photoNotInMarkdown: string;
}

export const PROGRAM_LABELS: Readonly<Record<Language, ProgramLabels>> = {
  es: {
    heading: 'Programa',
    annexHeading: 'Anexo: programa',
    intro:
      'Los turnos previstos en la preparación del evento y lo que ocurrió según el registro de la moderación: hora de inicio y tiempo hablado (sin pausas), en minutos y segundos.',
    question: 'Pregunta',
    speaker: 'Participante',
    plannedStart: 'Inicio previsto',
    planned: 'Previsto',
    actualStart: 'Inicio real',
    actual: 'Real',
    noQuestion: 'Sin pregunta',
    notHeld: 'no se tomó',
    unfinished: 'sin terminar',
    total: 'Total',
    photosHeading: 'Anexo fotográfico',
    photo: (n) => `Fotografía ${n}`,
    photoNotInMarkdown: 'imagen en las versiones Word y PDF de esta relatoría',
  },
  en: {
    heading: 'Programme',
    annexHeading: 'Annex: programme',
    intro:
      "The turns planned when the event was set up, and what happened according to the moderator's log: start time and time spoken (pauses left out), in minutes and seconds.",
    question: 'Question',
    speaker: 'Speaker',
    plannedStart: 'Planned start',
    planned: 'Planned',
    actualStart: 'Actual start',
    actual: 'Actual',
    noQuestion: 'No question',
    notHeld: 'not held',
    unfinished: 'not finished',
    total: 'Total',
    photosHeading: 'Photo annex',
    photo: (n) => `Photo ${n}`,
    photoNotInMarkdown: 'picture in the Word and PDF versions of this report',
  },
};
