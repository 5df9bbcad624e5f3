import { eventFileJsonSchema } from '../../core/file-format';
import { parseArgs, stringOption } from '../args';
import { UsageError, type Command } from '../command';
import { writeOutput } from '../file-io';
import { t } from '../lang';
import { COMMAND_INFO } from './info';

export const schemaCommand: Command = {
  ...COMMAND_INFO.schema,
  async run(args, io) {
    const parsed = parseArgs(args, [{ name: 'output', short: 'o', value: true }], io);
    if (parsed.positionals.length > 0) {
      throw new UsageError(t(io, `Argumento inesperado: ${parsed.positionals[0]}`, `Unexpected argument: ${parsed.positionals[0]}`));
    }
    return (await writeOutput(io, stringOption(parsed, 'output') ?? '-', eventFileJsonSchema())) ? 0 : 1;
  },
};
