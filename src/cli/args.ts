import { UsageError, type CliIo } from './command';
import { t } from './lang';

export interface OptionSpec {
  /** Long name without dashes, e.g. `notes`. */
  name: string;
  /** One letter, e.g. `o`. */
  short?: string;
  /** Whether the option is followed by a value (`--notes 200`, `--notes=200`). */
  value: boolean;
}

export interface ParsedArgs {
  options: Map<string, string | true>;
  positionals: string[];
}

/**
 * A small, strict parser for sub-command arguments. Unknown options and missing values are usage
 * errors with a message in the user's language. `-` alone is a positional (standard input/output).
 */
export function parseArgs(args: readonly string[], specs: readonly OptionSpec[], io: CliIo): ParsedArgs {
  const options = new Map<string, string | true>();
  const positionals: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const long = arg.startsWith('--');
    const eq = arg.indexOf('=');
    const key = long ? arg.slice(2, eq === -1 ? undefined : eq) : arg.slice(1, 2);
    const spec = specs.find((s) => (long ? s.name === key : s.short === key));
    if (!spec) throw new UsageError(t(io, `Opción desconocida: ${arg}`, `Unknown option: ${arg}`));
    if (!spec.value) {
      options.set(spec.name, true);
      continue;
    }
    let value: string | undefined;
    if (long && eq !== -1) value = arg.slice(eq + 1);
    else if (!long && arg.length > 2) value = arg.slice(2);
    else value = args[++i];
    if (value === undefined) {
      throw new UsageError(t(io, `Falta el valor de ${arg}`, `Missing value for ${arg}`));
    }
    options.set(spec.name, value);
  }
  return { options, positionals };
}

/** A whole number option within [min, max], or `fallback` when absent. */
export function intOption(parsed: ParsedArgs, name: string, range: { min: number; max: number }, fallback: number, io: CliIo): number {
  const raw = parsed.options.get(name);
  if (raw === undefined) return fallback;
  const value = typeof raw === 'string' && /^-?\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(value) || value < range.min || value > range.max) {
    throw new UsageError(
      t(
        io,
        `--${name} debe ser un número entero entre ${range.min} y ${range.max} (recibido: ${String(raw)})`,
        `--${name} must be a whole number from ${range.min} to ${range.max} (got: ${String(raw)})`,
      ),
    );
  }
  return value;
}

export function stringOption(parsed: ParsedArgs, name: string): string | undefined {
  const raw = parsed.options.get(name);
  return typeof raw === 'string' ? raw : undefined;
}
