import { extractProgram } from '../../core/program';
import { parseCommandArgs } from '../args';
import { UsageError, type Command } from '../command';
import { allowWindows1252, ENCODING_OPTION, readInput } from '../file-io';
import { t } from '../lang';
import { escapeJsonControls } from '../terminal-safe';
import { COMMAND_INFO } from './info';

export const questionsCommand: Command = {
  ...COMMAND_INFO.questions,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, ENCODING_OPTION, io);
    if (positionals.length !== 1) {
      throw new UsageError(t(io, 'Indique un único archivo de programa', 'Give exactly one program file'));
    }
    const input = await readInput(io, positionals[0]!, { subject: 'text', allowWindows1252: allowWindows1252(io, values.encoding) });
    if (!input) return 1;
    const program = extractProgram(input.text);
    const out = {
      questions: program.questions.map((q) => ({ text: q.text, block: q.block })),
      heading: program.heading,
    };
    io.stdout(`${escapeJsonControls(JSON.stringify(out, null, 2))}\n`);
    if (program.questions.length === 0) {
      io.stderr(t(io, 'No se encontraron preguntas guía en el texto.\n', 'No guiding questions were found in the text.\n'));
    } else if (!program.headingFound) {
      io.stderr(
        t(
          io,
          'aviso: no se encontró un encabezado de preguntas guía; se tomaron las líneas que preguntan algo.\n',
          'warning: no guiding-questions heading was found; lines that ask something were taken.\n',
        ),
      );
    }
    return 0;
  },
};
