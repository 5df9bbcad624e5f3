import type { Language } from '../core/model/types';

/*
 * Every sentence the command line prints, in Spanish (the default) and English. English is typed
 * `CliMessages`, so a message missing in one language, or taking other values, fails to compile.
 * Sentences with values are functions of exactly those values. Spanish addresses the user as tú,
 * like the interface. File problems are worded by core/file-format (describeFileError).
 */

/** "1 nota", "2 notas": the count with its noun in the right number. */
const count = (n: number, one: string, other: string): string => `${n} ${n === 1 ? one : other}`;

const es = {
  help: {
    usage: 'Uso: relator ORDEN [opciones]',
    commands: 'Órdenes:',
    helpFlag: '  relator --help       esta ayuda',
    versionFlag: '  relator --version    versión de Relator',
    footer: 'Mensajes en inglés con RELATOR_LANG=en. Códigos de salida: 0 bien, 1 entrada no válida, 2 uso incorrecto.',
  },
  /** One line per command in `relator --help`, by command name. */
  summaries: {
    validate: 'Comprueba un archivo de evento .relator.json (FILE «-» lee la entrada estándar)',
    demo: 'Escribe un evento ficticio y reproducible con N notas, a partir del evento de muestra',
    schema: 'Escribe el JSON Schema del formato de archivo de evento (resources/relator-event.schema.json)',
    export: 'Escribe la relatoría (con mesas: la general o la de una mesa) en DOCX, PDF o Markdown, o los tiempos de palabra en CSV',
    questions:
      'Extrae en JSON las preguntas guía de un programa: PDF, Word (.docx), página web, Markdown o texto (FILE «-» lee la entrada estándar)',
    'import-program': 'Crea un archivo de evento a partir del programa (PDF, .docx, .html, .md o .txt): datos del evento y preguntas guía',
    merge:
      'Combina archivos del mismo evento (de varios relatores) en uno: gana la versión más reciente de cada registro; ' +
      'los textos que pierden se guardan con --conflicts',
  },
  usageLabel: 'Uso',
  unknownCommand: (name: string) => `Orden desconocida: ${name}`,
  unexpectedError: 'Error inesperado',
  warning: 'aviso',
  args: {
    unknownOption: (option: string) => `Opción desconocida: ${option}`,
    flagWithValue: (option: string, value: string) =>
      `${option} no lleva valor (recibido: ${option}=${value}); escribe solo ${option} o quítalo`,
    missingValue: (option: string) => `Falta el valor de ${option}`,
    valueLooksLikeOption: (option: string, value: string, inline: string) =>
      `Falta el valor de ${option}: ${value} parece otra opción (si de verdad es el valor, escribe ${inline})`,
    notInRange: (name: string, min: number, max: number, value: string) =>
      `--${name} debe ser un número entero entre ${min} y ${max} (recibido: ${value})`,
    notOneOf: (name: string, allowed: string, value: string) => `--${name} debe ser ${allowed} (recibido: ${value})`,
    unexpectedArgument: (argument: string) => `Argumento inesperado: ${argument}`,
    missingOutput: 'Falta el archivo de salida (-o FILE)',
    oneEventFile: 'Indica un único archivo de evento',
    oneProgramFile: 'Indica un único archivo de programa',
    oneFileToCheck: 'Indica un único archivo que comprobar',
    missingExportOutput: 'Falta -o SALIDA',
    missingFormat: 'Falta --format docx|md|csv|pdf',
    badDate: (value: string) => `--date debe ser una fecha AAAA-MM-DD válida (recibido: ${value})`,
    emptyTitle: '--title no puede estar vacío',
    twoFilesToMerge: 'Indica al menos dos archivos de evento que combinar',
  },
  files: {
    noFolder: (path: string) => `No existe la carpeta de destino de ${path}`,
    noFile: (path: string) => `No existe el archivo ${path}`,
    noPermission: (path: string, writing: boolean) => `Sin permiso para ${writing ? 'escribir' : 'leer'} ${path}`,
    isFolder: (path: string) => `${path} es una carpeta, no un archivo`,
    noSpace: (path: string) => `No queda espacio en disco para escribir ${path}`,
    notAnEventFile: (path: string) => `${path}: no es un archivo de evento válido:`,
    standardInput: 'entrada estándar',
    badEncoding: (value: string) => `--encoding debe ser utf-8 o windows-1252 (recibido: ${value})`,
  },
  validate: {
    ok: (title: string, n: { mesas: number; questions: number; participants: number; notes: number; turns: number; syntheses: number }) =>
      `ok: «${title}» — ${[
        ...(n.mesas > 0 ? [count(n.mesas, 'mesa', 'mesas')] : []),
        count(n.questions, 'pregunta', 'preguntas'),
        count(n.participants, 'participante', 'participantes'),
        count(n.notes, 'nota', 'notas'),
        count(n.turns, 'turno', 'turnos'),
        count(n.syntheses, 'síntesis', 'síntesis'),
      ].join(', ')}`,
  },
  demo: {
    wrote: (path: string, title: string, notes: number, seed: number) =>
      `Escrito ${path}: «${title}», ${count(notes, 'nota', 'notas')} (semilla ${seed})`,
  },
  export: {
    binaryNotToStdout: (format: string) => `${format.toUpperCase()} no se escribe en la salida estándar: usa -o ARCHIVO`,
    noChromium:
      'Para exportar en PDF hace falta Chromium o Google Chrome instalado (por ejemplo, apt-get install chromium), ' +
      'o su ruta en RELATOR_CHROMIUM. No se escribió ningún archivo.',
    pdfFailed: (message: string) => `No se pudo imprimir el PDF con Chromium: ${message}. No se escribió ningún archivo.`,
    templateNotDocx: (path: string) =>
      `${path} no es un documento de Word (.docx) que se pueda usar como plantilla. No se escribió ningún archivo.`,
    templateOnlyDocx: '--template solo se aplica a --format docx',
    mesaAndGeneral: '--mesa y --general no van juntos: elige la relatoría de una mesa o la general',
    unknownMesa: (name: string, mesas: { name: string; id: string }[]) =>
      mesas.length === 0
        ? `El evento no tiene mesas, así que no hay una mesa «${name}»: exporta sin --mesa. No se escribió ningún archivo.`
        : `El evento no tiene una mesa «${name}». Sus mesas son:\n${mesas.map((x) => `  «${x.name}» (id ${x.id})`).join('\n')}\n` +
          'Usa --mesa con su nombre o su id. No se escribió ningún archivo.',
    generalWithoutMesas: 'aviso: el evento no tiene mesas; su relatoría general es la del evento, la misma que sin --general.',
  },
  documents: {
    pdfNoText:
      'este PDF no tiene texto: sus páginas son imágenes (un documento escaneado). Pide el archivo original, o copia las preguntas a mano en un archivo de texto.',
    pdfEncrypted: 'este PDF está protegido con contraseña. Ábrelo, guárdalo sin contraseña y vuelve a intentarlo.',
    damaged: (kind: 'pdf' | 'docx', detail: string) =>
      `no se pudo abrir como ${kind === 'pdf' ? 'PDF' : 'documento de Word (.docx)'}: parece dañado o incompleto (${detail}).`,
  },
  questions: {
    none: 'No se encontraron preguntas guía en el texto.',
    noHeading: 'aviso: no se encontró un encabezado de preguntas guía; se tomaron las líneas que preguntan algo.',
    toCheck: (n: number) =>
      `aviso: ${count(n, 'pregunta se encontró', 'preguntas se encontraron')} con una regla menos segura (sin «?», o de una columna de tabla); revísalas.`,
  },
  importProgram: {
    tooMany: (max: number) => `aviso: solo se importan las primeras ${max} preguntas.`,
    none: 'aviso: no se encontraron preguntas guía; el evento queda sin preguntas.',
    noHeading: 'aviso: no se encontró un encabezado de preguntas guía; revisa las preguntas importadas.',
    invalid: 'No se pudo crear un archivo de evento válido a partir de este programa.',
    untitled: '(sin título)',
    wrote: (path: string, title: string, questions: number) =>
      `Escrito ${path}: «${title}», ${count(questions, 'pregunta guía', 'preguntas guía')}`,
  },
  merge: {
    differentEvents:
      'Los archivos son de eventos distintos y solo se combinan archivos del mismo evento. ' +
      'Todavía no se puede importar un evento como mesa de otro.',
    eventOf: (path: string, title: string, id: string) => `  ${path}: «${title}» (id ${id})`,
    invalid: 'El resultado no sería un archivo de evento válido; no se escribió nada:',
    wrote: (path: string, title: string, files: number, notes: number) =>
      `Escrito ${path}: «${title}», ${count(files, 'archivo combinado', 'archivos combinados')}, ${count(notes, 'nota', 'notas')}`,
    conflictsWritten: (path: string, n: number) =>
      `${count(n, 'texto en conflicto', 'textos en conflicto')} (la versión que perdió) en ${path}`,
    conflictsNotSaved: (n: number) =>
      `aviso: ${n === 1 ? 'un texto perdió' : `${n} textos perdieron`} ante una versión más reciente y no ${n === 1 ? 'está' : 'están'} ` +
      'en el archivo combinado; guárdalos con --conflicts INFORME.json',
  },
};

export type CliMessages = typeof es;

/** The names `relator` knows, as its sub-commands are called on the command line. */
export type CommandName = keyof CliMessages['summaries'];

const en: CliMessages = {
  help: {
    usage: 'Usage: relator COMMAND [options]',
    commands: 'Commands:',
    helpFlag: '  relator --help       this help',
    versionFlag: '  relator --version    Relator version',
    footer: 'Messages in Spanish with RELATOR_LANG=es. Exit codes: 0 ok, 1 invalid input, 2 bad usage.',
  },
  summaries: {
    validate: 'Checks a .relator.json event file (FILE "-" reads standard input)',
    demo: 'Writes a fictional, reproducible event with N notes, built on the sample event',
    schema: 'Writes the JSON Schema of the event file format (resources/relator-event.schema.json)',
    export: 'Writes the report (with mesas: the general one or one mesa’s) as DOCX, PDF or Markdown, or the speaking times as CSV',
    questions:
      'Extracts the guiding questions of a program as JSON: PDF, Word (.docx), web page, Markdown or text (FILE "-" reads standard input)',
    'import-program': 'Creates an event file from a program (PDF, .docx, .html, .md or .txt): event data and guiding questions',
    merge:
      'Merges files of one event (kept by several rapporteurs) into one: the latest version of each record wins; ' +
      'the texts that lose are kept with --conflicts',
  },
  usageLabel: 'Usage',
  unknownCommand: (name) => `Unknown command: ${name}`,
  unexpectedError: 'Unexpected error',
  warning: 'warning',
  args: {
    unknownOption: (option) => `Unknown option: ${option}`,
    flagWithValue: (option, value) => `${option} takes no value (got: ${option}=${value}); write just ${option}, or leave it out`,
    missingValue: (option) => `Missing value for ${option}`,
    valueLooksLikeOption: (option, value, inline) =>
      `Missing value for ${option}: ${value} looks like another option (if it really is the value, write ${inline})`,
    notInRange: (name, min, max, value) => `--${name} must be a whole number from ${min} to ${max} (got: ${value})`,
    notOneOf: (name, allowed, value) => `--${name} must be ${allowed} (got: ${value})`,
    unexpectedArgument: (argument) => `Unexpected argument: ${argument}`,
    missingOutput: 'Missing the output file (-o FILE)',
    oneEventFile: 'Give exactly one event file',
    oneProgramFile: 'Give exactly one program file',
    oneFileToCheck: 'Give exactly one file to check',
    missingExportOutput: 'Missing -o OUT',
    missingFormat: 'Missing --format docx|md|csv|pdf',
    badDate: (value) => `--date must be a valid YYYY-MM-DD date (got: ${value})`,
    emptyTitle: '--title cannot be empty',
    twoFilesToMerge: 'Give at least two event files to merge',
  },
  files: {
    noFolder: (path) => `The folder for ${path} does not exist`,
    noFile: (path) => `There is no file ${path}`,
    noPermission: (path, writing) => `No permission to ${writing ? 'write' : 'read'} ${path}`,
    isFolder: (path) => `${path} is a folder, not a file`,
    noSpace: (path) => `No disk space left to write ${path}`,
    notAnEventFile: (path) => `${path}: not a valid event file:`,
    standardInput: 'standard input',
    badEncoding: (value) => `--encoding must be utf-8 or windows-1252 (got: ${value})`,
  },
  validate: {
    ok: (title, n) =>
      `ok: “${title}” — ${[
        ...(n.mesas > 0 ? [count(n.mesas, 'mesa', 'mesas')] : []),
        count(n.questions, 'question', 'questions'),
        count(n.participants, 'participant', 'participants'),
        count(n.notes, 'note', 'notes'),
        count(n.turns, 'turn', 'turns'),
        count(n.syntheses, 'synthesis', 'syntheses'),
      ].join(', ')}`,
  },
  demo: {
    wrote: (path, title, notes, seed) => `Wrote ${path}: “${title}”, ${count(notes, 'note', 'notes')} (seed ${seed})`,
  },
  export: {
    binaryNotToStdout: (format) => `${format.toUpperCase()} is not written to standard output: use -o FILE`,
    noChromium:
      'Exporting to PDF needs Chromium or Google Chrome installed (for example, apt-get install chromium), ' +
      'or its path in RELATOR_CHROMIUM. No file was written.',
    pdfFailed: (message) => `Chromium could not print the PDF: ${message}. No file was written.`,
    templateNotDocx: (path) => `${path} is not a Word document (.docx) that can be used as a template. No file was written.`,
    templateOnlyDocx: '--template only applies to --format docx',
    mesaAndGeneral: '--mesa and --general do not go together: choose one mesa’s report or the general one',
    unknownMesa: (name, mesas) =>
      mesas.length === 0
        ? `The event has no mesas, so there is no mesa “${name}”: export without --mesa. No file was written.`
        : `The event has no mesa “${name}”. Its mesas are:\n${mesas.map((x) => `  “${x.name}” (id ${x.id})`).join('\n')}\n` +
          'Give --mesa its name or its id. No file was written.',
    generalWithoutMesas: 'warning: the event has no mesas; its general report is the event’s report, the same as without --general.',
  },
  documents: {
    pdfNoText:
      'this PDF has no text: its pages are pictures (a scanned document). Ask for the original file, or type the questions into a text file.',
    pdfEncrypted: 'this PDF is protected by a password. Open it, save it without the password and try again.',
    damaged: (kind, detail) =>
      `could not be opened as ${kind === 'pdf' ? 'a PDF' : 'a Word document (.docx)'}: it looks damaged or incomplete (${detail}).`,
  },
  questions: {
    none: 'No guiding questions were found in the text.',
    noHeading: 'warning: no guiding-questions heading was found; lines that ask something were taken.',
    toCheck: (n) =>
      `warning: ${count(n, 'question was', 'questions were')} found by a less certain rule (no "?", or a table column); check them.`,
  },
  importProgram: {
    tooMany: (max) => `warning: only the first ${max} questions are imported.`,
    none: 'warning: no guiding questions were found; the event has none.',
    noHeading: 'warning: no guiding-questions heading was found; check the imported questions.',
    invalid: 'Could not build a valid event file from this program.',
    untitled: '(untitled)',
    wrote: (path, title, questions) => `Wrote ${path}: “${title}”, ${count(questions, 'guiding question', 'guiding questions')}`,
  },
  merge: {
    differentEvents:
      'The files hold different events, and only files of one event are merged. ' +
      'Importing an event as a mesa of another is not possible yet.',
    eventOf: (path, title, id) => `  ${path}: “${title}” (id ${id})`,
    invalid: 'The result would not be a valid event file; nothing was written:',
    wrote: (path, title, files, notes) =>
      `Wrote ${path}: “${title}”, ${count(files, 'file merged', 'files merged')}, ${count(notes, 'note', 'notes')}`,
    conflictsWritten: (path, n) => `${count(n, 'conflicting text', 'conflicting texts')} (the version that lost) in ${path}`,
    conflictsNotSaved: (n) =>
      `warning: ${n === 1 ? 'a text' : `${n} texts`} lost to a newer version and ${n === 1 ? 'is' : 'are'} not in the merged file; ` +
      'keep them with --conflicts REPORT.json',
  },
};

export const CLI_MESSAGES: Readonly<Record<Language, CliMessages>> = { es, en };
