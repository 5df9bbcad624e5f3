import { DEFAULT_THRESHOLDS, type TimerThresholds } from '../../core/timer/events';
import { toIso } from '../../core/model/ids';
import type { Id, IsoInstant, Turn } from '../../core/model/types';
import type { RelatorDb } from './db';
import { StoreError } from './errors';
import { mustGet, write } from './tx';
import type { SettingRecord } from './types';

/**
 * What the moderator's screen needs beyond single-record writes: several turns written at once
 * (finishing one speaker and starting the next must land together, or the capture view could
 * see two speakers or none), and two per-event local preferences kept in the settings table —
 * local because they belong to this machine's moderator, not to the event file.
 */

export interface ModeratorPrefs extends TimerThresholds {
  /** Chime at the thresholds; off unless the moderator turns it on. */
  chime: boolean;
}

export const DEFAULT_MODERATOR_PREFS: ModeratorPrefs = Object.freeze({ ...DEFAULT_THRESHOLDS, chime: false });

/** The short message the stage display shows under the timer; kept so a reopened stage shows it. */
export interface StageMessage {
  text: string;
  at: IsoInstant;
}

/** Longest message the stage shows; it has to be read from the back of a room. */
export const MAX_STAGE_MESSAGE = 80;

const prefsKey = (eventId: Id) => `moderator:${eventId}`;
/** The plenary's stage keeps the key it had before mesas; each mesa's stage has its own message. */
const messageKey = (eventId: Id, mesaId: Id | null) =>
  mesaId === null ? `stage-message:${eventId}` : `stage-message:${eventId}:${mesaId}`;

// Settings' typed keys are app-wide; these per-event keys are stored in the same key–value table.
type LooseSetting = { key: string; value: unknown };
async function readLoose(db: RelatorDb, key: string): Promise<unknown> {
  return ((await db.settings.get(key)) as LooseSetting | undefined)?.value;
}
function writeLoose(db: RelatorDb, key: string, value: unknown): Promise<void> {
  return write(db, [db.settings], async () => {
    await db.settings.put({ key, value } as unknown as SettingRecord);
  });
}

/** Writes every given turn in one transaction; all belong to `eventId`, which must exist. */
export async function saveTurns(db: RelatorDb, eventId: Id, turns: readonly Turn[]): Promise<void> {
  if (turns.length === 0) return;
  const stranger = turns.find((t) => t.eventId !== eventId);
  if (stranger) throw new StoreError('invalid', `Turn ${stranger.id} belongs to another event`);
  await write(db, [db.events, db.turns], async () => {
    await mustGet(db.events, eventId, 'Event');
    await db.turns.bulkPut([...turns]);
  });
}

export function validPrefs(prefs: ModeratorPrefs): boolean {
  const ok = (ms: number) => Number.isInteger(ms) && ms >= 0 && ms <= 3_600_000;
  return ok(prefs.warningMs) && ok(prefs.finalMs) && prefs.finalMs <= prefs.warningMs;
}

export async function getModeratorPrefs(db: RelatorDb, eventId: Id): Promise<ModeratorPrefs> {
  const stored = (await readLoose(db, prefsKey(eventId))) as Partial<ModeratorPrefs> | undefined;
  const prefs = { ...DEFAULT_MODERATOR_PREFS, ...(stored ?? {}) };
  return validPrefs(prefs) ? prefs : { ...DEFAULT_MODERATOR_PREFS };
}

export async function setModeratorPrefs(db: RelatorDb, eventId: Id, prefs: ModeratorPrefs): Promise<void> {
  if (!validPrefs(prefs)) throw new StoreError('invalid', 'Thresholds must be 0–60 min, the final one not above the warning');
  await writeLoose(db, prefsKey(eventId), { warningMs: prefs.warningMs, finalMs: prefs.finalMs, chime: prefs.chime });
}

export async function getStageMessage(db: RelatorDb, eventId: Id, mesaId: Id | null = null): Promise<StageMessage | null> {
  const stored = (await readLoose(db, messageKey(eventId, mesaId))) as StageMessage | null | undefined;
  return stored && typeof stored.text === 'string' && stored.text !== '' ? stored : null;
}

/** Sets (or with '' / null clears) the stage message; trimmed and cut to MAX_STAGE_MESSAGE. */
export async function setStageMessage(
  db: RelatorDb,
  eventId: Id,
  text: string | null,
  mesaId: Id | null = null,
): Promise<StageMessage | null> {
  const clean = (text ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_STAGE_MESSAGE);
  const message = clean === '' ? null : { text: clean, at: toIso(db.ctx.nowMs()) };
  await writeLoose(db, messageKey(eventId, mesaId), message);
  return message;
}

/** The same operations against the app's database, for the UI (and `useLiveQuery` for the getters). */
