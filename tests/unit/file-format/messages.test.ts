import { describe, expect, it } from 'vitest';
import {
  describeFileError,
  parseEventFile,
  serializeEventFile,
  type FileError,
  type FileErrorCode,
  type FileWarning,
} from '../../../src/core/file-format';
import { META, smallBundle } from './fixture';

const good = serializeEventFile(smallBundle(), META);
const PLACEHOLDERS = /\bnull\b|\bundefined\b|\[object|native code|function \w+\(|\bNaN\b/;
/** Forms of address a Spanish message must not use: the app speaks to the user as tú. */
const USTED =
  /\b(revise|use|indique|edit[óo] usted|actualice|guárdelo|elija|intente|verifique|asegúrese|corrija|vuelva|descomprímalo|cópielo|péguelo)\b/i;

function messages(text: string): string[] {
  const result = parseEventFile(text);
  if (result.ok) throw new Error('the file was accepted');
  return result.errors.flatMap((e) => [describeFileError(e, 'es'), describeFileError(e, 'en')]);
}

const withData = (mutate: (data: any) => void): string => {
  const data = JSON.parse(good);
  mutate(data);
  return JSON.stringify(data);
};

describe('file messages in words', () => {
  it('never print null, undefined, [object Object] or a prototype, for any code, even with missing or null figures', () => {
    const codes: Array<FileErrorCode | FileWarning['code']> = [
      'file-too-large',
      'file-empty',
      'not-text',
      'encoding-invalid-utf8',
      'encoding-invalid-utf16',
      'encoding-utf16-no-bom',
      'encoding-utf32',
      'encoding-windows-1252',
      'not-json',
      'json-invalid',
      'json-truncated',
      'not-an-object',
      'format-wrong',
      'version-newer',
      'version-older',
      'version-missing',
      'version-invalid',
      'forbidden-key',
      'missing-field',
      'unknown-field',
      'wrong-type',
      'too-long',
      'too-short',
      'too-many',
      'bad-format',
      'bad-value',
      'not-integer',
      'number-too-large',
      'out-of-range',
      'wrong-event',
      'duplicate-id',
      'dangling-reference',
      'duplicate-synthesis',
      'invalid-value',
      'more-errors',
      'time-zone-unknown',
      'question-order-repeated',
    ];
    // Every figure some message uses; then the optional ones (a position, a sample) absent as null.
    const full = {
      bytes: 5,
      max: 10,
      found: 'x',
      expected: 'string',
      supported: 1,
      key: 'k',
      length: 3,
      count: 2,
      format: 'uuid',
      allowed: ['a', 'b'],
      id: 'i',
      firstPath: 'notes[0].id',
      target: 'question',
      detail: 'd',
      order: 1,
      kind: 'png',
      group: 'image',
      subject: 'event',
      offset: 3,
      line: 1,
      column: 2,
      reason: 'overlong',
      mixed: true,
      shaped: false,
      encoding: 'utf-16le',
      looks: 'text',
      start: 'abc',
      sampleLine: 2,
      sample: 's',
      sign: 'positive',
    };
    const optional = { line: null, column: null, offset: null, sample: null, sampleLine: null, start: null, kind: null, reason: null };
    const paramSets = [full, { ...full, ...optional }];
    for (const code of codes) {
      for (const params of paramSets) {
        for (const path of ['', 'notes[3].constructor', 'event.__proto__', 'toString']) {
          const error = { code, path, params } as FileError;
          for (const lang of ['es', 'en'] as const) {
            const text = describeFileError(error, lang);
            expect(text, `${code} ${path} ${lang}`).not.toMatch(PLACEHOLDERS);
            if (lang === 'es') expect(text, code).not.toMatch(USTED);
          }
        }
      }
    }
  });

  it('name fields such as constructor, toString or __proto__ as written, never through the prototype', () => {
    const text = withData((d) => {
      d.notes[0].toString = 1;
      d.notes[0].valueOf = 'x';
      d.event.hasOwnProperty = true;
      d.isPrototypeOf = 1;
    });
    const all = messages(text).join('\n');
    expect(all).toContain('Nota 1, campo «toString» (notes[0].toString): campo desconocido «toString»');
    expect(all).toContain('Evento, campo «hasOwnProperty»');
    expect(all).toContain('Archivo, campo «isPrototypeOf»');
    expect(all).not.toMatch(PLACEHOLDERS);

    const forbidden = messages(good.replace('"kind":"proposal"', '"kind":"proposal","__proto__":{"x":1}'));
    expect(forbidden[0]).toBe(
      'Nota 2, campo «__proto__» (notes[1].__proto__): contiene la clave prohibida «__proto__». Por seguridad, el archivo se rechaza.',
    );
  });

  it('call numbers beyond what a number can hold, or beyond a field’s maximum, too large, once', () => {
    expect(messages(good.replace('"elapsedMs":1200', '"elapsedMs":1e400'))[0]).toBe(
      'Nota 1, campo «tiempo de sesión» (notes[0].elapsedMs): el número es demasiado grande para leerlo (más de 1.8 × 10³⁰⁸).',
    );
    expect(messages(good.replace('"elapsedMs":1200', '"elapsedMs":-1e400'))[0]).toMatch(/número negativo es demasiado grande/);
    const big = parseEventFile(good.replace('"elapsedMs":1200', '"elapsedMs":1e300'));
    expect(big.ok).toBe(false);
    if (big.ok) return;
    expect(big.errors).toHaveLength(1);
    expect(describeFileError(big.errors[0]!, 'es')).toBe(
      'Nota 1, campo «tiempo de sesión» (notes[0].elapsedMs): 1e+300 es demasiado grande; el máximo es 9,007,199,254,740,991.',
    );
    expect(describeFileError(big.errors[0]!, 'en')).toContain('1e+300 is too large; the maximum is 9,007,199,254,740,991');
  });

  it('say "an empty value" for null, in a type or a list of allowed values', () => {
    const all = messages(withData((d) => ((d.notes[0].kind = null), (d.notes[0].createdAt = null))));
    expect(all).toContain('Nota 1, campo «fecha de creación» (notes[0].createdAt): debería ser un texto y es un valor vacío.');
    expect(all.join('\n')).toMatch(/campo «tipo» \(notes\[0\]\.kind\): debería ser uno de estos valores: idea, .*; y es un valor vacío\./);
  });

  it('give a hint that fits what the text actually is', () => {
    expect(messages('Segundo Conversatorio Metropolitano\n\nPreguntas guía')[0]).toBe(
      'El archivo no es un archivo de evento de Relator: es texto, no datos JSON. Empieza así: «Segundo Conversatorio Metropolitano». Si es el programa del evento, usa «Nuevo evento desde un programa».',
    );
    expect(describeFileError(parseNot('<!DOCTYPE html><html>'), 'es')).toContain('Parece una página web (HTML).');
    expect(messages('{"format": "relator-event",, }')[0]).toBe(
      'El archivo no es JSON válido (línea 1, columna 28). Si lo editaste a mano, revisa comas, comillas y llaves cerca de ese punto.',
    );
  });
});

function parseNot(text: string): FileError {
  const result = parseEventFile(text);
  if (result.ok) throw new Error('accepted');
  return result.errors[0]!;
}
