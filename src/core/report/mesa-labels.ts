import type { Language } from '../model/types';

/** The words of the relatorías of an event with mesas: the general one and each mesa's. */
export interface MesaLabels {
  /** The cover's kicker of the coordinator's relatoría. */
  generalReport: string;
  /** The cover's kicker of one mesa's relatoría. */
  mesaReport: (name: string) => string;
  mesa: string;
  mesas: string;
  room: string;
  moderator: string;
  rapporteurs: string;
  /** Who keeps the general relatoría (the event's rapporteur). */
  coordinator: string;
  /** The section listing the mesas with their rooms, moderators and rapporteurs. */
  mesasHeading: string;
  /** A contribution's label when it was taken in the plenary. */
  plenary: string;
  /** A mesa's synthesis of a question, under that question in the general relatoría. */
  mesaSynthesis: (name: string) => string;
  /** The speaking-time table with one row per mesa. */
  byMesa: string;
}

export const MESA_LABELS: Readonly<Record<Language, MesaLabels>> = {
  es: {
    generalReport: 'Relatoría general',
    mesaReport: (name) => `Relatoría de la mesa: ${name}`,
    mesa: 'Mesa',
    mesas: 'Mesas',
    room: 'Sala',
    moderator: 'Moderación',
    rapporteurs: 'Relatores',
    coordinator: 'Coordinación',
    mesasHeading: 'Mesas de trabajo',
    plenary: 'Plenaria',
    mesaSynthesis: (name) => `Síntesis: ${name}`,
    byMesa: 'Por mesa',
  },
  en: {
    generalReport: 'General report',
    mesaReport: (name) => `Mesa report: ${name}`,
    mesa: 'Mesa',
    mesas: 'Mesas',
    room: 'Room',
    moderator: 'Moderator',
    rapporteurs: 'Rapporteurs',
    coordinator: 'Coordinator',
    mesasHeading: 'Working tables (mesas)',
    plenary: 'Plenary',
    mesaSynthesis: (name) => `Synthesis: ${name}`,
    byMesa: 'By mesa',
  },
};
