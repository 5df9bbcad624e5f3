import { eventFileJsonSchema } from '../../core/file-format';
import { parseCommandArgs } from '../args';
import { UsageError, type Command } from '../command';
import { writeOutput } from '../file-io';
import { messages } from '../lang';
import { COMMAND_INFO } from './info';

export const schemaCommand: Command = {
  ...COMMAND_INFO.schema,
  async run(args, io) {
    const parsed = parseCommandArgs(args, { output: { type: 'string', short: 'o' } }, io);
    if (parsed.positionals.length > 0) {
      throw new UsageError(messages(io).args.unexpectedArgument(parsed.positionals[0]!));
    }
    return (await writeOutput(io, parsed.values.output ?? '-', eventFileJsonSchema())) ? 0 : 1;
  },
};
