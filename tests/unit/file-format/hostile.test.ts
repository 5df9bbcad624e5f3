import { describe, expect, it } from 'vitest';
import { describeFileError, MAX_EVENT_FILE_BYTES, parseEventFile, serializeEventFile, type FileError } from '../../../src/core/file-format';
import { META, smallBundle } from './fixture';

type Json = Record<string, any>;

function goodText(): string {
  return serializeEventFile(smallBundle(), META);
}

function mutated(change: (file: Json) => void): string {
  const file = JSON.parse(goodText()) as Json;
  change(file);
  return JSON.stringify(file);
}

function errorsOf(text: string, byteLength?: number): FileError[] {
  const result = parseEventFile(text, byteLength === undefined ? {} : { byteLength });
  if (result.ok) throw new Error('the file was accepted');
  return result.errors;
}

/** The one expected error, with messages in both languages that name the path. */
function single(text: string, code: string, path: string): { es: string; en: string } {
  const errors = errorsOf(text);
  expect(errors.map((e) => [e.code, e.path])).toContainEqual([code, path]);
  const error = errors.find((e) => e.code === code && e.path === path)!;
  const es = describeFileError(error, 'es');
  const en = describeFileError(error, 'en');
  if (path !== '') {
    expect(es).toContain(path);
    expect(en).toContain(path);
  }
  return { es, en };
}

describe('hostile and broken event files', () => {
  it('a truncated file says it is incomplete, with line and column', () => {
    const text = goodText();
    const { es, en } = single(text.slice(0, Math.floor(text.length / 2)), 'json-truncated', '');
    expect(es).toMatch(/incompleto.*línea \d+, columna \d+/);
    expect(en).toMatch(/incomplete.*line \d+, column \d+/);
  });

  it('broken JSON in the middle points at the line of the mistake', () => {
    const lines = goodText().split('\n');
    lines[3] = lines[3]!.replace(/,$/, ''); // drop a comma on line 4
    const [error] = errorsOf(lines.join('\n'));
    expect(error!.code).toBe('json-invalid');
    expect(error!.params.line).toBe(5);
  });

  it('rejects __proto__ nested in a note, naming where it is', () => {
    const text = goodText().replace('"text":"Propuesta"', '"text":"Propuesta","__proto__":{"polluted":true}');
    const { es, en } = single(text, 'forbidden-key', 'notes[1].__proto__');
    expect(es).toContain('Nota 2');
    expect(en).toContain('Note 2');
    expect(({} as Json).polluted).toBeUndefined();
  });

  it('rejects a constructor key even deep inside an action', () => {
    const text = goodText().replace('"who":"Ana"', '"who":"Ana","constructor":{"prototype":{}}');
    const errors = errorsOf(text);
    expect(errors[0]).toMatchObject({ code: 'forbidden-key', path: 'notes[2].action.constructor' });
  });

  it('still accepts the words constructor and prototype inside note text', () => {
    const bundle = smallBundle();
    bundle.notes[0]!.text = 'El sector constructor y el prototype del __proto__';
    expect(parseEventFile(serializeEventFile(bundle, META)).ok).toBe(true);
  });

  it('refuses a 200,000-character note text, naming the note', () => {
    const text = mutated((f) => (f.notes[3].text = 'x'.repeat(200_000)));
    const { es, en } = single(text, 'too-long', 'notes[3].text');
    expect(es).toContain('Nota 4');
    // Numbers as the UI writes them: es-MX groups thousands with a comma (core/i18n/locales.ts).
    expect(es).toContain('200,000');
    expect(en).toContain('Note 4');
    expect(en).toContain('100,000');
  });

  it('names the field when a value has the wrong type', () => {
    const { es, en } = single(
      mutated((f) => (f.notes[0].text = 42)),
      'wrong-type',
      'notes[0].text',
    );
    expect(es).toContain('debería ser un texto y es un número');
    expect(en).toContain('should be text and is a number');
    single(
      mutated((f) => (f.notes[0].starred = 'yes')),
      'wrong-type',
      'notes[0].starred',
    );
    single(
      mutated((f) => (f.participants[1].role = 'king')),
      'bad-value',
      'participants[1].role',
    );
    single(
      mutated((f) => delete f.turns[0].order),
      'missing-field',
      'turns[0].order',
    );
    single(
      mutated((f) => (f.questions[0].colour = 'red')),
      'unknown-field',
      'questions[0].colour',
    );
    single(
      mutated((f) => (f.event.date = '26/11/2026')),
      'bad-format',
      'event.date',
    );
    single(
      mutated((f) => (f.notes[1].id = 'not-a-uuid')),
      'bad-format',
      'notes[1].id',
    );
  });

  it('checks the timer log of each turn', () => {
    const { en } = single(
      mutated((f) => (f.turns[0].timerLog[1].type = 'rewind')),
      'bad-value',
      'turns[0].timerLog[1].type',
    );
    expect(en).toContain('start, pause, resume, adjust, finish, reset');
    single(
      mutated((f) => (f.turns[0].timerLog[0].at = 'soon')),
      'wrong-type',
      'turns[0].timerLog[0].at',
    );
    single(
      mutated((f) => (f.turns[0].timerLog[2].extra = 1)),
      'unknown-field',
      'turns[0].timerLog[2].extra',
    );
  });

  it('says a file from a newer Relator needs an update', () => {
    const { es, en } = single(
      mutated((f) => (f.version = 3)),
      'version-newer',
      'version',
    );
    expect(es).toContain('Actualiza Relator');
    expect(en).toContain('Update Relator');
  });

  it('explains a missing or older version', () => {
    single(
      mutated((f) => delete f.version),
      'version-missing',
      'version',
    );
    single(
      mutated((f) => (f.version = 0)),
      'version-older',
      'version',
    );
  });

  it('says a file that is not a Relator event is not one', () => {
    const { es, en } = single(
      mutated((f) => (f.format = 'something-else')),
      'format-wrong',
      'format',
    );
    expect(es).toContain('something-else');
    expect(en).toContain('not a Relator event');
    single('[1, 2]', 'not-an-object', '');
    single('   ', 'file-empty', '');
  });

  it('refuses a note under a question that is not in the file', () => {
    const text = mutated((f) => (f.notes[0].questionId = '00000000-0000-4000-8000-000000000000'));
    const { es, en } = single(text, 'dangling-reference', 'notes[0].questionId');
    expect(es).toContain('pregunta guía');
    expect(en).toContain('guiding question');
  });

  it('refuses a repeated id, saying where it was first used', () => {
    const text = mutated((f) => (f.notes[2].id = f.notes[1].id));
    const { es } = single(text, 'duplicate-id', 'notes[2].id');
    expect(es).toContain('notes[1].id');
  });

  it('refuses records of another event and a second live synthesis for one question', () => {
    single(
      mutated((f) => (f.turns[0].eventId = f.questions[0].id)),
      'wrong-event',
      'turns[0].eventId',
    );
    const twice = mutated((f) => f.syntheses.push({ ...f.syntheses[0], id: '11111111-1111-4111-8111-111111111111' }));
    single(twice, 'duplicate-synthesis', 'syntheses[2].questionId');
    // A mesa's synthesis of the same question is another synthesis, not a second one.
    const ofMesa = mutated((f) =>
      f.syntheses.push({ ...f.syntheses[0], id: '11111111-1111-4111-8111-111111111111', mesaId: f.mesas[0].id }),
    );
    expect(parseEventFile(ofMesa).ok).toBe(true);
  });

  it('refuses too many records before checking them one by one', () => {
    const text = mutated((f) => (f.questions = Array.from({ length: 1001 }, () => 0)));
    expect(errorsOf(text)).toEqual([{ code: 'too-many', path: 'questions', params: { max: 1000, count: 1001 } }]);
  });

  it('refuses a file over 200 MB by its size', () => {
    const [error] = errorsOf(goodText(), MAX_EVENT_FILE_BYTES + 1);
    expect(error!.code).toBe('file-too-large');
    expect(describeFileError(error!, 'en')).toContain('200 MB');
  });

  it('lists at most 20 problems and counts the rest', () => {
    const text = mutated((f) => {
      f.notes = Array.from({ length: 50 }, (_, i) => ({ ...f.notes[0], text: i }));
    });
    const errors = errorsOf(text);
    expect(errors).toHaveLength(21);
    expect(errors[20]).toMatchObject({ code: 'more-errors' });
    expect(describeFileError(errors[20]!, 'es')).toMatch(/\d+ problemas más/);
  });
});

describe('forbidden keys written with escapes', () => {
  it('finds __proto__ spelt with \\u escapes, which JSON.parse decodes', () => {
    const text = goodText().replace('"text":"Propuesta"', '"text":"Propuesta","\\u005f\\u005fproto\\u005f\\u005f":{}');
    expect(errorsOf(text)[0]).toMatchObject({ code: 'forbidden-key', path: 'notes[1].__proto__' });
  });
});
