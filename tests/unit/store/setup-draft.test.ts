import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RelatorDb } from '../../../src/renderer/store/db';
import {
  MAX_SAVED_TEXT,
  clearSetupDraft,
  getSetupDraft,
  saveSetupDraft,
  type SetupDraftInput,
} from '../../../src/renderer/store/setup-draft';
import { dropDb, freshDb } from './helpers';

const FORM = {
  title: 'Foro del agua',
  subtitle: '',
  date: '2026-11-26',
  startTime: '10:00',
  place: 'Auditorio',
  organisers: 'Ayuntamiento',
  objectives: '',
};

function input(overrides: Partial<SetupDraftInput> = {}): SetupDraftInput {
  return {
    text: 'Foro del agua\n\n¿Quién decide sobre el agua?\n',
    draft: {
      questions: [{ key: 'q1', text: '¿Quién decide sobre el agua en la ciudad?', block: '', span: [15, 43] }],
      participants: [{ key: 'p1', name: 'Ana López', position: '', affiliation: 'SEDATU', role: 'panellist', gender: 'woman', sector: '' }],
      agenda: [{ key: 'a1', questionKey: 'q1', speakerKey: 'p1', plannedMinutes: 7.5 }],
    },
    form: FORM,
    touched: ['title'],
    followsSource: false,
    ...overrides,
  };
}

async function putRaw(db: RelatorDb, value: unknown): Promise<void> {
  await db.settings.put({ key: 'setupDraft', value } as never);
}

describe('setup draft', () => {
  let db: RelatorDb;
  beforeEach(async () => ({ db } = await freshDb()));
  afterEach(() => dropDb(db));

  it('reads a draft saved before cargo and sector were fields, with both empty', async () => {
    const saved = input();
    const { position: _p, sector: _s, ...older } = saved.draft.participants[0]!;
    await putRaw(db, { ...saved, version: 1, savedAt: '2026-11-26T16:00:00.000Z', draft: { ...saved.draft, participants: [older] } });
    expect((await getSetupDraft(db))?.draft.participants).toEqual([{ ...older, position: '', sector: '' }]);
  });

  it('comes back exactly as saved, edits included, and the latest save wins', async () => {
    expect(await getSetupDraft(db)).toBeNull();
    await saveSetupDraft(db, input());
    const edited = input();
    edited.draft.questions[0]!.text = '¿Quién decide, y cómo, sobre el agua?';
    await saveSetupDraft(db, edited);
    const back = await getSetupDraft(db);
    expect(back?.text).toBe(edited.text);
    expect(back?.draft).toEqual(edited.draft);
    expect(back?.form).toEqual(FORM);
    expect(back?.touched).toEqual(['title']);
    expect(back?.followsSource).toBe(false);
    expect(back?.savedAt).toBe('2026-11-26T16:00:00.000Z');
  });

  it('keeps the chosen time zone, and still restores a draft saved before the form had one', async () => {
    await saveSetupDraft(db, input({ form: { ...FORM, timeZone: 'America/Merida' }, touched: ['title', 'timeZone'] }));
    expect((await getSetupDraft(db))?.form).toEqual({ ...FORM, timeZone: 'America/Merida' });
    expect((await getSetupDraft(db))?.touched).toEqual(['title', 'timeZone']);
    await putRaw(db, { ...input(), version: 1, savedAt: '2026-11-26T16:00:00.000Z' });
    expect((await getSetupDraft(db))?.form).toEqual(FORM);
  });

  it('is gone once cleared', async () => {
    await saveSetupDraft(db, input());
    await clearSetupDraft(db);
    expect(await getSetupDraft(db)).toBeNull();
  });

  it('stores only plain data, dropping whatever else the screen state carried', async () => {
    const draft = input().draft;
    const extra = { ...draft, history: ['undo step'], questions: draft.questions.map((q) => ({ ...q, onClick: () => 1 })) };
    await saveSetupDraft(db, input({ draft: extra as never }));
    const raw = (await db.settings.get('setupDraft'))?.value;
    expect(JSON.parse(JSON.stringify(raw))).toEqual(raw);
    expect(raw).not.toHaveProperty('draft.history');
  });

  it('keeps a paste up to the 2 MB limit, and refuses a longer one without touching the saved draft', async () => {
    const big = 'x'.repeat(MAX_SAVED_TEXT);
    await saveSetupDraft(db, input({ text: big }));
    expect((await getSetupDraft(db))?.text.length).toBe(MAX_SAVED_TEXT);
    await expect(saveSetupDraft(db, input({ text: `${big}y` }))).rejects.toMatchObject({ code: 'invalid' });
    expect((await getSetupDraft(db))?.text.length).toBe(MAX_SAVED_TEXT);
  });

  it.each([
    ['a string', 'hola'],
    ['an older shape without a version', { text: 'x', questions: [] }],
    ['a future version', { ...input(), version: 2, savedAt: 'x' }],
    [
      'a question without text',
      { ...input(), version: 1, savedAt: 'x', draft: { ...input().draft, questions: [{ key: 'q1', block: '', span: null }] } },
    ],
    [
      'an unknown role',
      {
        ...input(),
        version: 1,
        savedAt: 'x',
        draft: { ...input().draft, participants: [{ ...input().draft.participants[0], role: 'king' }] },
      },
    ],
    ['a missing form field', { ...input(), version: 1, savedAt: 'x', form: { title: 'x' } }],
    ['an unknown touched field', { ...input(), version: 1, savedAt: 'x', touched: ['nope'] }],
  ])('a corrupt draft (%s) is ignored instead of breaking the screen', async (_, value) => {
    await putRaw(db, value);
    expect(await getSetupDraft(db)).toBeNull();
  });
});
