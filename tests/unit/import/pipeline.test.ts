import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runImport, runMerge, type ImportHost } from '../../../src/renderer/app/import/pipeline';
import type { ImportProgress, ImportQuestion } from '../../../src/renderer/app/import/protocol';
import { RelatorDb, setDb } from '../../../src/renderer/store';
import { systemContext } from '../../../src/core/model/factories';
import { HOSTILE_TITLE, hostileBaseText } from '../../fixtures/hostile-base';
import { hostileFiles } from '../../fixtures/hostile-files';
import { uniqueName } from '../store/helpers';

const files = hostileFiles(hostileBaseText());
const file = (outcome: string) => files.find((f) => f.outcome === outcome || f.name === outcome)!;

/** A host that answers each question from a list and records what the pipeline told it. */
function host(answers: Array<boolean | 'copy' | 'replace' | null> = [], stopAfter?: ImportProgress['phase']) {
  const questions: ImportQuestion[] = [];
  const progress: ImportProgress[] = [];
  let stopped = false;
  const h: ImportHost = {
    progress: (p) => {
      progress.push(p);
      if (p.phase === stopAfter) stopped = true;
    },
    ask: async (q) => (questions.push(q), answers.shift() ?? null),
    stopped: () => stopped,
    backup: () => Promise.reject(new Error('an import never backs up on its own')),
  };
  return { host: h, questions, progress };
}

const request = (bytes: Uint8Array | Blob, name = 'evento.relator.json') => ({
  name,
  data: bytes,
  language: 'es' as const,
  copySuffix: ' (copia)',
});

describe('the import pipeline', () => {
  let db: RelatorDb;
  beforeEach(() => {
    db = new RelatorDb(uniqueName(), systemContext);
    setDb(db);
  });
  afterEach(async () => {
    db.close();
    await db.delete();
  });
  const counts = () => Promise.all(db.eventTables.map((t) => t.count()));

  it('imports a UTF-16 file read from a Blob, reporting every phase in order, ending at 1', async () => {
    const h = host();
    const outcome = await runImport(request(new Blob([file('utf16le.relator.json').bytes as Uint8Array<ArrayBuffer>])), h.host);
    expect(outcome).toMatchObject({ status: 'imported', title: HOSTILE_TITLE, mode: 'new' });
    const phases = [...new Set(h.progress.map((p) => p.phase))];
    expect(phases).toEqual(['read', 'decode', 'parse', 'check', 'write']);
    const fractions = h.progress.map((p) => p.fraction);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
    expect(fractions.at(-1)).toBe(1);
  });

  it('asks before reading Windows-1252: a no leaves the database as it was, a yes imports the accents right', async () => {
    const no = host([false]);
    expect(await runImport(request(file('confirm').bytes), no.host)).toEqual({ status: 'cancelled' });
    expect(no.questions).toEqual([expect.objectContaining({ kind: 'encoding', encoding: 'windows-1252', line: 11 })]);
    expect((no.questions[0] as { preview: { text: string }[] }).preview[0]!.text).toContain('¿Cómo decidimos?');
    expect(await counts()).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);

    const yes = host([true]);
    expect(await runImport(request(file('confirm').bytes), yes.host)).toMatchObject({ status: 'imported', title: HOSTILE_TITLE });
  });

  it('refuses hostile files with one message naming the problem, and writes nothing', async () => {
    for (const f of files.filter((x) => x.outcome === 'refused')) {
      const outcome = await runImport(request(f.bytes, f.name), host().host);
      expect(outcome, f.name).toMatchObject({ status: 'invalid', name: f.name });
      expect((outcome as { messages: string[] }).messages, f.name).toEqual([expect.stringMatching(f.says)]);
    }
    expect(await counts()).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('asks what to do with an event already in the library, and a copy keeps both', async () => {
    const bytes = file('utf8-bom.relator.json').bytes;
    await runImport(request(bytes), host().host);
    const before = await counts();
    const cancel = host([null]);
    expect(await runImport(request(bytes), cancel.host)).toEqual({ status: 'cancelled' });
    // The question names the event, so the page can back it up before a replace.
    const eventId = JSON.parse(new TextDecoder().decode(bytes).replace(/^\uFEFF/, '')).event.id;
    expect(cancel.questions).toEqual([{ kind: 'conflict', title: HOSTILE_TITLE, eventId }]);
    expect(await counts()).toEqual(before);
    expect(await runImport(request(bytes), host(['copy']).host)).toMatchObject({ status: 'imported', mode: 'copied' });
    expect((await counts())[0]).toBe(2);
  });

  it('stops when cancelled, at any phase, without writing', async () => {
    for (const phase of ['read', 'decode', 'parse', 'write'] as const) {
      const h = host([], phase);
      expect(await runImport(request(file('utf8-bom.relator.json').bytes), h.host), phase).toEqual({ status: 'cancelled' });
    }
    expect(await counts()).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });
});

describe('the merge pipeline ("Combinar con…")', () => {
  let db: RelatorDb;
  beforeEach(() => {
    db = new RelatorDb(uniqueName(), systemContext);
    setDb(db);
  });
  afterEach(async () => {
    db.close();
    await db.delete();
  });

  const text = () => new TextDecoder().decode(file('utf8-bom.relator.json').bytes).replace(/^\uFEFF/, '');
  /** Another rapporteur's copy: the first live note rewritten an hour later. */
  function theirs(): { bytes: Uint8Array; noteId: string } {
    const data = JSON.parse(text());
    const note = data.notes.find((n: { deletedAt: string | null }) => n.deletedAt === null);
    note.text = 'Versión de la otra relatora';
    note.updatedAt = note.editedAt = new Date(Date.parse(note.updatedAt) + 3_600_000).toISOString();
    return { bytes: new TextEncoder().encode(JSON.stringify(data)), noteId: note.id };
  }
  const noteText = async (id: string) => (await db.notes.get(id))?.text;
  const merge = (bytes: Uint8Array, eventId: string, h: ImportHost) =>
    runMerge({ kind: 'merge', eventId, files: [{ name: 'otra.relator.json', data: bytes }], language: 'es' }, h);

  it('backs the event up as it was before writing the merge into it', async () => {
    await runImport(request(file('utf8-bom.relator.json').bytes), host().host);
    const eventId = JSON.parse(text()).event.id as string;
    const copy = theirs();
    const before = await noteText(copy.noteId);
    const backedUp: Array<{ eventId: string; text: string | undefined }> = [];
    const h = { ...host().host, backup: async (id: string) => void backedUp.push({ eventId: id, text: await noteText(copy.noteId) }) };
    expect(await merge(copy.bytes, eventId, h)).toMatchObject({ status: 'merged', conflicts: 1 });
    expect(backedUp).toEqual([{ eventId, text: before }]);
    expect(await noteText(copy.noteId)).toBe('Versión de la otra relatora');
  });

  it('changes nothing when the backup cannot be written, and says so', async () => {
    await runImport(request(file('utf8-bom.relator.json').bytes), host().host);
    const eventId = JSON.parse(text()).event.id as string;
    const copy = theirs();
    const before = await noteText(copy.noteId);
    const h = { ...host().host, backup: () => Promise.reject(new Error('disk full')) };
    expect(await merge(copy.bytes, eventId, h)).toEqual({ status: 'failed', code: 'backup-failed', message: 'disk full' });
    expect(await noteText(copy.noteId)).toBe(before);
    expect(await db.mergeConflicts.count()).toBe(0);
  });

  it('takes no backup for files of another event, which are refused', async () => {
    await runImport(request(file('utf8-bom.relator.json').bytes), host().host);
    // A copy of the event is another event (fresh ids): the file does not merge into it.
    const copied = await runImport(request(file('utf8-bom.relator.json').bytes), host(['copy']).host);
    if (copied.status !== 'imported') throw new Error(copied.status);
    let asked = 0;
    const h = { ...host().host, backup: async () => void asked++ };
    expect(await merge(theirs().bytes, copied.eventId, h)).toMatchObject({ status: 'different-events' });
    expect(asked).toBe(0);
  });
});
