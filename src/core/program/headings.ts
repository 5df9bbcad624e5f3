import { fold } from './normalize';

/**
 * Recognises the heading of a block of guiding questions ("Preguntas guía", "Guiding questions",
 * "Perguntas orientadoras"…) in any case, with or without accents, colon or list numbering, and
 * the other section headings that end such a block.
 */

const QUESTION_WORDS = new Set([
  'pregunta',
  'preguntas',
  'question',
  'questions',
  'pergunta',
  'perguntas',
  'questao',
  'questoes',
  'interrogante',
  'interrogantes',
  'cuestiones',
]);

/** Words that make "preguntas …" a block of guiding questions (folded, accentless). */
const QUALIFIERS = new Set([
  'guia',
  'guias',
  'guiding',
  'guide',
  'guiadoras',
  'orientadoras',
  'orientadores',
  'orientativas',
  'orientacion',
  'orientacao',
  'norteadoras',
  'norteadores',
  'detonadoras',
  'detonantes',
  'detonadores',
  'generadoras',
  'generadores',
  'geradoras',
  'generativas',
  'disparadoras',
  'disparadores',
  'motivadoras',
  'provocadoras',
  'provocativas',
  'rectoras',
  'conductoras',
  'conductores',
  'centrales',
  'centrais',
  'clave',
  'claves',
  'chave',
  'key',
  'discussion',
  'discusion',
  'discussao',
  'debate',
  'dialogo',
  'reflexion',
  'reflexao',
  'reflection',
  'reflexivas',
  'framing',
  'leading',
  'central',
  'core',
  'driving',
  'prompt',
  'prompts',
  'eje',
  'ejes',
  'sugeridas',
  'sugeridos',
  'suggested',
  'conversation',
  'conversacion',
  'conversa',
  'analisis',
  'analise',
  'trabajo',
  'para',
  'for',
  'detonadora',
  'guiar',
  'orientar',
  'orientation',
  'mesa',
  'panel',
  'painel',
  'conversatorio',
  'foro',
  'forum',
  'webinar',
  'planteadas',
  'propuestas',
  'propostas',
  'proposed',
  'responder',
  'abordar',
  'discutir',
  'debatir',
  'reflexionar',
  'considerar',
  'guiaran',
  'orientaran',
  'detonar',
  'answer',
  'explore',
  'consider',
  'address',
  'prompting',
  'provocation',
  'provocations',
  'reflexao',
  'panelistas',
  'panelists',
  'panellists',
  // "La moderadora planteará las siguientes preguntas:", "the moderator will put these questions to the panel:"
  'siguientes',
  'seguintes',
  'following',
  'moderadora',
  'moderador',
  'moderator',
  'mediadora',
  'mediador',
  'planteara',
  'plantearan',
  'orientadora',
  'orientador',
  'generadora',
  'geradora',
  'norteadora',
  'disparadora',
  'motivadora',
  'provocadora',
  'rectora',
  'conductora',
  'detonante',
  'ponentes',
  'palestrantes',
  'speakers',
  'debater',
  'refletir',
]);

/** Words that mark a Q&A session or an FAQ rather than guiding questions. */
const EXCLUDED = new Set([
  'respuestas',
  'answers',
  'respostas',
  'frecuentes',
  'frequentes',
  'frequently',
  'asked',
  'faq',
  'faqs',
  'publico',
  'audience',
  'audiencia',
  'asistentes',
  'plateia',
  'participantes',
  'participants',
  'q&a',
  'p&r',
  'preguntas&respuestas',
  'envia',
  'envie',
  'enviar',
  'envianos',
  'haz',
  'hagan',
  'haga',
  'send',
  'submit',
  'ask',
  'tus',
  'your',
  'sus',
  'suas',
  'deja',
  'dejanos',
  'escribe',
  'escribenos',
  'correo',
  'email',
  'mail',
  'chat',
  'comentarios',
  'comments',
  'formulario',
  'form',
]);

/** Words that name a part of the forum by themselves ("Mesa redonda", "Panel de alcaldes"). */
const PANEL_WORDS = 'mesa|panel|painel|bloque|bloco|eje|eixo|sesion|session|sessao|modulo|track';
/** Words that name a part of the forum only when numbered ("Tema 2", "Day 1", "Conversatorio 3"). */
const NUMBERED_PANEL_WORDS =
  'tema|parte|part|grupo|group|dia|day|jornada|ronda|round|segmento|segment|conversatorio|taller|workshop|oficina|block|module|bloco';
const NUMBER =
  '(?:\\d{1,2}|[ivxlc]{1,5}|[a-z]|un[oa]|dos|tres|cuatro|one|two|three|four|primer[oa]?|segund[oa]|tercer[oa]?|first|second|third)\\b';

const ORDINAL = '(?:\\d{1,2}(?:st|nd|rd|th|ª|º|°|a|o)?|primer[oa]?|segund[oa]|tercer[oa]?|cuart[oa]|first|second|third|fourth)';

/** A line naming a panel or part of the forum: "Mesa 1", "Panel II: Economía", "Eje temático 3"… */
const PANEL_LABEL = new RegExp(
  `^(?:(?:${PANEL_WORDS})\\b|(?:${NUMBERED_PANEL_WORDS})(?:\\s+(?:tematic[ao]|thematic))?\\s*[.:\\-–—]?\\s*${NUMBER}|${ORDINAL}\\s+(?:${PANEL_WORDS}|${NUMBERED_PANEL_WORDS})\\b)`,
);

const PANEL_WORD = new RegExp(`\\b(?:${PANEL_WORDS}|${NUMBERED_PANEL_WORDS})\\b`);

export interface QuestionHeading {
  /** The heading as written, without numbering, decoration or colon. */
  text: string;
  /** A panel label written on the heading line ("Mesa 1 – Preguntas guía" → "Mesa 1"), or ''. */
  label: string;
}

/** Markdown marks, list numbering (also roman: "IV. PREGUNTAS GUÍA") and trailing colons around a heading. */
const DECORATION = /^(?:[\s#*_>|=~·•\-–—\d.)(]+|[ivxlc]{1,6}[.)]\s+)+|[\s*_:|=~.\-–—]+$/gi;

function tokens(folded: string): string[] {
  return folded.split(/[^\p{L}\p{N}&]+/u).filter(Boolean);
}

/** Cheap test before folding: every heading contains one of these stems. */
const QUESTION_STEM = /preg|quest|pergun|interrog|cuesti/i;

/** Programs repeat the same short lines ("Preguntas guía" per panel): remember the verdicts. */
function memo<T>(fn: (line: string) => T): (line: string) => T {
  const cache = new Map<string, T>();
  return (line) => {
    let v = cache.get(line);
    if (v === undefined && !cache.has(line)) {
      v = fn(line);
      if (cache.size > 5000) cache.clear();
      cache.set(line, v);
    }
    return v as T;
  };
}

/** The heading of a guiding-question block, or null. `line` is one trimmed line without `?`. */
export function questionHeading(line: string): QuestionHeading | null {
  if (line.length > 120 || line.includes('?') || !QUESTION_STEM.test(line)) return null;
  return cachedHeading(line);
}

const cachedHeading = memo(computeQuestionHeading);

function computeQuestionHeading(line: string): QuestionHeading | null {
  const text = line.replace(DECORATION, '').trim();
  if (!text) return null;
  const folded = fold(text);
  const words = tokens(folded);
  if (words.length === 0 || words.length > 14) return null;
  // A sentence in running prose that merely mentions questions is not a heading.
  if (/[.;,]\s*$/.test(line) && !/^\S+\.$/.test(line.trim()) && words.length > 4) return null;
  const q = words.findIndex((w) => QUESTION_WORDS.has(w));
  if (q === -1 || words.some((w) => EXCLUDED.has(w))) return null;
  const qualified = words.some((w, i) => i !== q && QUALIFIERS.has(w));
  if (!qualified && words.length > 1) return null;
  return { text, label: headingLabel(text, folded) };
}

/** The label part of a heading line: before the heading phrase, or a panel name after it. */
function headingLabel(text: string, folded: string): string {
  const qm = /\b(?:preguntas?|questions?|perguntas?|questoes|questao|interrogantes?|cuestiones)\b/.exec(folded);
  if (!qm) return '';
  const before = text
    .slice(0, qm.index)
    .replace(/[\s:|\-–—,(]+$/, '')
    .trim();
  // Only a panel name counts: "The following questions…" or "Algunas preguntas…" carry no label.
  if (before && (isPanelLabel(before) || /\b(?:\d{1,2}|[IVX]{1,4})\b/.test(before))) return before;
  const panel = PANEL_WORD.exec(folded.slice(qm.index));
  if (!panel) return '';
  const label = text
    .slice(qm.index + panel.index)
    .replace(/[\s:|\-–—)]+$/, '')
    .trim();
  // "…questions to the panel": a panel word alone names no panel.
  return /\s/.test(label) ? label : '';
}

/** True for a line naming a panel or part of the forum inside or just before a block. */
export function isPanelLabel(line: string): boolean {
  if (line.length > 120 || line.includes('?')) return false;
  return cachedPanel(line);
}

const cachedPanel = memo((line: string): boolean => {
  const folded = fold(line.replace(DECORATION, ''));
  return PANEL_LABEL.test(folded) && tokens(folded).length <= 14;
});

const SECTION_HEADINGS = new RegExp(
  '^(?:' +
    [
      'objetivos?(?: \\S+){0,3}',
      'objectives?',
      'goals?',
      'aims?',
      'purpose',
      'proposito',
      'justificacion',
      'antecedentes',
      'background',
      'contexto',
      'context',
      'introduccion',
      'introduction',
      'introducao',
      'programa(?: \\S+){0,2}',
      'program(?:me)?',
      'programacao',
      'agenda(?: \\S+){0,2}',
      'orden del dia',
      'ponentes',
      'panelistas',
      'panelists',
      'speakers',
      'palestrantes',
      'participantes',
      'invitad[oa]s',
      'moderador(?:a|es)?',
      'moderation',
      'moderacion',
      'moderacao',
      'relator(?:a|ia)?',
      'rapporteur',
      'documentos(?: de referencia)?',
      'documents',
      'referencias?',
      'references',
      'bibliografia',
      'materiales',
      'recursos',
      'resources',
      'descargas?',
      'downloads?',
      'inscripcion(?:es)?',
      'registro',
      'registration',
      'register',
      'inscricoes',
      'inscricao',
      'fecha',
      'date',
      'data',
      'lugar',
      'sede',
      'venue',
      'location',
      'local',
      'contacto',
      'contact',
      'contato',
      'compartir',
      'share',
      'compartilhar',
      'organiza(?:n|dores|do por)?',
      'organizers',
      'organisers',
      'organizadores',
      'convocan?',
      'aliados',
      'partners',
      'metodologia',
      'methodology',
      'dinamica',
      'formato',
      'format',
      'resultados esperados',
      'expected outcomes',
      'conclusiones',
      'conclusions',
      'relatoria',
      'notas',
      'notes',
      'temas?',
      'topics?',
      'ejes tematicos',
      'descripcion',
      'description',
      'resumen',
      'summary',
      'sobre el evento',
      'about',
      'acerca de',
      'leer mas',
      'read more',
      'ver mas',
      'saiba mais',
      'enlaces',
      'links',
      'transmision',
      'streaming',
      'video',
      'galeria',
      'gallery',
      'noticias',
      'news',
      'etiquetas',
      'tags',
    ].join('|') +
    ')$',
);

/** A heading of another section (objectives, agenda, speakers, references…), which ends a block. */
export function isSectionHeading(line: string): boolean {
  if (line.length > 60 || line.includes('?')) return false;
  return cachedSection(line);
}

const cachedSection = memo((line: string): boolean => {
  const folded = fold(line.replace(DECORATION, '')).replace(/\s+/g, ' ').trim();
  return SECTION_HEADINGS.test(folded);
});

/** An agenda line with a time ("10:00 – 10:15 Bienvenida", "9.30 h", "10h00"). */
export function isTimeLine(line: string): boolean {
  return /^(?:de\s+)?\d{1,2}(?::\d{2}|\.\d{2}(?!\d)|\s?h\s?\d{2}|\s?(?:hrs?|h|am|pm)\b)/i.test(line);
}

/**
 * A heading that announces the themes of the discussion rather than questions: "Ejes de discusión",
 * "Ejes temáticos", "Temas para el diálogo", "Discussion themes", "Eixos de discussão"… Statements
 * under it are the guiding items even without a question mark.
 */
const THEME_HEADING = new RegExp(
  '^(?:(?:los |nuestros |os |the |our )?' +
    [
      'ejes(?: (?:de|para) (?:la )?(?:discusion|dialogo|debate|trabajo|reflexion|analisis|conversacion))?(?: tematicos)?',
      'ejes tematicos(?: (?:de|para) (?:la )?(?:discusion|dialogo|debate|conversacion))?',
      'temas(?: (?:de|para) (?:la |el )?(?:discusion|dialogo|debate|conversacion|reflexion|analisis)| a (?:discutir|debatir|abordar|tratar)| centrales| clave)?',
      'tematicas(?: a abordar)?',
      'lineas (?:tematicas|de discusion)',
      'eixos(?: (?:de|para) (?:discussao|debate|dialogo|conversa))?(?: tematicos)?',
      'temas (?:para|de) (?:debate|discussao|conversa)',
      '(?:discussion|key|conversation|dialogue|central) (?:themes|topics|axes)',
      '(?:themes|topics) (?:for|of) (?:the )?(?:discussion|session|dialogue|conversation|debate)',
      'thematic (?:axes|areas|lines)',
      'themes',
      'topics',
    ].join('|') +
    ')$',
);

/** Cheap test before folding: every theme heading contains one of these stems. */
const THEME_STEM =
  /^[\s#*_>|=~·•\-–—\d.)(]*(?:(?:los|nuestros|os|the|our)\s+)?(?:eje|eixo|tem|them|topic|axe|l[ií]nea|linea|discussion|key|conversation|dialogue|central|thematic)/i;

/** The theme heading on `line`, as written without decoration, or null. */
export function themeHeading(line: string): string | null {
  if (line.length > 80 || line.includes('?') || !THEME_STEM.test(line)) return null;
  const text = line.replace(DECORATION, '').trim();
  return THEME_HEADING.test(fold(text).replace(/\s+/g, ' ')) ? text : null;
}
