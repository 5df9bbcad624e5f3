import { numberFormat } from '../i18n/locales';
import type { Language } from '../model';
import { describeDecodeProblem, type MessageHost } from './describe-decode';
import type { FileError, FileErrorCode, FileWarning } from './errors';
import { FIELD_NAMES, FORMAT_NAMES, RECORD_NAMES, TYPE_NAMES } from './describe-labels';

export type { MessageHost } from './describe-decode';

type Template = (p: Params, where: string) => string;
/** Parameters as text; a parameter the error did not carry is absent, never the word "null". */
type Params = Record<string, string | undefined>;

type DecodeCode = 'not-text' | 'not-json' | `encoding-${string}`;

const MESSAGES: Record<Language, Record<Exclude<FileErrorCode, DecodeCode> | FileWarning['code'], Template>> = {
  es: {
    'file-too-large': (p) => `El archivo es demasiado grande (${p.bytes} bytes); el máximo es ${p.max} bytes (200 MB).`,
    'file-empty': () => 'El archivo está vacío: no tiene ningún dato. Si lo copiaste o descargaste, hazlo de nuevo.',
    'json-invalid': (p) =>
      `El archivo no es JSON válido${at(p, 'es')}. Si lo editaste a mano, revisa comas, comillas y llaves cerca de ese punto.`,
    'json-truncated': (p) =>
      `El archivo está incompleto: se corta${at(p, 'es')} antes de cerrar los datos. Probablemente se copió o descargó a medias.`,
    'not-an-object': (p) => `El archivo no contiene un evento de Relator: se esperaba un objeto JSON { … } y contiene ${p.found}.`,
    'format-wrong': (p) => `El archivo no es un evento de Relator: el campo «format» debería valer «${p.expected}» y vale «${p.found}».`,
    'version-newer': (p) =>
      `Este archivo lo creó una versión más reciente de Relator (el campo «version» vale ${p.found} y esta versión de Relator lee hasta la ${p.supported}). Actualiza Relator para abrirlo.`,
    'version-older': (p) =>
      `Este archivo usa una versión antigua del formato (el campo «version» vale ${p.found}) que esta versión de Relator no puede leer (lee la versión ${p.supported}).`,
    'version-missing': () => 'Al archivo le falta el campo «version»: no se sabe con qué versión del formato se escribió.',
    'version-invalid': (p) => `El campo «version» debería ser un número entero y vale ${p.found}.`,
    'forbidden-key': (p, w) => `${w}: contiene la clave prohibida «${p.key}». Por seguridad, el archivo se rechaza.`,
    'missing-field': (_p, w) => `${w}: falta este campo.`,
    'unknown-field': (p, w) => `${w}: campo desconocido «${p.key}». ¿Está mal escrito o el archivo viene de otro programa?`,
    'wrong-type': (p, w) => `${w}: debería ser ${p.expected} y es ${p.found}.`,
    'too-long': (p, w) => `${w}: es demasiado largo: tiene ${p.length} caracteres y el máximo es ${p.max}.`,
    'too-short': (_p, w) => `${w}: no puede estar vacío.`,
    'too-many': (p, w) => `${w}: tiene demasiados elementos (${p.count}); el máximo es ${p.max}.`,
    'bad-format': (p, w) => `${w}: «${p.found}» no es ${p.format}.`,
    'bad-value': (p, w) =>
      p.foundType === undefined
        ? `${w}: «${p.found}» no es un valor permitido; usa uno de: ${p.allowed}.`
        : `${w}: debería ser uno de estos valores: ${p.allowed}; y es ${p.foundType}.`,
    'not-integer': (p, w) => `${w}: debería ser un número entero y es ${p.found}.`,
    'number-too-large': (p, w) =>
      p.sign === 'negative'
        ? `${w}: el número negativo es demasiado grande para leerlo (más allá de −1.8 × 10³⁰⁸).`
        : `${w}: el número es demasiado grande para leerlo (más de 1.8 × 10³⁰⁸).`,
    'out-of-range': (p, w) =>
      p.max !== undefined
        ? `${w}: ${p.found} es demasiado grande; el máximo es ${p.max}.`
        : `${w}: ${p.found} es demasiado pequeño; el mínimo es ${p.min}.`,
    'wrong-event': (p, w) => `${w}: pertenece a otro evento (${p.found}); todo en el archivo debe ser del evento ${p.expected}.`,
    'duplicate-id': (p, w) => `${w}: el identificador ${p.id} está repetido (ya se usó en ${p.firstPath}).`,
    'dangling-reference': (p, w) =>
      `${w}: remite a ${p.target === 'question' ? 'una pregunta guía' : p.target === 'mesa' ? 'una mesa' : p.target === 'record' ? 'un registro' : 'un participante'} que no está en el archivo (${p.id}).`,
    'duplicate-synthesis': (p, w) => `${w}: esa pregunta ya tiene una síntesis de la misma mesa (${p.firstPath}); solo puede haber una.`,
    'bad-image': (p, w) => `${w}: no es una imagen ${p.mediaType === 'image/png' ? 'PNG' : 'JPEG'} válida del tamaño indicado.`,
    'invalid-value': (p, w) => `${w}: valor no válido (${p.detail}).`,
    'more-errors': (p) => `… y ${p.count} problemas más.`,
    'time-zone-unknown': (p, w) => `${w}: la zona horaria «${p.found}» no es conocida; las horas podrían mostrarse mal.`,
    'question-order-repeated': (p, w) => `${w}: otra pregunta tiene el mismo orden ${p.order} (${p.firstPath}).`,
  },
  en: {
    'file-too-large': (p) => `The file is too large (${p.bytes} bytes); the maximum is ${p.max} bytes (200 MB).`,
    'file-empty': () => 'The file is empty: it holds no data. If you copied or downloaded it, do it again.',
    'json-invalid': (p) =>
      `The file is not valid JSON${at(p, 'en')}. If it was edited by hand, check commas, quotes and braces near that point.`,
    'json-truncated': (p) =>
      `The file is incomplete: it stops${at(p, 'en')} before the data is closed. It was probably copied or downloaded only in part.`,
    'not-an-object': (p) => `The file does not hold a Relator event: a JSON object { … } was expected and it holds ${p.found}.`,
    'format-wrong': (p) => `The file is not a Relator event: its “format” field should be “${p.expected}” and is “${p.found}”.`,
    'version-newer': (p) =>
      `This file was made by a newer Relator (its “version” field is ${p.found} and this Relator reads up to ${p.supported}). Update Relator to open it.`,
    'version-older': (p) =>
      `This file uses an old format (its “version” field is ${p.found}) that this Relator cannot read (it reads version ${p.supported}).`,
    'version-missing': () => 'The file has no “version” field, so it is unknown which format version wrote it.',
    'version-invalid': (p) => `The “version” field should be a whole number and is ${p.found}.`,
    'forbidden-key': (p, w) => `${w}: contains the forbidden key “${p.key}”. The file is refused for safety.`,
    'missing-field': (_p, w) => `${w}: this field is missing.`,
    'unknown-field': (p, w) => `${w}: unknown field “${p.key}”. Is it misspelt, or does the file come from another program?`,
    'wrong-type': (p, w) => `${w}: should be ${p.expected} and is ${p.found}.`,
    'too-long': (p, w) => `${w}: is too long: it has ${p.length} characters and the maximum is ${p.max}.`,
    'too-short': (_p, w) => `${w}: cannot be empty.`,
    'too-many': (p, w) => `${w}: has too many items (${p.count}); the maximum is ${p.max}.`,
    'bad-format': (p, w) => `${w}: “${p.found}” is not ${p.format}.`,
    'bad-value': (p, w) =>
      p.foundType === undefined
        ? `${w}: “${p.found}” is not an allowed value; use one of: ${p.allowed}.`
        : `${w}: should be one of these values: ${p.allowed}; and is ${p.foundType}.`,
    'not-integer': (p, w) => `${w}: should be a whole number and is ${p.found}.`,
    'number-too-large': (p, w) =>
      p.sign === 'negative'
        ? `${w}: the negative number is too large to read (beyond −1.8 × 10³⁰⁸).`
        : `${w}: the number is too large to read (over 1.8 × 10³⁰⁸).`,
    'out-of-range': (p, w) =>
      p.max !== undefined
        ? `${w}: ${p.found} is too large; the maximum is ${p.max}.`
        : `${w}: ${p.found} is too small; the minimum is ${p.min}.`,
    'wrong-event': (p, w) => `${w}: belongs to another event (${p.found}); everything in the file must belong to event ${p.expected}.`,
    'duplicate-id': (p, w) => `${w}: the id ${p.id} is repeated (already used at ${p.firstPath}).`,
    'dangling-reference': (p, w) =>
      `${w}: refers to a ${p.target === 'question' ? 'guiding question' : p.target === 'mesa' ? 'mesa' : p.target === 'record' ? 'record' : 'participant'} that is not in the file (${p.id}).`,
    'duplicate-synthesis': (p, w) =>
      `${w}: that question already has a synthesis from the same mesa (${p.firstPath}); there can be only one.`,
    'bad-image': (p, w) => `${w}: not a valid ${p.mediaType === 'image/png' ? 'PNG' : 'JPEG'} image of the size given.`,
    'invalid-value': (p, w) => `${w}: invalid value (${p.detail}).`,
    'more-errors': (p) => `… and ${p.count} more problems.`,
    'time-zone-unknown': (p, w) => `${w}: the time zone “${p.found}” is unknown; times may be shown wrongly.`,
    'question-order-repeated': (p, w) => `${w}: another question has the same order ${p.order} (${p.firstPath}).`,
  },
};

function at(p: Params, lang: Language): string {
  if (p.line === undefined) return '';
  return lang === 'es' ? ` (línea ${p.line}, columna ${p.column})` : ` (line ${p.line}, column ${p.column})`;
}

/** A label from one of the tables, by own property only: a key such as "constructor" or "__proto__" names no label. */
function label(table: Record<string, string>, key: string): string | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** "Nota 4, campo «texto» (notes[3].text)" / "Note 4, field “text” (notes[3].text)". */
function where(path: string, lang: Language): string {
  const records = RECORD_NAMES[lang];
  const match = /^(questions|participants|notes|turns|syntheses|mergeConflicts)(?:\[(\d+)\])?(?:\.(.+))?$/.exec(path);
  let subject: string;
  let field: string | undefined;
  if (match) {
    const record = label(records, match[1]!)!;
    subject = match[2] === undefined ? `${record} (${match[1]})` : `${record} ${Number(match[2]) + 1}`;
    field = match[3];
    if (match[2] === undefined) return subject;
  } else if (path.startsWith('event.') || path === 'event') {
    subject = label(records, 'event')!;
    field = path === 'event' ? undefined : path.slice('event.'.length);
  } else {
    subject = label(records, 'file')!;
    field = path === '' ? undefined : path;
  }
  if (field === undefined) return path === '' ? subject : `${subject} (${path})`;
  // Only a plain field gets a translated name; nested paths are shown as written in the file.
  const named = label(FIELD_NAMES[lang], field) ?? field;
  return lang === 'es' ? `${subject}, campo «${named}» (${path})` : `${subject}, field “${named}” (${path})`;
}

function formatParams(error: FileError | FileWarning, lang: Language): Params {
  const typed = error.code === 'wrong-type' || error.code === 'not-an-object';
  const numbers = numberFormat(lang);
  const out: Params = {};
  for (const [key, value] of Object.entries(error.params)) {
    if (value === null || value === undefined) continue;
    if (typeof value === 'number') out[key] = numbers.format(value);
    else if (Array.isArray(value)) out[key] = value.join(', ');
    else if ((typed && (key === 'expected' || key === 'found')) || key === 'foundType') {
      out[key] = label(TYPE_NAMES[lang], String(value)) ?? String(value);
    } else if (key === 'format') out[key] = label(FORMAT_NAMES[lang], String(value)) ?? String(value);
    else out[key] = String(value);
  }
  return out;
}

/**
 * A sentence for one file problem that says what is wrong and where, in Spanish or English. `host`
 * fits the advice to where it is read: the app, or the command line (which has flags and commands).
 */
export function describeFileError(error: FileError | FileWarning, lang: Language, host: MessageHost = 'app'): string {
  const params = formatParams(error, lang);
  const decoded = describeDecodeProblem(error.code, params, lang, host);
  if (decoded !== null) return decoded;
  const template = MESSAGES[lang][error.code as keyof (typeof MESSAGES)['es']];
  return template(params, where(error.path, lang));
}
