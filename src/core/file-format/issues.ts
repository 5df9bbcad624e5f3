import type { z } from 'zod';
import { UUID_PATTERN } from '../model';
import { fileError, formatPath, jsonTypeOf, type FileError } from './errors';
import { CLOCK_PATTERN, DATE_PATTERN } from './schema';

const FORMAT_BY_PATTERN = new Map<string, string>([
  [String(UUID_PATTERN), 'uuid'],
  [String(DATE_PATTERN), 'date'],
  [String(CLOCK_PATTERN), 'time'],
]);

/** How much of an offending value is quoted back in a message. */
const QUOTE_CHARS = 60;

function quote(value: unknown): string {
  const s = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return s.length > QUOTE_CHARS ? `${s.slice(0, QUOTE_CHARS)}…` : s;
}

function lookup(root: unknown, path: readonly PropertyKey[]): { present: boolean; value: unknown } {
  let current: unknown = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key)) {
      return { present: false, value: undefined };
    }
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return { present: true, value: current };
}

function tooLarge(path: string, value: number): FileError {
  return fileError('number-too-large', path, { sign: value < 0 ? 'negative' : 'positive' });
}

/** A value outside a list: quoted when it is text or a number, named by its type otherwise ("an empty value", "a list"). */
function badValue(path: string, allowed: string[], value: unknown): FileError {
  if (typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)) || typeof value === 'boolean') {
    return fileError('bad-value', path, { allowed, found: quote(value) });
  }
  return fileError('bad-value', path, { allowed, foundType: jsonTypeOf(value) });
}

/** Turns one zod issue into the file errors a user is told about (unknown keys give one each). */
export function issueToErrors(issue: z.core.$ZodIssue, root: unknown): FileError[] {
  const path = formatPath(issue.path);
  const { present, value } = lookup(root, issue.path);
  switch (issue.code) {
    case 'invalid_type': {
      if (!present) return [fileError('missing-field', path)];
      // JSON.parse reads 1e400 as Infinity: the file holds a number, only too large to represent.
      if (typeof value === 'number' && !Number.isFinite(value)) return [tooLarge(path, value)];
      if (issue.expected === 'int' && typeof value === 'number') return [fileError('not-integer', path, { found: value })];
      const expected = issue.expected === 'int' ? 'number' : issue.expected;
      return [fileError('wrong-type', path, { expected, found: jsonTypeOf(value) })];
    }
    case 'too_big':
      if (typeof value === 'number' && !Number.isFinite(value)) return [tooLarge(path, value)];
      if (issue.origin === 'string') {
        return [fileError('too-long', path, { max: Number(issue.maximum), length: String(value).length })];
      }
      if (issue.origin === 'array') {
        return [fileError('too-many', path, { max: Number(issue.maximum), count: (value as unknown[]).length })];
      }
      return [fileError('out-of-range', path, { max: Number(issue.maximum), found: quote(value) })];
    case 'too_small':
      if (issue.origin === 'string' || issue.origin === 'array') {
        return [fileError('too-short', path, { min: Number(issue.minimum) })];
      }
      return [fileError('out-of-range', path, { min: Number(issue.minimum), found: quote(value) })];
    case 'invalid_format': {
      const format = issue.format === 'regex' ? (FORMAT_BY_PATTERN.get(issue.pattern ?? '') ?? 'pattern') : issue.format;
      return [fileError('bad-format', path, { format: format === 'datetime' ? 'instant' : format, found: quote(value) })];
    }
    case 'invalid_value':
      return [
        badValue(
          path,
          issue.values.map((v) => String(v)),
          value,
        ),
      ];
    case 'unrecognized_keys':
      return issue.keys.map((key) => fileError('unknown-field', formatPath([...issue.path, key]), { key }));
    case 'invalid_union': {
      // A discriminated union (timer events) reports an unknown or missing `type` here.
      const options = (issue as { options?: unknown }).options;
      if ('discriminator' in issue && Array.isArray(options)) {
        if (!present) return [fileError('missing-field', path)];
        return [
          badValue(
            path,
            options.map((v) => String(v)),
            value,
          ),
        ];
      }
      return [fileError('invalid-value', path, { detail: issue.message })];
    }
    case 'custom': {
      const format = (issue.params as { format?: string } | undefined)?.format;
      if (format) return [fileError('bad-format', path, { format, found: quote(value) })];
      return [fileError('invalid-value', path, { detail: issue.message })];
    }
    default:
      return [fileError('invalid-value', path, { detail: issue.message })];
  }
}
