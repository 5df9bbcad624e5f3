import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../src/cli/commands';
import { runCli } from '../../../src/cli/dispatch';
import { parseEventFile, serializeEventFile } from '../../../src/core/file-format';
import type { EventBundle, Note } from '../../../src/core/model';
import { META, smallBundle } from '../file-format/fixture';
import { fakeIo } from './fake-io';

/**
 * Two rapporteurs' copies of the fixture event, edited apart. Base notes: n0 «Idea…», n1
 * «Propuesta», n2 «Acción», n3 «Borrada» (in the bin).
 */
const base = smallBundle();
const [n0, n1, n2, n3] = base.notes as [Note, Note, Note, Note];
const at = (hhmm: string) => `2026-11-26T${hhmm}:00.000Z`;
const note = (id: string, text: string, time: string): Note => ({
  ...n1,
  id,
  text,
  createdAt: at(time),
  updatedAt: at(time),
  starred: false,
  tags: [],
});

function copy(change: (b: EventBundle) => void): string {
  const b = structuredClone(base);
  change(b);
  return serializeEventFile(b, META);
}
const set = (b: EventBundle, id: string, fields: Partial<Note>) => {
  const i = b.notes.findIndex((n) => n.id === id);
  b.notes[i] = { ...b.notes[i]!, ...fields };
};

const A = copy((b) => {
  b.notes.push(note('aaaaaaaa-0000-4000-8000-000000000001', 'Nueva de A', '20:00'));
  set(b, n0.id, { text: 'Idea según A', editedAt: at('20:00'), updatedAt: at('20:00') });
  set(b, n1.id, { deletedAt: at('20:01'), updatedAt: at('20:01') });
  set(b, n2.id, { deletedAt: at('20:00'), updatedAt: at('20:00') });
});
const B = copy((b) => {
  b.notes.push(note('bbbbbbbb-0000-4000-8000-000000000001', 'Nueva de B', '20:03'));
  set(b, n0.id, { text: 'Idea según B', editedAt: at('20:05'), updatedAt: at('20:05') });
  // Deleted then restored here, but A's deletion is later.
  set(b, n1.id, { deletedAt: null, updatedAt: at('19:55') });
  // Deleted in A, restored later here.
  set(b, n2.id, { deletedAt: null, updatedAt: at('20:10') });
  set(b, n3.id, { deletedAt: null, updatedAt: at('20:02') });
});

function notesOf(text: string) {
  const parsed = parseEventFile(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return new Map(parsed.bundle.notes.map((n) => [n.id, n]));
}

describe('relator merge', () => {
  it('merges new, edited, deleted and deleted-then-restored notes; the later version wins; the losing text goes to the report', async () => {
    const f = fakeIo({ 'a.relator.json': A, 'b.relator.json': B });
    const code = await runCli(
      ['merge', 'a.relator.json', 'b.relator.json', '-o', 'out.relator.json', '--conflicts', 'c.json'],
      COMMANDS,
      f.io,
    );
    expect(f.stderr()).toBe('');
    expect(code).toBe(0);
    expect(f.stdout()).toBe(
      'Escrito out.relator.json: «Conversatorio de prueba», 2 archivos combinados, 6 notas\n' +
        '1 texto en conflicto (la versión que perdió) en c.json\n',
    );
    const notes = notesOf(f.disk.get('out.relator.json')!);
    expect(notes.size).toBe(7);
    expect(notes.get(n0.id)).toMatchObject({ text: 'Idea según B', deletedAt: null });
    expect(notes.get(n1.id)!.deletedAt).toBe(at('20:01'));
    expect(notes.get(n2.id)).toMatchObject({ deletedAt: null, updatedAt: at('20:10') });
    expect(notes.get(n3.id)).toMatchObject({ text: 'Borrada', deletedAt: null });
    expect(notes.get('aaaaaaaa-0000-4000-8000-000000000001')!.text).toBe('Nueva de A');
    expect(notes.get('bbbbbbbb-0000-4000-8000-000000000001')!.text).toBe('Nueva de B');

    const report = JSON.parse(f.disk.get('c.json')!);
    expect(report).toMatchObject({ format: 'relator-merge-conflicts', version: 1, event: { id: base.event.id } });
    expect(report.conflicts).toEqual([
      {
        kind: 'notes',
        id: n0.id,
        field: 'text',
        kept: { id: n0.id, value: 'Idea según B', updatedAt: at('20:05'), deleted: false },
        lost: { id: n0.id, value: 'Idea según A', updatedAt: at('20:00'), deleted: false },
      },
    ]);

    // The merged file is a valid event file, and the same bytes whichever file comes first.
    expect(await runCli(['validate', 'out.relator.json'], COMMANDS, f.io)).toBe(0);
    expect(await runCli(['merge', 'b.relator.json', 'a.relator.json', '-o', 'ba.relator.json'], COMMANDS, f.io)).toBe(0);
    expect(f.disk.get('ba.relator.json')).toBe(f.disk.get('out.relator.json'));
  });

  it('a purged note (tombstone) later than the other copy stays purged, and its text is not reported', async () => {
    const purged = copy((b) => set(b, n3.id, { text: '', updatedAt: at('21:00') }));
    const f = fakeIo({ 'a.relator.json': B, 'p.relator.json': purged });
    expect(
      await runCli(['merge', 'a.relator.json', 'p.relator.json', '-o', 'o.relator.json', '--conflicts', 'c.json'], COMMANDS, f.io),
    ).toBe(0);
    expect(notesOf(f.disk.get('o.relator.json')!).get(n3.id)).toMatchObject({ text: '', deletedAt: n3.deletedAt });
    expect(JSON.parse(f.disk.get('c.json')!).conflicts.filter((c: { id: string }) => c.id === n3.id)).toEqual([]);
  });

  it('without --conflicts, a lost text is announced on standard error', async () => {
    const f = fakeIo({ 'a.relator.json': A, 'b.relator.json': B }, 'en');
    expect(await runCli(['merge', 'a.relator.json', 'b.relator.json', '-o', 'out.relator.json'], COMMANDS, f.io)).toBe(0);
    expect(f.stderr()).toBe(
      'warning: a text lost to a newer version and is not in the merged file; keep them with --conflicts REPORT.json\n',
    );
  });

  it('refuses files of two different events with exit 1, naming each file, and writes nothing', async () => {
    const other = serializeEventFile({ ...smallBundleOfOtherEvent() }, META);
    for (const [lang, says] of [
      ['es', 'Los archivos son de eventos distintos'],
      ['en', 'The files hold different events'],
    ] as const) {
      const f = fakeIo({ 'a.relator.json': A, 'otro.relator.json': other }, lang);
      expect(await runCli(['merge', 'a.relator.json', 'otro.relator.json', '-o', 'out.relator.json'], COMMANDS, f.io)).toBe(1);
      expect(f.stderr()).toContain(says);
      expect(f.stderr()).toContain(`a.relator.json: `);
      expect(f.stderr()).toContain(`otro.relator.json: `);
      expect(f.stderr()).toMatch(/mesa/);
      expect(f.disk.has('out.relator.json')).toBe(false);
    }
  });

  it('an input that is not a valid event file stops the merge with exit 1, naming the field', async () => {
    const f = fakeIo({ 'a.relator.json': A, 'b.relator.json': B.replace('"text":"Nueva de B"', '"text":7') });
    expect(await runCli(['merge', 'a.relator.json', 'b.relator.json', '-o', 'out.relator.json'], COMMANDS, f.io)).toBe(1);
    expect(f.stderr()).toContain('b.relator.json: no es un archivo de evento válido');
    expect(f.stderr()).toContain('campo «texto»');
    expect(f.disk.has('out.relator.json')).toBe(false);
  });

  it('bad usage exits 2: one file, no -o, an unknown option', async () => {
    for (const [argv, says] of [
      [['merge', 'a.relator.json', '-o', 'o.json'], 'Indica al menos dos archivos de evento que combinar'],
      [['merge', 'a.relator.json', 'b.relator.json'], 'Falta el archivo de salida (-o FILE)'],
      [['merge', 'a.relator.json', 'b.relator.json', '-o', 'o.json', '--force'], 'Opción desconocida: --force'],
      [['merge', 'a.relator.json', 'b.relator.json', '-o', 'o.json', '--conflicts'], 'Falta el valor de --conflicts'],
    ] as const) {
      const f = fakeIo({ 'a.relator.json': A, 'b.relator.json': B });
      expect(await runCli([...argv], COMMANDS, f.io), argv.join(' ')).toBe(2);
      expect(f.stderr()).toContain(says);
      expect(f.stderr()).toContain('Uso: relator merge A.relator.json B.relator.json');
    }
  });
});

function smallBundleOfOtherEvent(): EventBundle {
  const b = structuredClone(base);
  const id = 'cccccccc-0000-4000-8000-000000000001';
  const move = <T extends { eventId: string }>(list: T[]) => list.map((r) => ({ ...r, eventId: id }));
  return {
    event: { ...b.event, id, title: 'Otro foro' },
    mesas: move(b.mesas),
    questions: move(b.questions),
    participants: move(b.participants),
    notes: move(b.notes),
    turns: move(b.turns),
    syntheses: move(b.syntheses),
    photos: move(b.photos),
  };
}
