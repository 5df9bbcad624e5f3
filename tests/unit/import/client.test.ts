import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startImport } from '../../../src/renderer/app/import/client';
import type { ImportOutcome, ImportProgress, ImportQuestion } from '../../../src/renderer/app/import/protocol';
import { RelatorDb, setDb } from '../../../src/renderer/store';
import { systemContext } from '../../../src/core/model/factories';
import { HOSTILE_TITLE, hostileBaseText } from '../../fixtures/hostile-base';
import { hostileFiles } from '../../fixtures/hostile-files';
import { uniqueName } from '../store/helpers';

const files = hostileFiles(hostileBaseText());

/** Runs one import through the client; `onQuestion` answers (or cancels) through the job. */
function run(bytes: Uint8Array, onQuestion: (q: ImportQuestion, job: ReturnType<typeof startImport>) => void = () => undefined) {
  const progress: ImportProgress[] = [];
  return new Promise<{ outcome: ImportOutcome; progress: ImportProgress[] }>((resolve) => {
    const job = startImport(
      { name: 'e.relator.json', data: bytes, language: 'es', copySuffix: ' (copia)' },
      {
        progress: (p) => progress.push(p),
        question: (q) => onQuestion(q, job),
        done: (outcome) => resolve({ outcome, progress }),
      },
    );
  });
}

// Node has no Worker: the client runs the same pipeline on the page, which is its fallback where workers cannot start.
describe('the import client without a worker', () => {
  let db: RelatorDb;
  beforeEach(() => {
    db = new RelatorDb(uniqueName(), systemContext);
    setDb(db);
  });
  afterEach(async () => {
    db.close();
    await db.delete();
  });

  it('imports, reporting progress, and passes the user’s answers on', async () => {
    const w1252 = files.find((f) => f.outcome === 'confirm')!;
    const { outcome, progress } = await run(w1252.bytes, (q, job) => job.answer(q.kind === 'encoding'));
    expect(outcome).toMatchObject({ status: 'imported', title: HOSTILE_TITLE });
    expect(progress.at(-1)?.fraction).toBe(1);

    const again = await run(files[0]!.bytes, (q, job) => job.answer(q.kind === 'conflict' ? 'copy' : null));
    expect(again.outcome).toMatchObject({ status: 'imported', mode: 'copied' });
  });

  it('a cancel while a question waits ends the import with nothing written', async () => {
    const w1252 = files.find((f) => f.outcome === 'confirm')!;
    const { outcome } = await run(w1252.bytes, (_q, job) => job.cancel());
    expect(outcome).toEqual({ status: 'cancelled' });
    expect(await db.events.count()).toBe(0);
  });
});
