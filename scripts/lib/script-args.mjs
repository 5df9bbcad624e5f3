// @ts-check
// Options of the repository's own scripts (npm start, the web server), read with Node's parseArgs
// in strict mode: a mistyped option stops the script with its usage line (exit 2), never a guess.
import { parseArgs } from 'node:util';

/** A bad command line: the caller prints the message and exits 2. */
export class UsageError extends Error {}

/**
 * @template {import('node:util').ParseArgsConfig['options'] & {}} T
 * @param {string[]} argv
 * @param {T} options
 * @param {string} usage one line, e.g. `usage: node scripts/x.mjs [--port N]`
 */
export function parseScriptArgs(argv, options, usage) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    const code = /** @type {{ code?: unknown }} */ (error).code;
    if (error instanceof Error && String(code).startsWith('ERR_PARSE_ARGS_')) throw new UsageError(`${error.message}\n${usage}`);
    throw error;
  }
}

/**
 * A TCP port from 0 to 65535, or `fallback` when the option was not given.
 * @param {string | undefined} value
 * @param {number} fallback
 * @param {string} usage
 */
export function portOption(value, fallback, usage) {
  if (value === undefined) return fallback;
  const port = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(port >= 0 && port <= 65535)) throw new UsageError(`--port needs a number from 0 to 65535 (got: ${value})\n${usage}`);
  return port;
}
