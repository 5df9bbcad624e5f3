import { describeFileError, parseEventFile, serializeEventFile } from '../../core/file-format';
import { conflictReport, mergeEventFiles, type MergeInput } from '../../core/merge';
import { parseCommandArgs } from '../args';
import { UsageError, type Command } from '../command';
import { allowWindows1252, ENCODING_OPTION, parseOptionsFor, readInput, writeOutput } from '../file-io';
import { ioLanguage, messages } from '../lang';
import { APP_VERSION } from '../version';
import { COMMAND_INFO } from './info';

const OPTIONS = {
  output: { type: 'string', short: 'o' },
  conflicts: { type: 'string' },
  ...ENCODING_OPTION,
} as const;

/**
 * `relator merge A B [...] -o OUT [--conflicts REPORT]`: files of one event, kept by several
 * rapporteurs, become one (src/core/merge). Every file is read and checked before anything is
 * written; the report goes first, so a merged file never exists without the texts it dropped.
 */
export const mergeCommand: Command = {
  ...COMMAND_INFO.merge,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, OPTIONS, io);
    const m = messages(io);
    if (positionals.length < 2) throw new UsageError(m.args.twoFilesToMerge);
    const output = values.output;
    if (!output) throw new UsageError(m.args.missingOutput);
    const windows1252 = allowWindows1252(io, values.encoding);

    const inputs: MergeInput[] = [];
    for (const path of positionals) {
      const input = await readInput(io, path, { subject: 'event', allowWindows1252: windows1252 });
      if (!input) return 1;
      const result = parseEventFile(input.text, parseOptionsFor(io, input));
      if (!result.ok) {
        io.stderr(`${m.files.notAnEventFile(path)}\n`);
        for (const error of result.errors) io.stderr(`  - ${describeFileError(error, ioLanguage(io), 'cli')}\n`);
        return 1;
      }
      inputs.push({ bundle: result.bundle, exportedAt: result.exportedAt });
    }
    io.mark?.('read');

    const merged = mergeEventFiles(inputs);
    io.mark?.('merge');
    if (!merged.ok && merged.code === 'different-events') {
      io.stderr(`${m.merge.differentEvents}\n`);
      inputs.forEach(({ bundle }, i) => io.stderr(`${m.merge.eventOf(positionals[i]!, bundle.event.title, bundle.event.id)}\n`));
      return 1;
    }
    if (!merged.ok) {
      io.stderr(`${m.merge.invalid}\n`);
      for (const error of merged.errors) io.stderr(`  - ${describeFileError(error, ioLanguage(io), 'cli')}\n`);
      return 1;
    }

    const { bundle, conflicts } = merged;
    if (values.conflicts !== undefined && !(await writeOutput(io, values.conflicts, conflictReport(bundle.event, conflicts)))) return 1;
    const text = serializeEventFile(bundle, { appVersion: APP_VERSION, exportedAt: merged.exportedAt });
    if (!(await writeOutput(io, output, text))) return 1;
    io.mark?.('write');

    // With OUT on standard output, the sentences go to standard error so the file stays clean.
    const say = output === '-' ? io.stderr : io.stdout;
    const liveNotes = bundle.notes.filter((n) => n.deletedAt === null).length;
    if (output !== '-') say(`${m.merge.wrote(output, bundle.event.title, inputs.length, liveNotes)}\n`);
    if (values.conflicts !== undefined && values.conflicts !== '-')
      say(`${m.merge.conflictsWritten(values.conflicts, conflicts.length)}\n`);
    if (values.conflicts === undefined && conflicts.length > 0) io.stderr(`${m.merge.conflictsNotSaved(conflicts.length)}\n`);
    return 0;
  },
};
