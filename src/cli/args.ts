import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError, type CliIo } from './command';
import { messages } from './lang';

/** A command's options in `node:util` `parseArgs` form: `{ output: { type: 'string', short: 'o' } }`. */
export type OptionSpecs = NonNullable<ParseArgsConfig['options']>;

/**
 * Splits a sub-command's arguments with Node's own parser in strict mode: an unknown option, a
 * value given to a flag (`--starred-only=no`), a missing value, or an option where a value belongs
 * (`-o --no-annex`) is a usage error in the user's language, never a silent guess. `-` alone is a
 * positional (standard input/output); a value that starts with a dash is written `--output=-x`.
 */
export function parseCommandArgs<const T extends OptionSpecs>(args: readonly string[], options: T, io: CliIo) {
  try {
    return parseArgs({ args: [...args], options, strict: true, allowPositionals: true });
  } catch (error) {
    if (!isParseArgsError(error)) throw error;
    throw new UsageError(describeParseError(args, options, io) ?? error.message);
  }
}

function isParseArgsError(error: unknown): error is Error {
  return error instanceof Error && String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS_');
}

/**
 * Node's messages are in English and name no structured fields, so the arguments are walked
 * again, leniently, to find the first one strict parsing refuses and say why in the user's words.
 */
function describeParseError(args: readonly string[], options: OptionSpecs, io: CliIo): string | undefined {
  const { tokens } = parseArgs({ args: [...args], options, strict: false, allowPositionals: true, tokens: true });
  const m = messages(io).args;
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const spec = options[token.name];
    const raw = token.rawName;
    if (!spec) return m.unknownOption(raw);
    if (spec.type === 'boolean' && token.value !== undefined) return m.flagWithValue(raw, token.value);
    if (spec.type === 'string' && token.value === undefined) return m.missingValue(raw);
    if (
      spec.type === 'string' &&
      !token.inlineValue &&
      token.value !== undefined &&
      token.value.length > 1 &&
      token.value.startsWith('-')
    ) {
      return m.valueLooksLikeOption(raw, token.value, `--${token.name}=${token.value}`);
    }
  }
  return undefined;
}

/** A whole number option within [min, max], or `fallback` when absent. */
export function intOption(raw: string | undefined, name: string, range: { min: number; max: number }, fallback: number, io: CliIo): number {
  if (raw === undefined) return fallback;
  const value = /^-?\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(value) || value < range.min || value > range.max) {
    throw new UsageError(messages(io).args.notInRange(name, range.min, range.max, raw));
  }
  return value;
}
