import { fold } from './normalize';

/**
 * Lines with which a program moves on from its list of questions: a call to action ("¿Te interesa
 * participar? Inscríbete…", "Dúvidas? Escreva para…"), a contact line, "Más información". They end
 * the list, and are never taken as questions themselves.
 */

const ASK_BACK =
  /^[¿¡]?\s*(?:dudas|duvidas|doubts|preguntas|perguntas|questions|consultas|comentarios|comments|sugerencias|sugestoes|(?:alguna|mas|any|more|other|alguma|mais) (?:duda|pregunta|question|duvida|pergunta)s?|(?:tienes|tiene|tienen|tens|tem|have) (?:alguna |alguma |any )?(?:duda|pregunta|question|duvida|pergunta)s?)\s*\?/;
const CALL =
  /^(?:escr[ií]b(?:enos|eme|anos|an|e|a)\b|escreva|write to|write us|email us|contact(?:o|a|e|ar|ez)?\b|contate|entre em contato|inscr[ií]b(?:ete|ase|anse|ir)\b|inscripciones|inscri[cç](?:ao|oes|ões|ão)|registr(?:ate|ese|o|ation|o:)\b|register\b|sign up|rsvp|confirm(?:a|e|ar) (?:tu|su|sua|your)|m[aá]s informaci[oó]n|mais informa[cç]|more information|for more|para m[aá]s|para mais|informes\b|info\b|visit(?:a|e)?\b|follow us|s[ií]guenos|siga-nos|[uú]nete|join us|descarga\b|descargue|download\b|enlace\b|link\b|zoom\b|transmisi[oó]n en vivo|accede\b|acesse\b)/;
const INVITATION =
  /(?:interes|inscrib|inscrev|registr|sign up|join|unirte|suscrib|assin|subscribe|newsletter|novidades|novedades|saber mas|mais informac|more info|participar\s*\?|participate\s*\?|attend\s*\?|asistir\s*\?)/;
const CONTACT = /[\w.+-]+@[\w-]+\.[\w.]+|(?:https?:\/\/|www\.)\S+|(?:tel|tel[eé]fono|phone|whatsapp)\.?\s*:?\s*\+?\d/;

/** Stems a call to action starts with, tested before any folding. */
const CALL_STEM =
  /^[\s#*_>•·\-–—]*(?:escr|writ|emai|conta|entre|inscr|regis|sign|rsvp|confi|m[aá]s|mais|more|for |para|info|visit|follo|s[ií]g|[uú]net|join|desca|downl|enla|link|zoom|trans|acce|aces)/i;
const ADDRESSED_RAW = /\b(?:te|tu|tus|ti|usted|ustedes|voc[eê]s?|you|your|vos)\b/i;
const LEAD = /^[\s#*_>•·\-–—]+/;

export function isClosingLine(line: string): boolean {
  if (line.length > 300) return false;
  const q = line.indexOf('?');
  // "Dúvidas?", "¿Tienes preguntas?": a short question about questions, at the very start.
  if (q >= 4 && q <= 45 && ASK_BACK.test(fold(line.slice(0, q + 1).replace(LEAD, '')))) return true;
  if (CALL_STEM.test(line) && CALL.test(fold(line.replace(LEAD, ''))) && (wordCount(line) <= 25 || CONTACT.test(line))) return true;
  if (q >= 0 && ADDRESSED_RAW.test(line) && wordCount(line) <= 12 && INVITATION.test(fold(line))) return true;
  // A contact line: an address or phone with few words around it, asking nothing of the panel.
  return (
    q < 0 &&
    (line.includes('@') || line.includes('www.') || line.includes('://') || /\d/.test(line)) &&
    wordCount(line) <= 15 &&
    CONTACT.test(line)
  );
}

function wordCount(line: string): number {
  let n = 1;
  for (let i = line.indexOf(' '); i >= 0; i = line.indexOf(' ', i + 1)) n++;
  return n;
}
