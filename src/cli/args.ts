import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError, type CliIo } from './command';
import { t } from './lang';

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
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const spec = options[token.name];
    const raw = token.rawName;
    if (!spec) return t(io, `Opción desconocida: ${raw}`, `Unknown option: ${raw}`);
    if (spec.type === 'boolean' && token.value !== undefined) {
      return t(
        io,
        `${raw} no lleva valor (recibido: ${raw}=${token.value}); escribe solo ${raw} o quítalo`,
        `${raw} takes no value (got: ${raw}=${token.value}); write just ${raw}, or leave it out`,
      );
    }
    if (spec.type === 'string' && token.value === undefined) {
      return t(io, `Falta el valor de ${raw}`, `Missing value for ${raw}`);
    }
    if (
      spec.type === 'string' &&
      !token.inlineValue &&
      token.value !== undefined &&
      token.value.length > 1 &&
      token.value.startsWith('-')
    ) {
      const inline = `--${token.name}=${token.value}`;
      return t(
        io,
        `Falta el valor de ${raw}: ${token.value} parece otra opción (si de verdad es el valor, escribe ${inline})`,
        `Missing value for ${raw}: ${token.value} looks like another option (if it really is the value, write ${inline})`,
      );
    }
  }
  return undefined;
}

/** A whole number option within [min, max], or `fallback` when absent. */
export function intOption(raw: string | undefined, name: string, range: { min: number; max: number }, fallback: number, io: CliIo): number {
  if (raw === undefined) return fallback;
  const value = /^-?\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(value) || value < range.min || value > range.max) {
    throw new UsageError(
      t(
        io,
        `--${name} debe ser un número entero entre ${range.min} y ${range.max} (recibido: ${raw})`,
        `--${name} must be a whole number from ${range.min} to ${range.max} (got: ${raw})`,
      ),
    );
  }
  return value;
}
