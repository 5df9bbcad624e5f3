// First: Dexie reads the IndexedDB implementation when it loads.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { parseEventFile, serializeEventFile } from '../../../src/core/file-format';
import { addAgendaItem, editAgendaItem, moveAgendaItem, parseMinutes, planPanellists } from '../../../src/core/setup/agenda';
import { buildSetupBundle, type SetupEventFields } from '../../../src/core/setup/build-bundle';
import { EMPTY_DRAFT, type SetupDraft } from '../../../src/core/setup/draft';
import { addParticipants, removeParticipant } from '../../../src/core/setup/participant-ops';
import { addQuestion } from '../../../src/core/setup/question-ops';
import { getBundle, importBundle } from '../../../src/renderer/store/bundle';
import type { RelatorDb } from '../../../src/renderer/store/db';
import { dropDb, freshDb, testContext } from '../store/helpers';

const keys = () => {
  let n = 0;
  return () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
};

const fields: SetupEventFields = {
  title: '  Segundo   Conversatorio ',
  subtitle: '',
  date: '2026-11-26',
  startTime: '10:00',
  place: 'En línea',
  organisers: ['SEDATU', ' ', 'Renamet'],
  objectives: ['Identificar buenas prácticas.'],
};

function sampleDraft(): SetupDraft {
  const newKey = keys();
  let d = addQuestion(EMPTY_DRAFT, '¿Uno?', newKey);
  d = addQuestion(d, '¿Dos?', newKey);
  d = addParticipants(
    d,
    [
      { name: 'Ana López', position: 'Directora', affiliation: 'SEDATU', role: 'panellist', gender: 'woman', sector: 'Gobierno' },
      { name: 'Luis Pérez', position: '', affiliation: 'UNAM', role: 'panellist', gender: 'man', sector: '' },
      { name: 'Marta Ruiz', position: '', affiliation: '', role: 'moderator', gender: 'unspecified', sector: '' },
    ],
    newKey,
  );
  const [q1, q2] = d.questions;
  d = planPanellists(d, q2!.key, 7, newKey);
  d = addAgendaItem(d, q1!.key, { speakerKey: d.participants[2]!.key, plannedMinutes: 2.5 }, newKey);
  return d;
}

let db: RelatorDb | null = null;
afterEach(async () => {
  if (db) await dropDb(db);
  db = null;
});

describe('buildSetupBundle', () => {
  it('writes the agenda as planned turns in question order, pointing at the new records', () => {
    const draft = sampleDraft();
    const bundle = buildSetupBundle(fields, draft, testContext());
    expect(bundle.event.title).toBe('Segundo Conversatorio');
    expect(bundle.event.organisers).toEqual(['SEDATU', 'Renamet']);
    const byId = new Map([...bundle.questions, ...bundle.participants].map((r) => [r.id, r]));
    expect(
      bundle.turns.map((t) => [
        t.order,
        (byId.get(t.questionId!) as { text: string }).text,
        (byId.get(t.speakerId!) as { name: string }).name,
        t.plannedSeconds,
        t.actualStartAt,
      ]),
    ).toEqual([
      [0, '¿Uno?', 'Marta Ruiz', 150, null],
      [1, '¿Dos?', 'Ana López', 420, null],
      [2, '¿Dos?', 'Luis Pérez', 420, null],
    ]);
  });

  it('makes mesas of a program with parallel mesas, but keeps one "Mesa de diálogo" as a heading', () => {
    const newKey = keys();
    let two = addQuestion(EMPTY_DRAFT, '¿Uno?', newKey, undefined, 'Mesa 1: Gobernanza');
    two = addQuestion(two, '¿Dos?', newKey, undefined, 'Mesa 2: Economía');
    const parallel = buildSetupBundle(fields, two, testContext());
    expect(parallel.mesas.map((m) => m.name)).toEqual(['Mesa 1: Gobernanza', 'Mesa 2: Economía']);
    expect(parallel.questions.map((q) => q.mesaIds.length)).toEqual([1, 1]);

    let one = addQuestion(EMPTY_DRAFT, '¿Uno?', newKey, undefined, 'Mesa de diálogo');
    one = addQuestion(one, '¿Dos?', newKey, undefined, 'Mesa de diálogo');
    const single = buildSetupBundle(fields, one, testContext());
    expect(single.mesas).toEqual([]);
    expect(single.questions.map((q) => [q.block, q.mesaIds])).toEqual([
      ['Mesa de diálogo', []],
      ['Mesa de diálogo', []],
    ]);
  });

  it('keeps a planned turn whose speaker was removed, with no speaker', () => {
    const draft = sampleDraft();
    const bundle = buildSetupBundle(fields, removeParticipant(draft, draft.participants[2]!.key), testContext());
    expect(bundle.turns[0]!.speakerId).toBeNull();
  });

  it('is a valid event file and lands whole in the store in one import', async () => {
    const ctx = testContext();
    const bundle = buildSetupBundle(fields, sampleDraft(), ctx);
    const parsed = parseEventFile(serializeEventFile(bundle, { appVersion: '0.1.0', exportedAt: new Date(ctx.nowMs()).toISOString() }));
    expect(parsed.ok).toBe(true);
    ({ db } = await freshDb());
    expect(await importBundle(db, bundle)).toMatchObject({ status: 'imported', mode: 'new' });
    const stored = await getBundle(db, bundle.event.id);
    expect(stored.questions.map((q) => q.text)).toEqual(['¿Uno?', '¿Dos?']);
    expect(stored.participants).toHaveLength(3);
    expect(stored.turns).toHaveLength(3);
  });
});

describe('agenda helpers', () => {
  it('reads planned minutes as people type them', () => {
    expect(parseMinutes('7')).toBe(7);
    expect(parseMinutes('7,5')).toBe(7.5);
    expect(parseMinutes(' 10 ')).toBe(10);
    expect(parseMinutes('')).toBeNull();
    expect(parseMinutes('-3')).toBeNull();
    expect(parseMinutes('abc')).toBeNull();
    expect(parseMinutes('100000')).toBeNull();
  });

  it('plans every panellist once, and reorders turns within a question', () => {
    let d = sampleDraft();
    const q2 = d.questions[1]!.key;
    expect(planPanellists(d, q2, 5, keys())).toBe(d);
    const [first, second] = d.agenda.filter((a) => a.questionKey === q2);
    d = moveAgendaItem(d, second!.key, -1);
    expect(d.agenda.filter((a) => a.questionKey === q2).map((a) => a.key)).toEqual([second!.key, first!.key]);
    expect(moveAgendaItem(d, second!.key, -1)).toBe(d);
    d = editAgendaItem(d, first!.key, { plannedMinutes: 3 });
    expect(d.agenda.find((a) => a.key === first!.key)!.plannedMinutes).toBe(3);
  });
});
