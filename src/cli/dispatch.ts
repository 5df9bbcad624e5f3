import { UsageError, type CliIo, type Command } from './command';
import { ioLanguage, t } from './lang';
import { terminalSafe } from './terminal-safe';
import { APP_VERSION } from './version';

const HELP_FLAGS = new Set(['-h', '--help', 'help']);

export function usageText(commands: readonly Command[], io: CliIo): string {
  const en = ioLanguage(io) === 'en';
  // Usage on its own line, summary below: some usages are long enough to break any column layout.
  const lines = commands.flatMap((c) => [`  ${c.usage}`, `      ${en ? (c.summaryEn ?? c.summary) : c.summary}`]);
  return [
    t(io, 'Uso: relator ORDEN [opciones]', 'Usage: relator COMMAND [options]'),
    '',
    t(io, 'Órdenes:', 'Commands:'),
    ...lines,
    '',
    t(io, '  relator --help       esta ayuda', '  relator --help       this help'),
    t(io, '  relator --version    versión de Relator', '  relator --version    Relator version'),
    t(
      io,
      'Mensajes en inglés con RELATOR_LANG=en. Códigos de salida: 0 bien, 1 entrada no válida, 2 uso incorrecto.',
      'Messages in Spanish with RELATOR_LANG=es. Exit codes: 0 ok, 1 invalid input, 2 bad usage.',
    ),
    '',
  ].join('\n');
}

/** Runs one command line against the registry; returns the exit code (0 ok, 1 bad input, 2 bad usage). */
export async function runCli(argv: readonly string[], commands: readonly Command[], terminal: CliIo): Promise<number> {
  // Titles, field values and file names come from files: nothing printed may drive the terminal.
  const io: CliIo = {
    ...terminal,
    stdout: (text) => terminal.stdout(terminalSafe(text)),
    stderr: (text) => terminal.stderr(terminalSafe(text)),
  };
  const [name, ...args] = argv;
  if (name === undefined) {
    io.stderr(usageText(commands, io));
    return 2;
  }
  if (HELP_FLAGS.has(name)) {
    io.stdout(usageText(commands, io));
    return 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`relator ${APP_VERSION}\n`);
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr(`${t(io, `Orden desconocida: ${name}`, `Unknown command: ${name}`)}\n\n${usageText(commands, io)}`);
    return 2;
  }
  if (args.some((a) => a === '-h' || a === '--help')) {
    io.stdout(
      `${t(io, 'Uso', 'Usage')}: ${command.usage}\n  ${ioLanguage(io) === 'en' ? (command.summaryEn ?? command.summary) : command.summary}\n`,
    );
    return 0;
  }
  try {
    return await command.run(args, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`${e.message}\n${t(io, 'Uso', 'Usage')}: ${command.usage}\n`);
      return 2;
    }
    io.stderr(`${t(io, 'Error inesperado', 'Unexpected error')}: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}
