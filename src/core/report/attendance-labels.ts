import type { Gender, Language } from '../model/types';

/** The words of the report's attendance section. */
export interface AttendanceLabels {
  heading: string;
  /** "Asistieron 57 personas." */
  total: (people: number) => string;
  /** Said when the figures add a list and hand counts, so a reader can check them. */
  sources: (listed: number, counted: number) => string;
  sector: string;
  /** The row of people with no sector. */
  noSector: string;
  /** Column headings: people of each gender (plural), and the total. */
  genders: Readonly<Record<Gender, string>>;
  totalColumn: string;
  listHeading: string;
  name: string;
  affiliation: string;
  position: string;
}

export const ATTENDANCE_LABELS: Readonly<Record<Language, AttendanceLabels>> = {
  es: {
    heading: 'Asistencia',
    total: (n) => (n === 1 ? 'Asistió 1 persona.' : `Asistieron ${n} personas.`),
    sources: (listed, counted) =>
      `La cifra suma la lista de asistencia (${listed === 1 ? '1 persona' : `${listed} personas`}) y el conteo hecho aparte (${counted === 1 ? '1 persona' : `${counted} personas`}).`,
    sector: 'Sector',
    noSector: 'Sin sector indicado',
    genders: { woman: 'Mujeres', man: 'Hombres', 'non-binary': 'No binarias', unspecified: 'Sin especificar' },
    totalColumn: 'Total',
    listHeading: 'Lista de asistentes',
    name: 'Nombre',
    affiliation: 'Organización',
    position: 'Cargo',
  },
  en: {
    heading: 'Attendance',
    total: (n) => (n === 1 ? '1 person attended.' : `${n} people attended.`),
    sources: (listed, counted) =>
      `The figure adds the attendance list (${listed === 1 ? '1 person' : `${listed} people`}) and the separate count (${counted === 1 ? '1 person' : `${counted} people`}).`,
    sector: 'Sector',
    noSector: 'No sector given',
    genders: { woman: 'Women', man: 'Men', 'non-binary': 'Non-binary', unspecified: 'Unspecified' },
    totalColumn: 'Total',
    listHeading: 'List of attendees',
    name: 'Name',
    affiliation: 'Organisation',
    position: 'Position',
  },
};
