import { describeFileError, parseEventFile } from '../../core/file-format';
import { parseCommandArgs } from '../args';
import { UsageError, type Command } from '../command';
import { allowWindows1252, ENCODING_OPTION, parseOptionsFor, readInput } from '../file-io';
import { ioLanguage, messages } from '../lang';
import { COMMAND_INFO } from './info';

export const validateCommand: Command = {
  ...COMMAND_INFO.validate,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, ENCODING_OPTION, io);
    if (positionals.length !== 1) {
      throw new UsageError(messages(io).args.oneFileToCheck);
    }
    const path = positionals[0]!;
    const input = await readInput(io, path, { subject: 'event', allowWindows1252: allowWindows1252(io, values.encoding) });
    if (!input) return 1;
    io.mark?.('read');
    const lang = ioLanguage(io);
    const result = parseEventFile(input.text, parseOptionsFor(io, input));
    if (!result.ok) {
      io.stderr(`${messages(io).files.notAnEventFile(path)}\n`);
      for (const error of result.errors) io.stderr(`  - ${describeFileError(error, lang, 'cli')}\n`);
      return 1;
    }
    for (const warning of result.warnings) io.stderr(`${messages(io).warning}: ${describeFileError(warning, lang, 'cli')}\n`);
    const b = result.bundle;
    const n = (records: ReadonlyArray<{ deletedAt: string | null }>) => records.filter((r) => r.deletedAt === null).length;
    const counts = {
      mesas: n(b.mesas),
      questions: n(b.questions),
      participants: n(b.participants),
      notes: n(b.notes),
      turns: n(b.turns),
      syntheses: n(b.syntheses),
    };
    io.stdout(`${messages(io).validate.ok(b.event.title, counts)}\n`);
    return 0;
  },
};
