import type { Gender, ParticipantRole } from '../model';

export interface CastMember {
  name: string;
  affiliation: string;
  role: ParticipantRole;
  gender: Gender;
}

/** Invented people and institutions; the surnames say so, so nobody mistakes the demo for a record. */
export const DEMO_CAST: readonly CastMember[] = [
  { name: 'Mtra. Alicia Ejemplar Robles', affiliation: 'Red Metropolitana Ficticia', role: 'moderator', gender: 'woman' },
  { name: 'Dr. Julián Muestra Ortega', affiliation: 'Instituto Ficticio de Estudios Urbanos', role: 'panellist', gender: 'man' },
  { name: 'Arq. Renata Prueba Solís', affiliation: 'Colectivo Ciudad Inventada', role: 'panellist', gender: 'woman' },
  { name: 'Alex Simulado Luna', affiliation: 'Observatorio Demo de Movilidad', role: 'panellist', gender: 'non-binary' },
  { name: 'Lic. Tomás Ficción Aranda', affiliation: 'Municipio de Villa Ejemplo', role: 'panellist', gender: 'man' },
  { name: 'Dra. Marisol Imaginaria Vega', affiliation: 'Universidad Apócrifa', role: 'panellist', gender: 'woman' },
  { name: 'Ernesto Hipotético Ruiz', affiliation: 'Cámara de Comercio de Ejemplo', role: 'other', gender: 'unspecified' },
  { name: 'Voces del público (demo)', affiliation: '', role: 'audience', gender: 'unspecified' },
  { name: 'Sofía Supuesta Campos', affiliation: 'Relatoría de demostración', role: 'rapporteur', gender: 'woman' },
];
