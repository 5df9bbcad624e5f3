import type { Id } from '../../core/model/types';
import { JOIN_CODE_BYTES, joinCodeFrom, parseJoinLink } from '../../core/sync/join-link';
import type { LiveTurn, SharedTimer } from '../../core/sync/shared-timer';
import { pageNow } from '../moderation/use-timer-now';
import { getAuthor, getSetting, setSetting, type Settings } from '../store';
import { platformHosting } from './hosting';

export { canHost } from './hosting';
// The engine (yjs, y-websocket, y-indexeddb) loads with the first synced event, not at start-up.
import type { SyncSession, SessionStatus } from './session';

export type { SessionStatus } from './session';

/**
 * Live sync of events over the venue network (docs/sync.md): the sessions running in this window,
 * one per synced event, started again from the settings when the app starts.
 */

type Saved = Settings['syncSessions'][Id];

const sessions = new Map<Id, SyncSession>();
const watchers = new Set<() => void>();
const changed = () => watchers.forEach((w) => w());

async function saved(): Promise<Settings['syncSessions']> {
  return (await getSetting('syncSessions')) ?? {};
}

async function save(eventId: Id, entry: Saved | null): Promise<void> {
  const all = { ...(await saved()) };
  if (entry) all[eventId] = entry;
  else delete all[eventId];
  await setSetting('syncSessions', all);
}

async function run(eventId: Id, entry: Saved): Promise<SyncSession> {
  sessions.get(eventId)?.stop();
  const [author, { SyncSession }] = await Promise.all([getAuthor(), import('./session')]);
  const session = new SyncSession(
    { eventId, serverUrl: entry.serverUrl, code: entry.code, hosting: entry.hosting, authorName: author.name, now: pageNow },
    () => void leaveSync(eventId),
  );
  sessions.set(eventId, session);
  changed();
  await session.start();
  return session;
}

/** Starts the sessions saved from the last run (a host opens its relay again, with the same join code). */
export async function resumeSync(): Promise<void> {
  for (const [eventId, entry] of Object.entries(await saved())) {
    try {
      let next = entry;
      if (entry.hosting) {
        const hosted = await platformHosting().hostSync({ eventId, joinCode: entry.code });
        next = { ...entry, serverUrl: hosted.localUrl, link: hosted.link, addresses: hosted.addresses };
        await save(eventId, next);
      }
      await run(eventId, next);
    } catch (error) {
      console.error('Could not resume live sync', eventId, error);
    }
  }
}

/** Turns hosting on for an event: a fresh join code, the relay opened on the LAN, this copy connected to it. */
export async function hostEvent(eventId: Id): Promise<Saved> {
  const code = joinCodeFrom(globalThis.crypto.getRandomValues(new Uint8Array(JOIN_CODE_BYTES)));
  const hosted = await platformHosting().hostSync({ eventId, joinCode: code });
  const entry: Saved = { serverUrl: hosted.localUrl, code, hosting: true, link: hosted.link, addresses: hosted.addresses };
  await save(eventId, entry);
  await run(eventId, entry);
  return entry;
}

/** Joins the event of a pasted link; resolves with its id (the event appears once it has arrived). null: not a join link. */
export async function joinWithLink(text: string): Promise<Id | null> {
  const target = parseJoinLink(text);
  if (!target) return null;
  const entry: Saved = { serverUrl: target.serverUrl, code: target.code, hosting: false, link: text.trim(), addresses: [] };
  await save(target.eventId, entry);
  await run(target.eventId, entry);
  return target.eventId;
}

/** Takes the event out of sync on this copy (its records stay); a host closes its room. */
export async function leaveSync(eventId: Id): Promise<void> {
  const entry = (await saved())[eventId];
  const session = sessions.get(eventId);
  sessions.delete(eventId);
  session?.stop();
  await session?.clearLocalCopy().catch(() => undefined);
  await save(eventId, null);
  if (entry?.hosting) await platformHosting().stopHostingSync({ eventId });
  changed();
}

/** The saved sync settings of an event (null: not in sync), followed live by the panel. */
export async function syncEntry(eventId: Id): Promise<Saved | null> {
  return (await saved())[eventId] ?? null;
}

/** Follows the event's session in this window (whichever it is now, or none) with `follow`. */
function followSession(eventId: Id, follow: (session: SyncSession | null) => (() => void) | null): () => void {
  let stopSession: (() => void) | null = null;
  const attach = () => {
    stopSession?.();
    stopSession = follow(sessions.get(eventId) ?? null);
  };
  attach();
  watchers.add(attach);
  return () => {
    watchers.delete(attach);
    stopSession?.();
  };
}

/** Follows the session of an event: its status, or null while the event is not in sync in this window. */
export function subscribeSyncStatus(eventId: Id, onStatus: (status: SessionStatus | null) => void): () => void {
  return followSession(eventId, (session) => {
    if (session) return session.onStatus(onStatus);
    onStatus(null);
    return null;
  });
}

/** Follows the turns the moderators of every copy of the event run right now (none while it is not in sync). */
export function subscribeLiveTurns(eventId: Id, onTurns: (turns: LiveTurn[]) => void): () => void {
  return followSession(eventId, (session) => {
    if (session) return session.onTimers(onTurns);
    onTurns([]);
    return null;
  });
}

/** Shares this copy's running turn with the other copies of the event (nothing when it is not in sync). */
export function shareTimer(eventId: Id, timer: SharedTimer | null): void {
  sessions.get(eventId)?.shareTimer(timer);
}
