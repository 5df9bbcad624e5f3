import { describeFileError, parseEventFile } from '../../core/file-format';
import { parseCommandArgs } from '../args';
import { UsageError, type Command } from '../command';
import { allowWindows1252, ENCODING_OPTION, parseOptionsFor, readInput } from '../file-io';
import { ioLanguage, t } from '../lang';
import { COMMAND_INFO } from './info';

export const validateCommand: Command = {
  ...COMMAND_INFO.validate,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, ENCODING_OPTION, io);
    if (positionals.length !== 1) {
      throw new UsageError(t(io, 'Indique un único archivo que comprobar', 'Give exactly one file to check'));
    }
    const path = positionals[0]!;
    const input = await readInput(io, path, { subject: 'event', allowWindows1252: allowWindows1252(io, values.encoding) });
    if (!input) return 1;
    io.mark?.('read');
    const lang = ioLanguage(io);
    const result = parseEventFile(input.text, parseOptionsFor(io, input));
    if (!result.ok) {
      io.stderr(t(io, `${path}: no es un archivo de evento válido:\n`, `${path}: not a valid event file:\n`));
      for (const error of result.errors) io.stderr(`  - ${describeFileError(error, lang, 'cli')}\n`);
      return 1;
    }
    for (const warning of result.warnings) io.stderr(`${t(io, 'aviso', 'warning')}: ${describeFileError(warning, lang, 'cli')}\n`);
    const b = result.bundle;
    const n = (records: ReadonlyArray<{ deletedAt: string | null }>) => records.filter((r) => r.deletedAt === null).length;
    io.stdout(
      t(
        io,
        `ok: «${b.event.title}» — ${n(b.questions)} preguntas, ${n(b.participants)} participantes, ${n(b.notes)} notas, ${n(b.turns)} turnos, ${n(b.syntheses)} síntesis\n`,
        `ok: “${b.event.title}” — ${n(b.questions)} questions, ${n(b.participants)} participants, ${n(b.notes)} notes, ${n(b.turns)} turns, ${n(b.syntheses)} syntheses\n`,
      ),
    );
    return 0;
  },
};
