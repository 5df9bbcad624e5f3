import { generateDemoBundle } from '../../core/demo';
import { LIMITS, serializeEventFile } from '../../core/file-format';
import { buildSampleBundle } from '../../core/sample';
import { intOption, parseCommandArgs } from '../args';
import { UsageError, type Command } from '../command';
import { writeOutput } from '../file-io';
import { messages } from '../lang';
import { SAMPLE_PROGRAM_TEXT } from '../sample-text';
import { APP_VERSION } from '../version';
import { COMMAND_INFO } from './info';

const OPTIONS = {
  notes: { type: 'string', short: 'n' },
  seed: { type: 'string', short: 's' },
  output: { type: 'string', short: 'o' },
} as const;

export const demoCommand: Command = {
  ...COMMAND_INFO.demo,
  async run(args, io) {
    const parsed = parseCommandArgs(args, OPTIONS, io);
    if (parsed.positionals.length > 0) {
      throw new UsageError(messages(io).args.unexpectedArgument(parsed.positionals[0]!));
    }
    const notes = intOption(parsed.values.notes, 'notes', { min: 0, max: LIMITS.notes }, 200, io);
    const seed = intOption(parsed.values.seed, 'seed', { min: 0, max: 0xffffffff }, 1, io);
    const output = parsed.values.output;
    if (output === undefined) throw new UsageError(messages(io).args.missingOutput);

    // The sample's own ids are random; the demo remaps every id from the seed, so output stays reproducible.
    const bundle = generateDemoBundle({ notes, seed, sample: buildSampleBundle(SAMPLE_PROGRAM_TEXT) });
    const text = serializeEventFile(bundle, { appVersion: APP_VERSION, exportedAt: bundle.event.updatedAt });
    if (!(await writeOutput(io, output, text))) return 1;
    if (output !== '-') {
      io.stdout(`${messages(io).demo.wrote(output, bundle.event.title, notes, seed)}\n`);
    }
    return 0;
  },
};
