import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTurn } from '../../../src/core/model/factories';
import type { RelatorDb } from '../../../src/renderer/store/db';
import { createEvent } from '../../../src/renderer/store/events';
import {
  DEFAULT_MODERATOR_PREFS,
  getModeratorPrefs,
  getStageMessage,
  MAX_STAGE_MESSAGE,
  saveTurns,
  setModeratorPrefs,
  setStageMessage,
} from '../../../src/renderer/store/moderation';
import { listTurns } from '../../../src/renderer/store/turns';
import { dropDb, freshDb } from '../store/helpers';

describe('moderation store', () => {
  let db: RelatorDb;
  beforeEach(async () => ({ db } = await freshDb()));
  afterEach(() => dropDb(db));

  it('writes several turns together, or none when one belongs to another event', async () => {
    const event = await createEvent(db, { title: 'Foro' });
    const a = createTurn(event.id, { order: 0, speakerId: 'a' });
    const b = createTurn(event.id, { order: 1, speakerId: 'b' });
    await saveTurns(db, event.id, [a, b]);
    expect((await listTurns(db, event.id)).map((t) => t.speakerId)).toEqual(['a', 'b']);

    const c = createTurn(event.id, { order: 2 });
    const stranger = createTurn('other-event', { order: 0 });
    await expect(saveTurns(db, event.id, [c, stranger])).rejects.toMatchObject({ code: 'invalid' });
    expect(await listTurns(db, event.id)).toHaveLength(2);
    await expect(saveTurns(db, 'missing', [createTurn('missing', {})])).rejects.toMatchObject({ code: 'not-found' });
  });

  it('keeps thresholds per event and refuses a final warning above the first', async () => {
    expect(await getModeratorPrefs(db, 'ev1')).toEqual(DEFAULT_MODERATOR_PREFS);
    await setModeratorPrefs(db, 'ev1', { warningMs: 120_000, finalMs: 30_000, chime: true });
    expect(await getModeratorPrefs(db, 'ev1')).toEqual({ warningMs: 120_000, finalMs: 30_000, chime: true });
    expect(await getModeratorPrefs(db, 'ev2')).toEqual(DEFAULT_MODERATOR_PREFS);
    await expect(setModeratorPrefs(db, 'ev1', { warningMs: 10_000, finalMs: 30_000, chime: false })).rejects.toMatchObject({
      code: 'invalid',
    });
    expect((await getModeratorPrefs(db, 'ev1')).warningMs).toBe(120_000);
  });

  it('stores the stage message tidied, and clears it', async () => {
    expect(await getStageMessage(db, 'ev1')).toBeNull();
    await setStageMessage(db, 'ev1', '  Cierre,\n por favor ');
    expect((await getStageMessage(db, 'ev1'))?.text).toBe('Cierre, por favor');
    await setStageMessage(db, 'ev1', 'x'.repeat(500));
    expect((await getStageMessage(db, 'ev1'))?.text).toHaveLength(MAX_STAGE_MESSAGE);
    await setStageMessage(db, 'ev1', '   ');
    expect(await getStageMessage(db, 'ev1')).toBeNull();
  });

  it("keeps each mesa's stage message apart from the plenary's", async () => {
    await setStageMessage(db, 'ev1', 'Plenaria: 1 minuto');
    await setStageMessage(db, 'ev1', 'Mesa 2: cierre', 'mesa-2');
    expect((await getStageMessage(db, 'ev1'))?.text).toBe('Plenaria: 1 minuto');
    expect((await getStageMessage(db, 'ev1', 'mesa-2'))?.text).toBe('Mesa 2: cierre');
    expect(await getStageMessage(db, 'ev1', 'mesa-1')).toBeNull();
    await setStageMessage(db, 'ev1', null, 'mesa-2');
    expect(await getStageMessage(db, 'ev1', 'mesa-2')).toBeNull();
    expect((await getStageMessage(db, 'ev1'))?.text).toBe('Plenaria: 1 minuto');
  });
});
