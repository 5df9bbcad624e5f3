import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runImport, type ImportHost } from '../../../src/renderer/app/import/pipeline';
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
    expect(await counts()).toEqual([0, 0, 0, 0, 0, 0]);

    const yes = host([true]);
    expect(await runImport(request(file('confirm').bytes), yes.host)).toMatchObject({ status: 'imported', title: HOSTILE_TITLE });
  });

  it('refuses hostile files with one message naming the problem, and writes nothing', async () => {
    for (const f of files.filter((x) => x.outcome === 'refused')) {
      const outcome = await runImport(request(f.bytes, f.name), host().host);
      expect(outcome, f.name).toMatchObject({ status: 'invalid', name: f.name });
      expect((outcome as { messages: string[] }).messages, f.name).toEqual([expect.stringMatching(f.says)]);
    }
    expect(await counts()).toEqual([0, 0, 0, 0, 0, 0]);
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
    expect(await counts()).toEqual([0, 0, 0, 0, 0, 0]);
  });
});
