import { listDrafts, saveDraft, type Draft, type DraftBase, type DraftKey } from '../store';

/**
 * The last text of a box, written synchronously to localStorage while the page is being left
 * (pagehide). An IndexedDB write started then is committed at once but may still be cut off when the
 * page goes with another transaction open; localStorage is written before pagehide returns. The
 * next page moves what it finds into the drafts (as written while leaving) and removes it.
 */

const PREFIX = 'relator.rescue:';

interface Rescued {
  key: DraftKey;
  text: string;
  base?: DraftBase;
}

export function rescue(key: DraftKey, text: string, base?: DraftBase): void {
  try {
    localStorage.setItem(`${PREFIX}${key.eventId}|${key.slot}|${key.tabId}`, JSON.stringify({ key, text, base } satisfies Rescued));
  } catch {
    // Storage full or disabled: the IndexedDB write made alongside is all there is.
  }
}

function isRescued(value: unknown): value is Rescued {
  const r = value as Rescued | null;
  const k = r?.key;
  return (
    typeof r === 'object' &&
    r !== null &&
    typeof r.text === 'string' &&
    typeof k === 'object' &&
    k !== null &&
    typeof k.eventId === 'string' &&
    typeof k.slot === 'string' &&
    typeof k.tabId === 'string' &&
    (k.questionId === null || typeof k.questionId === 'string')
  );
}

/** Moves every rescued text into the drafts; an entry that cannot be stored yet stays for next time. */
async function collect(): Promise<void> {
  let keys: string[];
  try {
    keys = Object.keys(localStorage).filter((k) => k.startsWith(PREFIX));
  } catch {
    return;
  }
  for (const name of keys) {
    let entry: unknown;
    try {
      entry = JSON.parse(localStorage.getItem(name) ?? 'null');
    } catch {
      entry = null;
    }
    if (!isRescued(entry)) {
      localStorage.removeItem(name);
      continue;
    }
    try {
      await saveDraft(entry.key, entry.text, { closed: true, base: entry.base });
      localStorage.removeItem(name);
    } catch {
      // Kept in localStorage: tried again on the next load.
    }
  }
}

let collecting: Promise<void> = Promise.resolve();

/** The drafts kept for one place, after anything rescued by a page that was left has been moved in. */
export async function loadDrafts(eventId: string, slot: string): Promise<Draft[]> {
  // One collection at a time, and a fresh one on each call: a tab closed since may have left some.
  collecting = collecting.then(collect);
  await collecting;
  return listDrafts(eventId, slot);
}
