import type { Language } from '../model';

/**
 * Sentences for a file that could not be read as text at all (src/core/text/decode.ts): what it
 * is instead, where the first bad byte is, and what to do, fitted to what the file turned out to be.
 */

type Params = Record<string, string | undefined>;

/** Where the message is read: the app's import, or the `relator` command line (which has flags). */
export type MessageHost = 'app' | 'cli';

const KIND_NAMES: Record<Language, ReadonlyMap<string, string>> = {
  es: new Map([
    ['png', 'una imagen PNG'],
    ['jpeg', 'una imagen JPEG (una foto)'],
    ['gif', 'una imagen GIF'],
    ['webp', 'una imagen WebP'],
    ['bmp', 'una imagen BMP'],
    ['tiff', 'una imagen TIFF'],
    ['heic', 'una imagen HEIC (una foto de teléfono)'],
    ['pdf', 'un documento PDF'],
    ['docx', 'un documento de Word (.docx)'],
    ['xlsx', 'una hoja de cálculo de Excel (.xlsx)'],
    ['pptx', 'una presentación de PowerPoint (.pptx)'],
    ['odt', 'un documento de texto de LibreOffice (.odt)'],
    ['ods', 'una hoja de cálculo de LibreOffice (.ods)'],
    ['epub', 'un libro electrónico (EPUB)'],
    ['office-legacy', 'un documento de Office antiguo (.doc, .xls o .ppt)'],
    ['rtf', 'un documento RTF (de Word o WordPad)'],
    ['zip', 'un ZIP (archivo comprimido)'],
    ['gzip', 'un archivo comprimido con gzip'],
    ['7z', 'un 7-Zip (archivo comprimido)'],
    ['rar', 'un RAR (archivo comprimido)'],
    ['video', 'un video'],
  ]),
  en: new Map([
    ['png', 'a PNG image'],
    ['jpeg', 'a JPEG image (a photo)'],
    ['gif', 'a GIF image'],
    ['webp', 'a WebP image'],
    ['bmp', 'a BMP image'],
    ['tiff', 'a TIFF image'],
    ['heic', 'a HEIC image (a phone photo)'],
    ['pdf', 'a PDF document'],
    ['docx', 'a Word document (.docx)'],
    ['xlsx', 'an Excel spreadsheet (.xlsx)'],
    ['pptx', 'a PowerPoint presentation (.pptx)'],
    ['odt', 'a LibreOffice text document (.odt)'],
    ['ods', 'a LibreOffice spreadsheet (.ods)'],
    ['epub', 'an e-book (EPUB)'],
    ['office-legacy', 'an old Office document (.doc, .xls or .ppt)'],
    ['rtf', 'an RTF document (from Word or WordPad)'],
    ['zip', 'a ZIP archive'],
    ['gzip', 'a compressed file (gzip)'],
    ['7z', 'a 7-Zip archive'],
    ['rar', 'a RAR archive'],
    ['video', 'a video'],
  ]),
};

const EVENT_HINT: Record<Language, string> = {
  es: 'Elige el archivo .relator.json que se guardó con «Exportar» en Relator.',
  en: 'Choose the .relator.json file that was saved with “Export” in Relator.',
};

function notTextHint(p: Params, lang: Language): string {
  const es = lang === 'es';
  if (p.group === 'archive') {
    return es ? 'Descomprímelo primero y elige el archivo que contiene.' : 'Unpack it first and choose the file inside.';
  }
  if (p.subject === 'event') return EVENT_HINT[lang];
  if (p.group === 'pdf' || p.group === 'image') {
    return es
      ? 'Relator lee el programa como texto: cópialo del documento y pégalo, o guárdalo como texto (.txt).'
      : 'Relator reads the programme as text: copy it from the document and paste it, or save it as text (.txt).';
  }
  if (p.group === 'document') {
    return es
      ? 'Guárdalo desde tu procesador de textos como «Texto sin formato (.txt)» en UTF-8, o copia el texto y pégalo.'
      : 'Save it from your word processor as “Plain text (.txt)” in UTF-8, or copy the text and paste it.';
  }
  return es ? 'Elige un archivo de texto (.txt).' : 'Choose a text file (.txt).';
}

function notText(p: Params, lang: Language): string {
  const es = lang === 'es';
  const expected = p.subject === 'event' ? (es ? 'un archivo de evento de Relator' : 'a Relator event file') : es ? 'un texto' : 'text';
  const name = p.kind ? KIND_NAMES[lang].get(p.kind) : undefined;
  if (name) {
    return es
      ? `El archivo es ${name}, no ${expected}. ${notTextHint(p, lang)}`
      : `The file is ${name}, not ${expected}. ${notTextHint(p, lang)}`;
  }
  const where = p.offset === undefined ? '' : es ? ` (un byte nulo en la posición ${p.offset})` : ` (a zero byte at position ${p.offset})`;
  return es
    ? `El archivo no es texto: contiene datos binarios${where}, así que no es ${expected}. ${notTextHint(p, lang)}`
    : `The file is not text: it holds binary data${where}, so it is not ${expected}. ${notTextHint(p, lang)}`;
}

const UTF8_REASONS: Record<Language, ReadonlyMap<string, string>> = {
  es: new Map([
    ['overlong', ': es una forma demasiado larga de un carácter, que UTF-8 no permite'],
    ['surrogate', ': codifica media pareja sustituta de UTF-16, que UTF-8 no permite'],
    ['truncated', ': el carácter se corta antes de completarse'],
    ['unexpected-continuation', ': es un byte de continuación sin el byte que lo inicia'],
    ['out-of-range', ': queda fuera del rango de Unicode'],
    ['invalid-byte', ': ese byte nunca aparece en UTF-8'],
  ]),
  en: new Map([
    ['overlong', ': it is an overlong form of a character, which UTF-8 forbids'],
    ['surrogate', ': it encodes half of a UTF-16 surrogate pair, which UTF-8 forbids'],
    ['truncated', ': the character is cut off before it is complete'],
    ['unexpected-continuation', ': it is a continuation byte without the byte that starts it'],
    ['out-of-range', ': it is beyond the range of Unicode'],
    ['invalid-byte', ': that byte never occurs in UTF-8'],
  ]),
};

/** "en la línea 3, columna 12 (byte 57)": the line a person looks for, and the byte a hex editor shows. */
function place(p: Params, lang: Language): string {
  if (p.offset === undefined) return lang === 'es' ? 'en el archivo' : 'in the file';
  if (p.line === undefined) return lang === 'es' ? `en el byte ${p.offset}` : `at byte ${p.offset}`;
  return lang === 'es'
    ? `en la línea ${p.line}, columna ${p.column} (byte ${p.offset})`
    : `at line ${p.line}, column ${p.column} (byte ${p.offset})`;
}

function invalidUtf8(p: Params, lang: Language): string {
  const reason = (p.reason && UTF8_REASONS[lang].get(p.reason)) ?? '';
  const bytes = p.bytes ?? '';
  const one = !bytes.includes(' ');
  if (lang === 'es') {
    const what = `${one ? 'el byte' : 'los bytes'} ${bytes} ${place(p, lang)} ${one ? 'no es' : 'no son'} UTF-8 válido${reason}.`;
    const cause =
      p.shaped === 'true'
        ? ' Lo escribió un programa que codifica mal UTF-8.'
        : ' Suele ser texto pegado desde otro programa (Windows-1252 o Latin-1).';
    return p.mixed === 'true'
      ? `El archivo mezcla codificaciones: casi todo es UTF-8, pero ${what}${cause} Corrige ese punto o guarda el archivo de nuevo como UTF-8.`
      : `El archivo no está en UTF-8: ${what} Guárdalo de nuevo con codificación UTF-8.`;
  }
  const what = `${one ? 'the byte' : 'the bytes'} ${bytes} ${place(p, lang)} ${one ? 'is' : 'are'} not valid UTF-8${reason}.`;
  const cause =
    p.shaped === 'true'
      ? ' A program that encodes UTF-8 badly wrote it.'
      : ' This is usually text pasted from another program (Windows-1252 or Latin-1).';
  return p.mixed === 'true'
    ? `The file mixes encodings: most of it is UTF-8, but ${what}${cause} Fix that spot or save the file again as UTF-8.`
    : `The file is not in UTF-8: ${what} Save it again with UTF-8 encoding.`;
}

function invalidUtf16(p: Params, lang: Language): string {
  const order = p.encoding === 'utf-16be' ? 'big-endian' : 'little-endian';
  if (lang === 'es') {
    const what =
      p.reason === 'odd-length'
        ? 'termina con un byte suelto (su tamaño debería ser par)'
        : `${place(p, lang)} hay media pareja sustituta sin su otra mitad`;
    return `El archivo empieza como UTF-16 (${order}) pero no es UTF-16 válido: ${what}. Guárdalo de nuevo como UTF-8.`;
  }
  const what =
    p.reason === 'odd-length' ? 'it ends with a stray byte (its size should be even)' : `${place(p, lang)} there is half a surrogate pair`;
  return `The file starts as UTF-16 (${order}) but is not valid UTF-16: ${what}. Save it again as UTF-8.`;
}

function windows1252(p: Params, lang: Language, host: MessageHost): string {
  if (lang === 'es') {
    const sample = p.sample === undefined ? '' : ` Por ejemplo, la línea ${p.sampleLine} se leería así: «${p.sample}».`;
    const next =
      host === 'cli'
        ? ' Si se lee bien, vuelve a ejecutar la orden con --encoding windows-1252; si no, guarda el archivo como UTF-8.'
        : ' Si se lee bien, confirma esa codificación; si no, guarda el archivo como UTF-8.';
    return `El archivo no está en UTF-8: el primer carácter que no lo es está ${place(p, lang)}. Pero todo él se puede leer como Windows-1252, la codificación antigua de Windows.${sample}${next}`;
  }
  const sample = p.sample === undefined ? '' : ` For instance, line ${p.sampleLine} would read: “${p.sample}”.`;
  const next =
    host === 'cli'
      ? ' If that reads right, run the command again with --encoding windows-1252; otherwise save the file as UTF-8.'
      : ' If that reads right, confirm that encoding; otherwise save the file as UTF-8.';
  return `The file is not in UTF-8: the first character that is not is ${place(p, lang)}. But all of it reads as Windows-1252, the old Windows encoding.${sample}${next}`;
}

function notJson(p: Params, lang: Language, host: MessageHost): string {
  const es = lang === 'es';
  const start = p.start ? (es ? ` Empieza así: «${p.start}».` : ` It starts: “${p.start}”.`) : '';
  const looks =
    p.looks === 'html'
      ? es
        ? ' Parece una página web (HTML).'
        : ' It looks like a web page (HTML).'
      : p.looks === 'xml'
        ? es
          ? ' Parece un documento XML.'
          : ' It looks like an XML document.'
        : '';
  const program =
    p.looks === 'text'
      ? host === 'cli'
        ? es
          ? ' Si es el programa del evento, conviértelo con «relator import-program».'
          : ' If it is the event’s programme, convert it with “relator import-program”.'
        : es
          ? ' Si es el programa del evento, usa «Nuevo evento desde un programa».'
          : ' If it is the event’s programme, use “New event from a programme”.'
      : '';
  return es
    ? `El archivo no es un archivo de evento de Relator: es texto, no datos JSON.${start}${looks}${program}`
    : `The file is not a Relator event file: it is text, not JSON data.${start}${looks}${program}`;
}

/** The sentence for a decoding problem, or for text that is not JSON at all. */
export function describeDecodeProblem(code: string, p: Params, lang: Language, host: MessageHost): string | null {
  switch (code) {
    case 'not-text':
      return notText(p, lang);
    case 'encoding-invalid-utf8':
      return invalidUtf8(p, lang);
    case 'encoding-invalid-utf16':
      return invalidUtf16(p, lang);
    case 'encoding-utf16-no-bom':
      return lang === 'es'
        ? 'El archivo parece estar en UTF-16 sin marca de orden de bytes (BOM), así que no se puede leer con seguridad. Guárdalo como UTF-8.'
        : 'The file seems to be UTF-16 without a byte-order mark (BOM), so it cannot be read safely. Save it as UTF-8.';
    case 'encoding-utf32':
      return lang === 'es'
        ? 'El archivo está en UTF-32, una codificación que Relator no lee. Guárdalo como UTF-8.'
        : 'The file is in UTF-32, an encoding Relator does not read. Save it as UTF-8.';
    case 'encoding-windows-1252':
      return windows1252(p, lang, host);
    case 'not-json':
      return notJson(p, lang, host);
    default:
      return null;
  }
}
