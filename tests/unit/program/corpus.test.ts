import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractProgram, isWeakRule, type QuestionRule } from '../../../src/core/program';

/**
 * Programs written the way institutions send them (tests/fixtures/programs): text copied from PDFs,
 * "ejes" without question marks, tables from Word, forwarded e-mails, Markdown, questions inside a
 * moderator's sentence, closing calls to action, lists given twice, plain agendas. Every file of the
 * corpus is listed here with the questions a rapporteur expects from it, in Spanish, English and Portuguese.
 */
const dir = new URL('../../fixtures/programs/', import.meta.url);
const read = (name: string): string => readFileSync(new URL(name, dir), 'utf8');

interface Expected {
  questions: string[];
  blocks?: string[];
  /** The rule of every item, when it is not 'list' for all. */
  rules?: QuestionRule[];
}

const EXPECTED: Record<string, Expected> = {
  'pdf-es-footer.txt': {
    questions: [
      '¿Qué mecanismos de financiamiento han permitido sostener la operación de los sistemas de transporte masivo sin trasladar todo el costo a las personas usuarias?',
      '¿Cómo se pueden integrar las encuestas origen-destino en la planeación de rutas y en la definición de las tarifas?',
      '¿Qué papel deben tener los municipios conurbados en la gobernanza del sistema integrado de transporte?',
      '¿Qué aprendimos de la pandemia sobre la resiliencia de la red?',
    ],
    blocks: Array(4).fill('Mesa 1. Transporte público y financiamiento'),
  },
  'pdf-en-footer.txt': {
    questions: [
      'How are coastal municipalities financing adaptation infrastructure, and what role do national development banks play?',
      'What early-warning systems have proved useful for informal settlements, and how were communities involved in designing them?',
      'How can land-use plans restrict new construction in flood-prone areas without displacing low-income households?',
    ],
  },
  'pdf-pt-footer.txt': {
    questions: [
      'Como os municípios podem ampliar a oferta de moradia bem localizada sem depender exclusivamente de programas federais?',
      'Quais instrumentos urbanísticos têm sido mais eficazes para combater a especulação imobiliária em áreas centrais?',
      'De que forma a assistência técnica pode apoiar a autoconstrução nas periferias?',
    ],
  },
  'ejes-es-1.txt': {
    questions: [
      'Gobernanza del agua y coordinación entre municipios, estado y federación.',
      'Tarifas justas y sostenibilidad financiera de los organismos operadores.',
      '¿Cómo garantizar el derecho humano al agua en las colonias sin red?',
      'Participación comunitaria y sistemas comunitarios de agua.',
    ],
    rules: ['statement', 'statement', 'list', 'statement'],
  },
  'ejes-es-2.txt': {
    questions: [
      'La agricultura familiar como base del abastecimiento de las ciudades',
      'Mercados de abastos, comedores populares y ollas comunes después de la pandemia',
      'El papel de los gobiernos locales en la compra pública de alimentos',
    ],
    rules: ['statement', 'statement', 'statement'],
  },
  'ejes-en-1.txt': {
    questions: [
      'Secure tenure without eviction: lessons from titling programs',
      'Upgrading basic services in consolidated informal neighborhoods',
      'Financing incremental housing through microcredit and community savings',
    ],
    rules: ['statement', 'statement', 'statement'],
  },
  'ejes-pt-1.txt': {
    questions: [
      'Infraestrutura cicloviária nas periferias',
      'Segurança viária e redução de velocidades',
      'Mulheres, cuidado e deslocamentos a pé',
    ],
    rules: ['statement', 'statement', 'statement'],
  },
  'table-es-1.txt': {
    questions: [
      '¿Cómo pueden los municipios acelerar la transición energética en el transporte público?',
      '¿Qué herramientas permiten a las ciudades intermedias reducir el riesgo de inundaciones?',
      '¿Cómo acceder a financiamiento internacional sin capacidades técnicas especializadas?',
    ],
    blocks: ['Mesa 1: Transición energética', 'Mesa 2: Adaptación y riesgo', 'Mesa 3: Financiamiento climático'],
    rules: ['table', 'table', 'table'],
  },
  'table-en-1.txt': {
    questions: [
      'Which skills will young people need for green jobs in the next decade?',
      'How can social protection reach young people working informally?',
      'What stops youth-led enterprises from growing beyond five employees?',
    ],
    blocks: ['Skills for the green economy', 'Informal work and social protection', 'Youth-led enterprises'],
    rules: ['table', 'table', 'table'],
  },
  'table-pt-1.txt': {
    questions: [
      'Quais serviços de saúde fazem mais falta no seu bairro?',
      'Como a escola pode se abrir mais para a comunidade?',
      'Que mudanças no transporte facilitariam o seu dia a dia?',
    ],
    blocks: ['Bloco 1', 'Bloco 2', 'Bloco 3'],
    rules: ['table', 'table', 'table'],
  },
  'email-es-1.txt': {
    questions: [
      '¿De qué manera el diseño del espacio público puede contribuir a la prevención de la violencia contra las mujeres?',
      '¿Qué experiencias de recuperación de parques y plazas han logrado sostenerse con participación vecinal?',
      '¿Cómo coordinar a las policías municipales con los programas sociales en los barrios?',
    ],
  },
  'email-es-2.txt': {
    questions: [
      '¿Qué instrumentos fiscales pueden movilizar suelo vacante para vivienda asequible en zonas centrales?',
      '¿Cómo evitar que los programas de mejoramiento de vivienda expulsen a las personas inquilinas?',
      '¿Qué papel pueden jugar las cooperativas de vivienda?',
    ],
  },
  'email-en-1.txt': {
    questions: [
      'What data do city health departments have on heat-related illness, and what is missing?',
      'How can early-warning messages reach people who work outdoors?',
      'Which cooling measures are affordable for informal settlements?',
    ],
  },
  'email-pt-1.txt': {
    questions: [
      'Como universalizar o saneamento nas favelas sem remoções?',
      'Qual deve ser o papel das companhias estaduais após o novo marco legal do saneamento?',
      'Como medir os impactos do saneamento na saúde das crianças?',
    ],
    blocks: Array(3).fill('Mesa 2 — Saneamento e Saúde'),
  },
  'subitems-es-1.txt': {
    questions: [
      '¿Cuáles son los principales retos de coordinación entre los municipios de la zona metropolitana en: a) la gestión de residuos sólidos, b) el transporte público, y c) la protección de las áreas naturales?',
      '¿Qué instancias de coordinación existen hoy y cuáles deberían crearse?',
      '¿Cómo se puede asegurar la participación de la sociedad civil en la planeación metropolitana?',
    ],
  },
  'subitems-en-1.txt': {
    questions: [
      'What has changed in the role of community health workers since 2020, in terms of a) workload, b) pay and contracts, c) training?',
      'How should community health workers be integrated into primary care teams?',
    ],
  },
  'subitems-pt-1.txt': {
    questions: [
      'Como os conselhos municipais têm acompanhado: a) a revisão dos planos diretores; b) a aplicação dos recursos do fundo de desenvolvimento urbano; c) os projetos de grande impacto?',
      'Que mudanças tornariam os conselhos mais representativos?',
    ],
  },
  'markdown-es-1.md': {
    questions: [
      '¿Qué infraestructura de cuidados necesitan los barrios para que las mujeres puedan trabajar y estudiar?',
      '¿Cómo pueden los gobiernos locales financiar centros comunitarios de cuidado sin depender de la federación?',
      '¿Qué aprendimos del programa Utopías de Iztapalapa y de las Manzanas del Cuidado de Bogotá?',
    ],
  },
  'markdown-en-1.md': {
    questions: [
      'How can cities share mobility data with researchers without putting privacy at risk?',
      'What would a minimum open data standard for municipal budgets look like?',
      'How do we train staff to use dashboards such as Urban Observatory in everyday decisions?',
    ],
    blocks: Array(3).fill('Panel: Data for Urban Decision-Making'),
  },
  'markdown-pt-1.md': {
    questions: [
      'Como as periferias estão se adaptando às ondas de calor?',
      'Que papel têm os coletivos locais na resposta às enchentes? Veja o relatório de 2022.',
      'Como financiar soluções baseadas na natureza nos bairros mais vulneráveis?',
    ],
  },
  'inline-es-1.txt': {
    questions: [
      '¿Qué oportunidades reales tienen hoy los jóvenes de los barrios de ladera?',
      '¿Cómo han cambiado las violencias en los territorios después del acuerdo de paz?',
      '¿Qué proponen los colectivos juveniles a la nueva administración?',
    ],
  },
  'inline-en-1.txt': {
    questions: [
      'What makes a public market thrive after a renovation?',
      'How can vendors be protected from rising rents?',
      'Who should manage markets: cities, cooperatives or private operators?',
    ],
  },
  'inline-pt-1.txt': {
    questions: [
      'Como garantir orçamento estável para os centros culturais?',
      'Que programação atrai o público jovem?',
      'Como envolver os artistas locais na gestão?',
    ],
  },
  'closing-es-1.txt': {
    questions: [
      '¿Cómo viven las mujeres el transporte público en horarios nocturnos?',
      '¿Qué medidas han funcionado para prevenir el acoso en el transporte?',
      '¿Qué falta para que los planes de movilidad incluyan las tareas de cuidado?',
    ],
  },
  'closing-pt-1.txt': {
    questions: [
      'Como garantir que as tecnologias urbanas não aprofundem as desigualdades?',
      'Quais dados as prefeituras devem abrir para a sociedade?',
      'Como proteger a privacidade dos cidadãos em projetos de câmeras e sensores?',
    ],
  },
  'closing-es-oneline.txt': {
    questions: [
      '¿Cómo reciben las ciudades fronterizas a las personas migrantes?',
      '¿Qué servicios locales deben garantizarse sin importar el estatus migratorio?',
      '¿Cómo combatir la xenofobia en los barrios?',
    ],
  },
  'closing-en-oneline.txt': {
    questions: ['How can cities include migrants in local planning?', 'What services should be available regardless of status?'],
  },
  'twice-es-1.txt': {
    questions: [
      '¿Qué sistemas de alerta temprana han funcionado en las ciudades andinas y qué los hizo sostenibles?',
      '¿Cómo reubicar asentamientos en zonas de riesgo sin romper las redes sociales y económicas de las familias?',
      '¿Qué mecanismos de financiamiento permiten reconstruir con rapidez y sin endeudar a los municipios?',
    ],
  },
  'twice-en-1.txt': {
    questions: [
      'Why has rental housing been neglected by housing policy?',
      'What incentives bring small landlords into formal rental programs?',
    ],
  },
  'agenda-es-1.txt': { questions: [] },
  'agenda-en-1.txt': { questions: [] },
};

describe('the program corpus', () => {
  it('lists every file of the corpus, and only those', () => {
    expect(readdirSync(dir).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))('%s', (name, expected) => {
    const text = read(name);
    const result = extractProgram(text);
    expect(result.questions.map((q) => q.text)).toEqual(expected.questions);
    if (expected.blocks) expect(result.questions.map((q) => q.block)).toEqual(expected.blocks);
    expect(result.questions.map((q) => q.rule)).toEqual(expected.rules ?? expected.questions.map(() => 'list'));
    for (const q of result.questions) {
      // Every span points at the question's own words in the file as given.
      const source = text.slice(q.span[0], q.span[1]);
      const firstWord = q.text.replace(/^[¿¡]/, '').split(/[\s,:;?]/)[0]!;
      expect(source).toContain(firstWord);
    }
  });

  it('marks for checking exactly the items found by a weaker rule', () => {
    expect(isWeakRule('list')).toBe(false);
    for (const rule of ['statement', 'table', 'fallback'] as const) expect(isWeakRule(rule)).toBe(true);
  });
});
