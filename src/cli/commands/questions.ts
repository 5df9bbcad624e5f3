import { extractProgram, isWeakRule } from '../../core/program';
import { parseCommandArgs } from '../args';
import { UsageError, type Command } from '../command';
import { allowWindows1252, ENCODING_OPTION, readProgramInput } from '../file-io';
import { messages } from '../lang';
import { escapeJsonControls } from '../terminal-safe';
import { COMMAND_INFO } from './info';

export const questionsCommand: Command = {
  ...COMMAND_INFO.questions,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, ENCODING_OPTION, io);
    if (positionals.length !== 1) {
      throw new UsageError(messages(io).args.oneProgramFile);
    }
    const input = await readProgramInput(io, positionals[0]!, allowWindows1252(io, values.encoding));
    if (!input) return 1;
    const program = extractProgram(input.text);
    const out = {
      questions: program.questions.map((q) => ({ text: q.text, block: q.block })),
      heading: program.heading,
    };
    io.stdout(`${escapeJsonControls(JSON.stringify(out, null, 2))}\n`);
    if (program.questions.length === 0) {
      io.stderr(`${messages(io).questions.none}\n`);
    } else if (!program.headingFound) {
      io.stderr(`${messages(io).questions.noHeading}\n`);
    } else {
      const weak = program.questions.filter((q) => isWeakRule(q.rule)).length;
      if (weak > 0) io.stderr(`${messages(io).questions.toCheck(weak)}\n`);
    }
    return 0;
  },
};
