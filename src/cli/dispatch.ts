import { UsageError, type CliIo, type Command } from './command';
import { messages } from './lang';
import { terminalSafe } from './terminal-safe';
import { APP_VERSION } from './version';

const HELP_FLAGS = new Set(['-h', '--help', 'help']);

function usageText(commands: readonly Command[], io: CliIo): string {
  const m = messages(io);
  // Usage on its own line, summary below: some usages are long enough to break any column layout.
  const lines = commands.flatMap((c) => [`  ${c.usage}`, `      ${m.summaries[c.name]}`]);
  return [m.help.usage, '', m.help.commands, ...lines, '', m.help.helpFlag, m.help.versionFlag, m.help.footer, ''].join('\n');
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
    io.stderr(`${messages(io).unknownCommand(name)}\n\n${usageText(commands, io)}`);
    return 2;
  }
  if (args.some((a) => a === '-h' || a === '--help')) {
    io.stdout(`${messages(io).usageLabel}: ${command.usage}\n  ${messages(io).summaries[command.name]}\n`);
    return 0;
  }
  try {
    return await command.run(args, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`${e.message}\n${messages(io).usageLabel}: ${command.usage}\n`);
      return 2;
    }
    io.stderr(`${messages(io).unexpectedError}: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}
