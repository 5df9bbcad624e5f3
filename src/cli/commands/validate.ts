import { describeFileError, parseEventFile } from '../../core/file-format';
import { parseArgs } from '../args';
import { UsageError, type Command } from '../command';
import { readInput } from '../file-io';
import { ioLanguage, t } from '../lang';

export const validateCommand: Command = {
  name: 'validate',
  usage: 'relator validate FILE',
  summary: 'Comprueba un archivo de evento .relator.json (FILE «-» lee la entrada estándar)',
  summaryEn: 'Checks a .relator.json event file (FILE "-" reads standard input)',
  async run(args, io) {
    const { positionals } = parseArgs(args, [], io);
    if (positionals.length !== 1) {
      throw new UsageError(t(io, 'Indique un único archivo que comprobar', 'Give exactly one file to check'));
    }
    const path = positionals[0]!;
    const input = await readInput(io, path);
    if (!input) return 1;
    const lang = ioLanguage(io);
    const result = parseEventFile(input.text, input.bytes === undefined ? {} : { byteLength: input.bytes });
    if (!result.ok) {
      io.stderr(t(io, `${path}: no es un archivo de evento válido:\n`, `${path}: not a valid event file:\n`));
      for (const error of result.errors) io.stderr(`  - ${describeFileError(error, lang)}\n`);
      return 1;
    }
    for (const warning of result.warnings) io.stderr(`${t(io, 'aviso', 'warning')}: ${describeFileError(warning, lang)}\n`);
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
