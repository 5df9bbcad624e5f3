import type { Id } from '../../core/model/types';
import type { RelatorDb } from './db';
import { write } from './tx';
import type { Settings } from './types';

/**
 * Which mesa this installation works in, per event: one choice for capture (where the rapporteur
 * writes) and one for moderation (whose queue and timer the moderator runs). Local settings, not
 * part of the event file: two copies of the same event each keep their own.
 */
type MesaChoiceKey = 'captureMesa' | 'moderatorMesa';

async function getChoice(db: RelatorDb, key: MesaChoiceKey, eventId: Id): Promise<Id | null> {
  const record = await db.settings.get(key);
  return (record?.value as Settings[MesaChoiceKey] | undefined)?.[eventId] ?? null;
}

function setChoice(db: RelatorDb, key: MesaChoiceKey, eventId: Id, mesaId: Id | null): Promise<void> {
  return write(db, [db.settings], async () => {
    const record = await db.settings.get(key);
    const all = { ...((record?.value as Settings[MesaChoiceKey] | undefined) ?? {}), [eventId]: mesaId };
    await db.settings.put({ key, value: all });
  });
}

/** The mesa this installation writes in for the event: null (the plenary) until one is chosen. */
export function getCaptureMesa(db: RelatorDb, eventId: Id): Promise<Id | null> {
  return getChoice(db, 'captureMesa', eventId);
}

export function setCaptureMesa(db: RelatorDb, eventId: Id, mesaId: Id | null): Promise<void> {
  return setChoice(db, 'captureMesa', eventId, mesaId);
}

/** The mesa this installation moderates for the event: null (the plenary) until one is chosen. */
export function getModeratorMesa(db: RelatorDb, eventId: Id): Promise<Id | null> {
  return getChoice(db, 'moderatorMesa', eventId);
}

export function setModeratorMesa(db: RelatorDb, eventId: Id, mesaId: Id | null): Promise<void> {
  return setChoice(db, 'moderatorMesa', eventId, mesaId);
}
