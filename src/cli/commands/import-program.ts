import { LIMITS, parseEventFile, PROGRAM_MIN_MESAS, promoteMesaBlocks, serializeEventFile } from '../../core/file-format';
import { createEvent, createQuestion } from '../../core/model/factories';
import type { EventBundle, Language } from '../../core/model/types';
import { extractProgram, guessLanguage, type ExtractedProgram } from '../../core/program';
import { parseCommandArgs } from '../args';
import { UsageError, type CliIo, type Command } from '../command';
import { allowWindows1252, ENCODING_OPTION, readProgramInput, writeOutput } from '../file-io';
import { messages } from '../lang';
import { APP_VERSION } from '../version';
import { COMMAND_INFO } from './info';

const OPTIONS = {
  title: { type: 'string', short: 't' },
  date: { type: 'string', short: 'd' },
  output: { type: 'string', short: 'o' },
  ...ENCODING_OPTION,
} as const;

function checkDate(io: CliIo, value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const probe = m ? new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!)) : null;
  if (!m || !probe || probe.getUTCDate() !== +m[3]! || probe.getUTCMonth() !== +m[2]! - 1) {
    throw new UsageError(messages(io).args.badDate(value));
  }
  return value;
}

const clip = (text: string, max: number): string => (text.length > max ? text.slice(0, max) : text);

export const importProgramCommand: Command = {
  ...COMMAND_INFO.importProgram,
  async run(args, io) {
    const parsed = parseCommandArgs(args, OPTIONS, io);
    if (parsed.positionals.length !== 1) {
      throw new UsageError(messages(io).args.oneProgramFile);
    }
    const output = parsed.values.output;
    if (output === undefined) throw new UsageError(messages(io).args.missingOutput);
    const titleOption = parsed.values.title;
    if (titleOption !== undefined && titleOption.trim() === '') {
      throw new UsageError(messages(io).args.emptyTitle);
    }
    const dateOption = parsed.values.date;
    const date = dateOption === undefined ? undefined : checkDate(io, dateOption);

    const input = await readProgramInput(io, parsed.positionals[0]!, allowWindows1252(io, parsed.values.encoding));
    if (!input) return 1;
    const found = extractProgram(input.text);
    const bundle = bundleFromProgram(found, guessLanguage(input.text), titleOption?.trim(), date);
    if (found.questions.length > LIMITS.questions) {
      io.stderr(`${messages(io).importProgram.tooMany(LIMITS.questions)}\n`);
    }
    if (bundle.questions.length === 0) {
      io.stderr(`${messages(io).importProgram.none}\n`);
    } else if (!found.headingFound) {
      io.stderr(`${messages(io).importProgram.noHeading}\n`);
    }

    const text = serializeEventFile(bundle, { appVersion: APP_VERSION, exportedAt: bundle.event.updatedAt });
    // Never write a file the app would refuse to open.
    const check = parseEventFile(text);
    if (!check.ok) {
      io.stderr(`${messages(io).importProgram.invalid}\n`);
      return 1;
    }
    if (!(await writeOutput(io, output, text))) return 1;
    if (output !== '-') {
      const title = bundle.event.title || messages(io).importProgram.untitled;
      io.stdout(`${messages(io).importProgram.wrote(output, title, bundle.questions.length)}\n`);
    }
    return 0;
  },
};

/** The event file's content for an extracted program, with the user's title and date taking precedence. */
export function bundleFromProgram(
  program: ExtractedProgram,
  language: Language,
  title: string | undefined,
  date: string | undefined,
): EventBundle {
  const e = program.event;
  const event = createEvent({
    title: clip(title ?? e.title, LIMITS.title),
    subtitle: clip(e.subtitle, LIMITS.shortText),
    date: date ?? e.date,
    startTime: e.startTime,
    place: clip(e.place, LIMITS.shortText),
    objectives: e.objectives.slice(0, LIMITS.objectives).map((o) => clip(o, LIMITS.objective)),
    organisers: e.organisers.slice(0, LIMITS.organisers).map((o) => clip(o, LIMITS.shortText)),
    language,
  });
  const found = program.questions
    .slice(0, LIMITS.questions)
    .map((q, order) =>
      createQuestion(event.id, { text: clip(q.text, LIMITS.questionText), order, block: clip(q.block, LIMITS.shortText) }),
    );
  const { mesas, questions } = promoteMesaBlocks(event, found, PROGRAM_MIN_MESAS);
  return { event, mesas, questions, participants: [], notes: [], turns: [], syntheses: [], photos: [] };
}
