import type { ActionItem, NoteKind } from '../model';
import type { Rng } from './prng';

/** Plausible, clearly generic Spanish phrases about metropolitan governance after the pandemic. */
const SUBJECTS = [
  'La coordinación metropolitana',
  'El transporte público',
  'La vivienda asequible',
  'El mercado de barrio',
  'La red comunitaria de mujeres',
  'La gestión del agua',
  'El espacio público',
  'Cada gobierno municipal',
  'La movilidad activa',
  'La seguridad alimentaria',
  'La economía de los cuidados',
  'El comercio local',
  'La información abierta',
  'La planeación urbana',
  'La participación vecinal',
  'El fondo metropolitano',
];

const PREDICATES = [
  'se volvió central durante la emergencia sanitaria',
  'requiere un presupuesto etiquetado y estable',
  'depende de acuerdos entre municipios vecinos',
  'dejó ver la desigualdad entre colonias',
  'necesita indicadores comunes para toda la zona metropolitana',
  'avanzó más rápido donde ya había confianza entre actores',
  'quedó fuera de los planes de emergencia',
  'podría financiarse con recursos metropolitanos',
  'debe incorporar la mirada de las mujeres que sostienen los cuidados',
  'se fortaleció gracias a las organizaciones de base',
  'no puede esperar a la siguiente administración',
  'funciona mejor cuando se decide cerca de la gente',
  'sigue pensándose desde el centro y no desde la periferia',
  'tiene que medirse con datos desagregados por sexo y territorio',
];

const CONNECTORS = [
  'Además,',
  'Sin embargo,',
  'Por eso',
  'En la práctica,',
  'Según lo compartido,',
  'A diferencia de antes,',
  'En varios municipios',
];

const PROPOSALS = [
  'crear un observatorio metropolitano de vivienda con datos abiertos',
  'instalar una mesa permanente de coordinación entre alcaldías',
  'etiquetar presupuesto para comedores comunitarios',
  'abrir los mercados públicos como centros de acopio',
  'diseñar rutas de transporte nocturno con perspectiva de género',
  'publicar cada trimestre los acuerdos metropolitanos y su avance',
  'formar a funcionariado municipal en planeación participativa',
  'reconocer legalmente a las redes vecinales de apoyo',
];

const QUESTIONS = [
  '¿Cómo se garantiza que los acuerdos sobrevivan a los cambios de gobierno?',
  '¿Quién financia la coordinación cuando los municipios no tienen recursos?',
  '¿Qué papel tienen las juventudes en estas mesas?',
  '¿Cómo se mide el impacto de las iniciativas comunitarias?',
  '¿Por qué las periferias siguen sin transporte digno?',
  '¿Se consultó a las mujeres de los barrios antes de decidir?',
];

const POPULATIONS = [
  'de los hogares de la periferia',
  'de las mujeres encuestadas',
  'de los mercados municipales',
  'de los viajes diarios',
  'de las colonias consultadas',
];
const FACTS = [
  'perdió ingresos durante el confinamiento',
  'depende del transporte público',
  'no tuvo acceso a internet estable',
  'participó en alguna red de apoyo',
  'cambió su forma de abastecerse',
];
const WHEN = ['antes de fin de mes', 'en 30 días', 'para la próxima sesión', 'en marzo', 'antes del informe anual', 'esta semana'];
const ACTIONS = [
  'Enviar la minuta a todos los municipios',
  'Compartir la base de datos de iniciativas comunitarias',
  'Convocar a la mesa de movilidad',
  'Preparar una propuesta de presupuesto',
  'Revisar el reglamento del fondo metropolitano',
  'Organizar un recorrido por los mercados',
];
export const DEMO_TAGS = [
  'gobernanza',
  'movilidad',
  'vivienda',
  'género',
  'agua',
  'economía',
  'alimentación',
  'datos',
  'presupuesto',
  'periferias',
];

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

function sentence(rng: Rng): string {
  return `${rng.pick(SUBJECTS)} ${rng.pick(PREDICATES)}.`;
}

function sentences(rng: Rng, count: number): string {
  const out = [sentence(rng)];
  for (let i = 1; i < count; i++) out.push(`${rng.pick(CONNECTORS)} ${lower(sentence(rng))}`);
  return out.join(' ');
}

/** Most notes are one line; some are paragraphs, as when a rapporteur catches a long argument. */
function length(rng: Rng): number {
  return rng.weighted([
    [1, 50],
    [rng.int(2, 3), 35],
    [rng.int(4, 8), 15],
  ]);
}

export function demoNoteText(kind: NoteKind, rng: Rng, speakerName: string | null): string {
  const n = length(rng);
  switch (kind) {
    case 'quote':
      return `«${sentences(rng, Math.min(n, 3))}»`;
    case 'proposal':
      return `Propuesta: ${rng.pick(PROPOSALS)}. ${n > 1 ? sentences(rng, n - 1) : ''}`.trim();
    case 'agreement':
      return `Hay acuerdo en que ${lower(sentences(rng, Math.min(n, 2)))}`;
    case 'disagreement':
      return `${speakerName ? `${speakerName} no comparte` : 'No se comparte'} que ${lower(sentence(rng))} ${n > 1 ? sentences(rng, n - 1) : ''}`.trim();
    case 'audience-question':
      return rng.pick(QUESTIONS);
    case 'data':
      return `El ${rng.int(12, 87)} % ${rng.pick(POPULATIONS)} ${rng.pick(FACTS)} (dato ilustrativo).`;
    case 'action':
      return rng.pick(ACTIONS);
    case 'idea':
      return sentences(rng, n);
  }
}

export function demoAction(rng: Rng, who: string): ActionItem {
  return { who, when: rng.pick(WHEN) };
}

export function demoSynthesis(rng: Rng): string {
  return `En esta pregunta ${lower(sentences(rng, 3))}\n\n- ${rng.pick(PROPOSALS)}\n- ${rng.pick(PROPOSALS)}`;
}
