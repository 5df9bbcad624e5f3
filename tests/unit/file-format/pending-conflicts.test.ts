import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeFileError, parseEventFile, serializeEventFile, type PendingConflict } from '../../../src/core/file-format';
import { COMMANDS } from '../../../src/cli/commands';
import { runCli } from '../../../src/cli/dispatch';
import { fakeIo } from '../cli/fake-io';
import { META, smallBundle } from './fixture';

/** A text a merge set aside on the bundle's first note, still waiting for review. */
function pendingOn(bundle: ReturnType<typeof smallBundle>): PendingConflict {
  const note = bundle.notes[0]!;
  return {
    mergedAt: '2026-11-26T18:00:00.000Z',
    conflict: {
      kind: 'notes',
      id: note.id,
      field: 'text',
      kept: { id: note.id, value: note.text, updatedAt: note.updatedAt, deleted: false },
      lost: { id: note.id, value: 'La versión de la otra relatora', updatedAt: '2026-11-26T17:00:00.000Z', deleted: false },
    },
  };
}

describe('event files carry the texts merges set aside for review', () => {
  it('reads back the pending conflicts it wrote, in order, beside the same bundle', () => {
    const bundle = smallBundle();
    const event: PendingConflict = {
      mergedAt: '2026-11-26T18:05:00.000Z',
      conflict: {
        kind: 'event',
        id: bundle.event.id,
        field: 'conclusions',
        kept: { id: bundle.event.id, value: '', updatedAt: bundle.event.updatedAt, deleted: false },
        lost: { id: bundle.event.id, value: 'Conclusiones de la mesa 2', updatedAt: '2026-11-26T17:30:00.000Z', deleted: false },
      },
    };
    const pending = [pendingOn(bundle), event];
    const text = serializeEventFile(bundle, META, pending);
    const result = parseEventFile(text);
    if (!result.ok) throw new Error(result.errors.map((e) => describeFileError(e, 'en')).join('\n'));
    expect(result.bundle).toEqual(bundle);
    expect(result.mergeConflicts).toEqual(pending);
    // Stable: writing what was read gives the same bytes.
    expect(serializeEventFile(result.bundle, META, result.mergeConflicts)).toBe(text);
  });

  it('a file with texts waiting for review passes `relator validate`', async () => {
    const bundle = smallBundle();
    const f = fakeIo({ 'e.relator.json': serializeEventFile(bundle, META, [pendingOn(bundle)]) });
    expect(await runCli(['validate', 'e.relator.json'], COMMANDS, f.io)).toBe(0);
    expect(f.stdout()).toMatch(/^ok: «Conversatorio de prueba»/);
  });

  it('writes no list when nothing waits, so such a file is byte for byte what earlier versions wrote and read', () => {
    const bundle = smallBundle();
    const text = serializeEventFile(bundle, META, []);
    expect(text).toBe(serializeEventFile(bundle, META));
    expect(text).not.toContain('mergeConflicts');
  });

  it('opens files from before the list existed (version 2 without it, version 1) with nothing waiting for review', () => {
    const v2 = parseEventFile(serializeEventFile(smallBundle(), META));
    expect(v2.ok && v2.mergeConflicts).toEqual([]);
    const v1 = parseEventFile(readFileSync(new URL('../../fixtures/files/v1-sample.relator.json', import.meta.url), 'utf8'));
    expect(v1.ok && v1.mergeConflicts).toEqual([]);
    expect(v1.ok && v1.bundle.questions.length).toBeGreaterThan(0);
  });

  it('refuses a pending conflict about a record the file does not have, saying which', () => {
    const bundle = smallBundle();
    const stray = pendingOn(bundle);
    stray.conflict.id = '00000000-0000-4000-8000-0000000000ff';
    const result = parseEventFile(serializeEventFile(bundle, META, [stray]));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => describeFileError(e, 'es'))).toEqual([
      'Texto apartado por una combinación 1, campo «conflict.id» (mergeConflicts[0].conflict.id): remite a un registro que no está en el archivo (00000000-0000-4000-8000-0000000000ff).',
    ]);
  });
});
