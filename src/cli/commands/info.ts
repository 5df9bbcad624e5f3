import type { Command } from '../command';

export type CommandInfo = Omit<Command, 'run'>;

/**
 * What `relator --help` shows of each command, apart from its code: the registry can list every
 * command without loading any of them.
 */
export const COMMAND_INFO = {
  validate: {
    name: 'validate',
    usage: 'relator validate FILE [--encoding windows-1252]',
    summary: 'Comprueba un archivo de evento .relator.json (FILE «-» lee la entrada estándar)',
    summaryEn: 'Checks a .relator.json event file (FILE "-" reads standard input)',
  },
  demo: {
    name: 'demo',
    usage: 'relator demo --notes N [--seed S] -o FILE',
    summary: 'Escribe un evento ficticio y reproducible con N notas, a partir del evento de muestra',
    summaryEn: 'Writes a fictional, reproducible event with N notes, built on the sample event',
  },
  schema: {
    name: 'schema',
    usage: 'relator schema [-o FILE]',
    summary: 'Escribe el JSON Schema del formato de archivo de evento (resources/relator-event.schema.json)',
    summaryEn: 'Writes the JSON Schema of the event file format (resources/relator-event.schema.json)',
  },
  export: {
    name: 'export',
    usage:
      'relator export EVENT.relator.json --format docx|md|csv [--lang es|en] [--no-annex] [--starred-only] ' +
      '[--timestamps clock|elapsed|none] [--group kind|chronological] [--no-speaking-time] [--encoding windows-1252] -o OUT',
    summary: 'Escribe la relatoría en DOCX o Markdown, o los tiempos de palabra en CSV',
    summaryEn: 'Writes the report as DOCX or Markdown, or the speaking times as CSV',
  },
  questions: {
    name: 'questions',
    usage: 'relator questions FILE.txt [--encoding windows-1252]',
    summary: 'Extrae en JSON las preguntas guía de un programa en texto (FILE «-» lee la entrada estándar)',
    summaryEn: 'Extracts the guiding questions of a text program as JSON (FILE "-" reads standard input)',
  },
  importProgram: {
    name: 'import-program',
    usage: 'relator import-program FILE.txt [--title T] [--date YYYY-MM-DD] [--encoding windows-1252] -o EVENT.relator.json',
    summary: 'Crea un archivo de evento a partir del programa en texto: datos del evento y preguntas guía',
    summaryEn: 'Creates an event file from a text program: event data and guiding questions',
  },
} satisfies Record<string, CommandInfo>;
