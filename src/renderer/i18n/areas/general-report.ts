import type { SameKeys } from '../same-keys';

/** The relatoría of an event with mesas: which relatoría to make, and the coordinator's general syntheses. */
const es = {
  scope: {
    label: 'Qué relatoría',
    hint: 'La general reúne todas las mesas bajo cada pregunta; la de una mesa solo lleva lo de esa mesa. La vista previa y todos los archivos siguen esta elección.',
    general: 'Relatoría general',
    mesa: 'Mesa: {{name}}',
  },
  general: {
    title: 'Síntesis general de cada pregunta',
    hint: 'Escribe la síntesis general de cada pregunta con las de las mesas a la vista: abre la pregunta en la relatoría general, antes de las síntesis de las mesas.',
    question: 'Pregunta',
    questionOption: 'Pregunta {{n}}. {{text}}',
    synthesis: 'Síntesis general de la pregunta {{n}}',
    mesasOf: 'Síntesis de las mesas de la pregunta {{n}}',
    noSynthesis: 'Esta mesa aún no ha escrito su síntesis.',
    noMesas: 'Ninguna mesa discute esta pregunta ni escribió una síntesis de ella.',
  },
};

const en: SameKeys<typeof es> = {
  scope: {
    label: 'Which report',
    hint: 'The general one brings every mesa together under each question; a mesa’s holds only that mesa’s. The preview and every file follow this choice.',
    general: 'General report',
    mesa: 'Mesa: {{name}}',
  },
  general: {
    title: 'General synthesis of each question',
    hint: 'Write the general synthesis of each question with the mesas’ in view: it opens the question in the general report, before the mesas’ syntheses.',
    question: 'Question',
    questionOption: 'Question {{n}}. {{text}}',
    synthesis: 'General synthesis of question {{n}}',
    mesasOf: 'The mesas’ syntheses of question {{n}}',
    noSynthesis: 'This mesa has not written its synthesis yet.',
    noMesas: 'No mesa discusses this question or wrote a synthesis of it.',
  },
};

export const generalReportCatalogue = { es: { generalReport: es }, en: { generalReport: en } };
