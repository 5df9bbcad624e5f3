import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EVENT_FILE_VERSION, parseEventFile, serializeEventFile } from '../../../src/core/file-format';
import { mergeEventFiles } from '../../../src/core/merge';
import { buildSampleBundle } from '../../../src/core/sample/sample-event';

/**
 * Files written by Relator before mesas existed (format version 1), as the release wrote them:
 * `tests/fixtures/files/v1-*.relator.json` came from the v1 CLI (`relator demo`, `relator
 * import-program` on the built-in sample); v1-blocks is the demo with program blocks named like mesas.
 */
const fixture = (name: string) => readFileSync(new URL(`../../fixtures/files/${name}`, import.meta.url), 'utf8');
const V1_FILES = ['v1-demo.relator.json', 'v1-sample.relator.json', 'v1-blocks.relator.json'];

function parsed(text: string) {
  const result = parseEventFile(text);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result;
}

describe('reading version 1 event files', () => {
  it.each(V1_FILES)('%s is read whole: every record kept, all of it the plenary’s, nobody named as author', (name) => {
    const text = fixture(name);
    const raw = JSON.parse(text);
    expect(raw.version).toBe(1);
    const { bundle } = parsed(text);
    for (const key of ['questions', 'participants', 'notes', 'turns', 'syntheses'] as const) {
      expect(bundle[key].map((r) => r.id)).toEqual(raw[key].map((r: { id: string }) => r.id));
    }
    expect(bundle.notes.map((n) => n.text)).toEqual(raw.notes.map((n: { text: string }) => n.text));
    expect(bundle.notes.every((n) => n.mesaId === null && n.authorId === null && n.authorName === '')).toBe(true);
    expect(bundle.turns.every((t) => t.mesaId === null)).toBe(true);
    expect(bundle.syntheses.every((s) => s.mesaId === null)).toBe(true);
  });

  it.each(V1_FILES)('%s is written back as the current version and reads back the same', (name) => {
    const first = parsed(fixture(name));
    const text = serializeEventFile(first.bundle, { appVersion: 'test', exportedAt: first.exportedAt });
    expect(JSON.parse(text).version).toBe(EVENT_FILE_VERSION);
    expect(parsed(text).bundle).toEqual(first.bundle);
  });

  it('turns blocks named like mesas into mesas, and leaves other blocks as headings', () => {
    const { bundle } = parsed(fixture('v1-blocks.relator.json'));
    expect(bundle.mesas.map((m) => [m.name, m.order])).toEqual([
      ['Mesa 1: Movilidad', 0],
      ['Mesa 2', 1],
    ]);
    const [m1, m2] = bundle.mesas;
    expect(bundle.questions.map((q) => [q.block, q.mesaIds])).toEqual([
      ['', []],
      ['', []],
      ['', [m1!.id]],
      ['', [m1!.id]],
      ['', [m2!.id]],
      ['Eje 3', []],
    ]);
  });

  it('converts the same way everywhere, so two rapporteurs’ copies of one v1 file still merge without a conflict', () => {
    const text = fixture('v1-blocks.relator.json');
    const a = parsed(text);
    const b = parsed(text);
    expect(b.bundle.mesas).toEqual(a.bundle.mesas);
    const merged = mergeEventFiles([a, b]);
    expect(merged.ok && merged.conflicts).toEqual([]);
    expect(merged.ok && merged.bundle.mesas).toEqual(a.bundle.mesas);
  });

  it('refuses a version 1 file that holds version 2 fields, naming the field', () => {
    const raw = JSON.parse(fixture('v1-sample.relator.json'));
    raw.questions[0].mesaIds = [];
    const result = parseEventFile(JSON.stringify(raw));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((e) => [e.code, e.path])).toEqual([['unknown-field', 'questions[0].mesaIds']]);
  });

  it('the built-in sample program makes a current file whose mesas are its program’s', () => {
    const text = readFileSync(new URL('../../../resources/samples/segundo-conversatorio-metropolitano.txt', import.meta.url), 'utf8');
    const bundle = buildSampleBundle(text);
    const back = parsed(serializeEventFile(bundle, { appVersion: 'test', exportedAt: bundle.event.createdAt }));
    expect(back.bundle).toEqual(bundle);
    // The sample's questions sit under no mesa heading: all six are the plenary's.
    expect(bundle.mesas).toEqual([]);
    expect(bundle.questions.every((q) => q.mesaIds.length === 0)).toBe(true);
  });
});
