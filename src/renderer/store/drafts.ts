import { toIso } from '../../core/model/ids';
import type { Id } from '../../core/model/types';
import type { RelatorDb } from './db';
import { commitNow, read, write } from './tx';
import { draftId, noteSlot, type Draft, type DraftBase, type DraftKey } from './types';

/**
 * A draft as stored, checked; drafts kept before tabs had their own slots (`eventId|questionId`,
 * no tab) are read as the composer's, from an unknown tab, so they are offered rather than lost.
 */
function normalise(raw: Partial<Draft> & Pick<Draft, 'id' | 'eventId'>): Draft | null {
  if (typeof raw.text !== 'string') return null;
  const questionId = typeof raw.questionId === 'string' ? raw.questionId : null;
  return {
    id: raw.id,
    eventId: raw.eventId,
    slot: typeof raw.slot === 'string' ? raw.slot : noteSlot(questionId),
    questionId,
    tabId: typeof raw.tabId === 'string' ? raw.tabId : '',
    text: raw.text,
    updatedAt: typeof raw.updatedAt === 'string' ? raw.updatedAt : '',
    closed: raw.closed === true,
    ...(isBase(raw.base) ? { base: { text: raw.base.text, updatedAt: raw.base.updatedAt } } : {}),
  };
}

function isBase(value: unknown): value is DraftBase {
  const b = value as DraftBase | null | undefined;
  return typeof b === 'object' && b !== null && typeof b.text === 'string' && (b.updatedAt === null || typeof b.updatedAt === 'string');
}

/** Every tab's draft for one place of an event (one composer, one text box). */
export async function listDrafts(db: RelatorDb, eventId: Id, slot: string): Promise<Draft[]> {
  const all = await read(db, [db.drafts], () => db.drafts.where('eventId').equals(eventId).toArray());
  return all.map(normalise).filter((d): d is Draft => d !== null && d.slot === slot);
}

/** Keeps this tab's text for a place; an empty text clears the slot. */
export interface SaveDraftOptions {
  /** The page is being left normally (reload, close), as opposed to dying. */
  closed?: boolean;
  /** For a text box saved into its record: the stored version the text was typed over. */
  base?: DraftBase;
}

/**
 * Keeps this tab's text for a place; an empty text clears the slot. Committed as soon as it is
 * issued, so it lands even when written from pagehide.
 */
export async function saveDraft(db: RelatorDb, key: DraftKey, text: string, options: SaveDraftOptions = {}): Promise<void> {
  const id = draftId(key);
  if (text === '') {
    return void (await write(db, [db.drafts], () => {
      const done = db.drafts.delete(id);
      commitNow();
      return done;
    }));
  }
  const draft: Draft = {
    ...key,
    id,
    text,
    updatedAt: toIso(db.ctx.nowMs()),
    closed: options.closed ?? false,
    ...(options.base ? { base: options.base } : {}),
  };
  await write(db, [db.drafts], () => {
    const done = db.drafts.put(draft);
    commitNow();
    return done;
  });
}

export async function clearDraft(db: RelatorDb, key: DraftKey): Promise<void> {
  await write(db, [db.drafts], () => db.drafts.delete(draftId(key)));
}

/** The user chose to drop an offered draft (of a tab that is gone). */
export async function discardDraft(db: RelatorDb, id: string): Promise<void> {
  await write(db, [db.drafts], () => db.drafts.delete(id));
}

/**
 * The user took an offered draft into their box: in one transaction their own slot gets `text`
 * (the box with the draft added) and the offered one goes, so a crash in between loses neither.
 */
export async function adoptDraft(db: RelatorDb, offeredId: string, into: DraftKey, text: string): Promise<void> {
  const id = draftId(into);
  await write(db, [db.drafts], async () => {
    if (offeredId !== id) await db.drafts.delete(offeredId);
    if (text === '') await db.drafts.delete(id);
    else await db.drafts.put({ ...into, id, text, updatedAt: toIso(db.ctx.nowMs()), closed: false });
  });
}
