import type { Command } from '../command';
import { COMMAND_INFO, type CommandInfo } from './info';

/**
 * A command whose code is imported only when it runs: `relator --version` loads no command,
 * `validate` loads no report code, and only `export --format docx` loads the DOCX writer.
 * The bundle is split per dynamic import (scripts/build-cli.mjs), so each start-up parses less.
 */
function lazy(info: CommandInfo, load: () => Promise<Command>): Command {
  return {
    ...info,
    run: async (args, io) => {
      const command = await load();
      io.mark?.('load-command');
      return command.run(args, io);
    },
  };
}

/** Every `relator` sub-command, in the order `relator --help` lists them. Add new commands here. */
export const COMMANDS: Command[] = [
  lazy(COMMAND_INFO.validate, async () => (await import('./validate')).validateCommand),
  lazy(COMMAND_INFO.demo, async () => (await import('./demo')).demoCommand),
  lazy(COMMAND_INFO.schema, async () => (await import('./schema')).schemaCommand),
  lazy(COMMAND_INFO.export, async () => (await import('./export')).exportCommand),
  lazy(COMMAND_INFO.questions, async () => (await import('./questions')).questionsCommand),
  lazy(COMMAND_INFO.importProgram, async () => (await import('./import-program')).importProgramCommand),
  lazy(COMMAND_INFO.merge, async () => (await import('./merge')).mergeCommand),
];
