import { fileError, type FileError } from './errors';

/** Keys that could reach an object's prototype if a file's data were ever merged into an object. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export type JsonParse = { ok: true; value: unknown } | { ok: false; error: FileError };

/** Parses JSON text, turning V8's message into a line and column a user can look up. */
export function parseJsonText(text: string): JsonParse {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!/\S/.test(body)) return { ok: false, error: fileError('file-empty', '') };
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (e) {
    const start = /\S/.exec(body)!.index;
    if (!JSON_START.test(body.slice(start, start + 6))) return { ok: false, error: notJson(body, start) };
    const message = e instanceof Error ? e.message : String(e);
    const match = /position (\d+)/.exec(message);
    const end = body.trimEnd().length;
    const position = match ? Number(match[1]) : /end of (JSON|data)/i.test(message) ? end : null;
    const truncated = position !== null && position >= end;
    const where = position === null ? {} : lineColumn(body, Math.min(position, end));
    return { ok: false, error: fileError(truncated ? 'json-truncated' : 'json-invalid', '', where) };
  }
}

/** The first character of any JSON text: an object or list, a string, a number, true, false or null. */
const JSON_START = /^(?:[{["\d-]|true|false|null)/;

/** Text that is not JSON at all: says what it looks like, quoting its first words. */
function notJson(body: string, start: number): FileError {
  const head = body.slice(start, start + 200);
  const looks = /^<(!doctype html|html|head|body)\b/i.test(head) ? 'html' : head.startsWith('<') ? 'xml' : 'text';
  const firstLine = head.split(/\r?\n/, 1)[0]!.trim();
  return fileError('not-json', '', { looks, start: firstLine.length > 40 ? `${firstLine.slice(0, 40)}…` : firstLine });
}

function lineColumn(text: string, position: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < position; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: position - lineStart + 1 };
}

/**
 * Whether parsed JSON holds a forbidden key anywhere: a walk without paths or allocations, so a
 * large ordinary file pays a few milliseconds (four scans of its text cost more). Iterative, so
 * deep nesting cannot overflow the stack.
 */
export function hasForbiddenKeys(root: unknown): boolean {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        if (item !== null && typeof item === 'object') stack.push(item);
      }
    } else if (value !== null && typeof value === 'object') {
      if (Object.hasOwn(value, '__proto__') || Object.hasOwn(value, 'constructor') || Object.hasOwn(value, 'prototype')) return true;
      for (const key in value) {
        const item: unknown = (value as Record<string, unknown>)[key];
        if (item !== null && typeof item === 'object') stack.push(item);
      }
    }
  }
  return false;
}

/**
 * Finds `__proto__`, `constructor` and `prototype` keys anywhere in parsed JSON, with their paths.
 * JSON.parse stores them as plain own properties, so they are harmless until some code spreads or
 * merges the data; the file is rejected before that can happen. Iterative, like hasForbiddenKeys.
 */
export function findForbiddenKeys(root: unknown, report: (error: FileError) => void, isFull: () => boolean): void {
  const stack: Array<{ value: unknown; path: string }> = [{ value: root, path: '' }];
  while (stack.length > 0 && !isFull()) {
    const { value, path } = stack.pop()!;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) {
        const item: unknown = value[i];
        if (item !== null && typeof item === 'object') stack.push({ value: item, path: `${path}[${i}]` });
      }
    } else if (value !== null && typeof value === 'object') {
      const keys = Object.keys(value);
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i]!;
        const child = path === '' ? key : `${path}.${key}`;
        if (FORBIDDEN_KEYS.has(key)) report(fileError('forbidden-key', child, { key }));
        else {
          const item: unknown = (value as Record<string, unknown>)[key];
          if (item !== null && typeof item === 'object') stack.push({ value: item, path: child });
        }
      }
    }
  }
}
