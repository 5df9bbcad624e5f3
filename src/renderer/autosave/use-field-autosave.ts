import { useEffect, useRef, useState } from 'preact/hooks';
import { sortDrafts } from '../../core/capture/draft-origin';
// Not through core/sync's index: that one brings yjs, which a text box must not load.
import { mergeTexts, spanOf } from '../../core/sync/text-merge';
import type { Id, IsoInstant } from '../../core/model/types';
import { adoptDraft, clearDraft, discardDraft, isEditConflict, saveDraft, type DraftKey } from '../store';
import { knownDraft, ownerIsOpen, type KnownDraft } from './describe-draft';
import { onPageLeave } from './page-leave';
import { loadDrafts, rescue } from './rescue';
import { SaveScheduler, TYPING_DELAY_MS, TYPING_MAX_WAIT_MS, type SaveStatus } from './scheduler';
import { knownTabId, tabSession } from './tab-session';

/** A stored text and the version it belongs to (null: no record yet). */
export interface StoredText {
  text: string;
  updatedAt: IsoInstant | null;
}

export interface FieldAutosaveOptions {
  eventId: Id;
  /** The draft slot that keeps the text while its save is refused (see fieldSlot). */
  slot: string;
  questionId: Id | null;
  /** The stored text, live: followed while nothing typed here is unsaved. */
  stored: StoredText;
  /**
   * Saves `text` over `base`, the version the user's text was built on; throws EditConflictError
   * when someone else changed the text since. Resolves with the version written.
   */
  save: (text: string, base: StoredText) => Promise<StoredText>;
  /** The stored text inside an EditConflictError's record. */
  fromRecord: (record: unknown) => StoredText;
  area: { current: HTMLTextAreaElement | null };
  /**
   * Live co-editing (the event is in live sync): a change that arrives while the user types is merged
   * into the box (their edit replayed on it) instead of being offered as a choice, so two people
   * writing the same synthesis both keep their words.
   */
  merge?: boolean;
}

export interface FieldConflict {
  theirs: StoredText;
  /** Why the user must choose: another tab saved first, or a recovered draft differs from what is stored. */
  reason: 'changed' | 'recovered';
}

export interface FieldAutosave {
  status: SaveStatus['kind'];
  failure: unknown;
  conflict: FieldConflict | null;
  offers: readonly KnownDraft[];
  /** This tab's unsaved text from before a reload or crash, put back in the box. */
  restored: KnownDraft | null;
  /** The box's text right now, for the conflict's "your version". */
  mine(): string;
  onInput(): void;
  onBlur(): void;
  keepMine(): void;
  keepTheirs(): void;
  combine(): void;
  take(offer: KnownDraft): void;
  discard(offer: KnownDraft): void;
}

/**
 * A text box saved straight into its record (a synthesis, the conclusions, the agreements) while
 * the user types: within TYPING_MAX_WAIT_MS while typing on, at once on blur, hiding, leaving and
 * unmounting. Every save is guarded by the version the text was built on, so a change saved
 * meanwhile in another tab is never overwritten: the user sees both and chooses, and until then
 * their text is kept in this tab's draft slot. A failed save is shown and retried.
 */
export function useFieldAutosave(options: FieldAutosaveOptions): FieldAutosave {
  const [status, setStatus] = useState<SaveStatus['kind']>('idle');
  const [failure, setFailure] = useState<unknown>(null);
  const [conflict, setConflictState] = useState<FieldConflict | null>(null);
  const [offers, setOffers] = useState<readonly KnownDraft[]>([]);
  const [restored, setRestored] = useState<KnownDraft | null>(null);
  const opts = useRef(options);
  opts.current = options;

  // The version the box's text builds on, and the text typed (readable while unmounting).
  const base = useRef<StoredText>(options.stored);
  const latest = useRef(options.stored.text);
  const conflictRef = useRef<FieldConflict | null>(null);
  const inFlightText = useRef<string | null>(null);
  const draftKept = useRef(false);

  const setConflict = (next: FieldConflict | null) => {
    conflictRef.current = next;
    setConflictState(next);
  };
  const draftKey = async (): Promise<DraftKey> => {
    const { eventId, slot, questionId } = opts.current;
    return { eventId, slot, questionId, tabId: (await tabSession()).tabId };
  };
  const keepAsDraft = async (text: string, closed = false) => {
    draftKept.current = true;
    await saveDraft(await draftKey(), text, { closed, base: base.current });
  };
  const dropDraft = async () => {
    if (!draftKept.current) return;
    await clearDraft(await draftKey());
    draftKept.current = false;
  };

  /** One save of `text`: into the record, or into the draft slot while a conflict waits for the user. */
  const saveNow = async (text: string, over: StoredText = base.current): Promise<void> => {
    if (conflictRef.current) return keepAsDraft(text);
    try {
      inFlightText.current = text;
      base.current = await opts.current.save(text, over);
      await dropDraft().catch(() => undefined); // a leftover draft is offered later, never harmful
    } catch (error) {
      if (isEditConflict(error)) {
        const theirs = opts.current.fromRecord(error.current);
        if (opts.current.merge && theirs.updatedAt !== null) {
          // Co-editing: the box's text (what was saved plus anything typed since, all built on `over`)
          // replayed on theirs, and saved over theirs (once; a second refusal is shown as a choice).
          const merged = mergeTexts(over.text, latest.current, theirs.text);
          setBoxKeepingCaret(merged);
          base.current = theirs;
          try {
            base.current = await opts.current.save(merged, theirs);
            await dropDraft().catch(() => undefined);
            return;
          } catch (again) {
            if (!isEditConflict(again)) throw again;
          }
        }
        setConflict({ theirs: opts.current.fromRecord(error.current), reason: 'changed' });
        return keepAsDraft(text);
      }
      await keepAsDraft(text).catch(() => undefined);
      throw error;
    } finally {
      inFlightText.current = null;
    }
  };

  const scheduler = useRef<SaveScheduler | null>(null);
  scheduler.current ??= new SaveScheduler({
    delayMs: TYPING_DELAY_MS,
    maxWaitMs: TYPING_MAX_WAIT_MS,
    save: () => saveNow(latest.current),
    onStatus: (s) => {
      setStatus(s.kind);
      setFailure(s.kind === 'failed' ? s.error : null);
    },
  });

  /** Saves at once, outside the queue (the box is going): built on what a save in flight is writing. */
  const saveDirect = (closed: boolean) => {
    const saver = scheduler.current!;
    if (!saver.pending) return;
    const text = latest.current;
    const writing = inFlightText.current;
    saver.cancel();
    const over = writing === null ? base.current : { ...base.current, text: writing };
    void saveNow(text, over).catch(() => keepAsDraft(text, closed).catch(() => undefined));
  };

  // Drafts kept for this box: this tab's own (a refused save before a reload) and those of tabs that are gone.
  useEffect(() => {
    let alive = true;
    void (async () => {
      const session = await tabSession();
      const { eventId, slot } = opts.current;
      const [drafts, open] = await Promise.all([loadDrafts(eventId, slot), session.openTabs()]);
      if (!alive) return;
      const { own, offered } = sortDrafts(drafts, session.tabId, open);
      setOffers(offered.map((d) => knownDraft(d, session.tabId, open)));
      if (own) restoreOwn(knownDraft(own, session.tabId, open));
    })().catch((error: unknown) => console.error('Could not read the drafts', error));
    const stopListening = onPageLeave({
      hidden: () => void scheduler.current!.flush(),
      left: () => {
        if (!scheduler.current!.pending) return;
        const { eventId, slot, questionId } = opts.current;
        const tabId = knownTabId();
        if (tabId !== null) rescue({ eventId, slot, questionId, tabId }, latest.current, base.current);
        // Not the record: its save reads before it writes and cannot finish once the page is gone,
        // and a transaction left open then takes the draft's down with it. The draft is one write,
        // committed at once; the next load puts it back in the box (see restoreOwn).
        scheduler.current!.cancel();
        void keepAsDraft(latest.current, true).catch(() => undefined);
      },
    });
    return () => {
      alive = false;
      stopListening();
      saveDirect(false);
      scheduler.current!.dispose();
    };
  }, []);

  // Another tab's save (or this one's, echoed back): follow it while nothing typed here is unsaved.
  const { text: storedText, updatedAt: storedAt } = options.stored;
  useEffect(() => {
    const stored = { text: storedText, updatedAt: storedAt };
    const pending = conflictRef.current;
    if (pending) {
      if (pending.reason === 'changed' && stored.updatedAt !== pending.theirs.updatedAt) setConflict({ ...pending, theirs: stored });
      return;
    }
    const known = base.current;
    // In live sync a merged text can arrive under the version this box already knows.
    const mergedIn = opts.current.merge === true && stored.updatedAt === known.updatedAt && stored.text !== known.text;
    if (
      (stored.updatedAt === known.updatedAt && !mergedIn) ||
      (known.updatedAt !== null && stored.updatedAt !== null && stored.updatedAt < known.updatedAt)
    )
      return;
    if (opts.current.merge && inFlightText.current === null && latest.current !== known.text && stored.text !== known.text) {
      // Co-editing: what others wrote comes into the box around what is being typed here.
      setBoxKeepingCaret(mergeTexts(known.text, latest.current, stored.text));
      base.current = stored;
      if (latest.current !== stored.text) scheduler.current!.touch();
      return;
    }
    if (!scheduler.current!.pending && latest.current === known.text) {
      setBoxKeepingCaret(stored.text);
      base.current = stored;
    } else if (stored.text === known.text) {
      base.current = stored; // only other fields of the record changed
    }
  }, [storedText, storedAt]);

  const setBox = (text: string) => {
    latest.current = text;
    const box = opts.current.area.current;
    if (box) box.value = text;
  };

  /** Puts `text` in the box, the caret kept beside the words it was next to (moved by what was inserted before it). */
  function setBoxKeepingCaret(text: string): void {
    const box = opts.current.area.current;
    if (!box || box.value === text) return setBox(text);
    const { selectionStart, selectionEnd } = box;
    const span = spanOf(box.value, text);
    const move = (pos: number) =>
      pos > span.start + span.removed || (pos === span.start + span.removed && span.removed > 0)
        ? pos + span.inserted - span.removed
        : Math.min(pos, span.start + span.inserted);
    const focused = document.activeElement === box;
    setBox(text);
    if (focused) box.setSelectionRange(move(selectionStart), move(selectionEnd));
  }

  /**
   * This tab's draft on opening (left by a reload, a crash, or a refused save): typed over the
   * version still stored, it simply goes back in the box and is saved; over another version the
   * user chooses, as after any concurrent edit.
   */
  const restoreOwn = (own: KnownDraft) => {
    const stored = base.current;
    const { text, base: typedOver } = own.draft;
    if (text === stored.text) {
      void discardDraft(own.draft.id).catch(() => undefined);
      return;
    }
    const sameBase = typedOver !== undefined && (typedOver.updatedAt === stored.updatedAt || typedOver.text === stored.text);
    if (!sameBase || latest.current !== stored.text) return take(own);
    draftKept.current = true;
    setBox(text);
    setRestored(own);
    scheduler.current!.touch();
  };

  const take = (offer: KnownDraft) => {
    setOffers((list) => list.filter((o) => o !== offer));
    const text = offer.draft.text;
    if (text === base.current.text) {
      void discardDraft(offer.draft.id).catch(() => undefined);
      return;
    }
    if (latest.current !== base.current.text) {
      // Something typed here is unsaved: put the draft after it rather than over it.
      setBox(`${latest.current.replace(/\s+$/, '')}\n\n${text}`);
    } else {
      setBox(text);
    }
    void draftKey()
      .then((key) => adoptDraft(offer.draft.id, key, latest.current))
      .then(() => {
        draftKept.current = true;
      })
      .catch((error: unknown) => setFailure(error));
    if (base.current.text === '') scheduler.current!.touch();
    else setConflict({ theirs: base.current, reason: 'recovered' });
  };

  return {
    status,
    failure,
    conflict,
    offers,
    restored,
    mine: () => latest.current,
    onInput: () => {
      latest.current = opts.current.area.current?.value ?? latest.current;
      scheduler.current!.touch();
    },
    onBlur: () => void scheduler.current!.flush(),
    keepMine: () => {
      const pending = conflictRef.current;
      if (!pending) return;
      base.current = pending.theirs;
      setConflict(null);
      scheduler.current!.touch();
      void scheduler.current!.flush();
    },
    keepTheirs: () => {
      const pending = conflictRef.current;
      if (!pending) return;
      scheduler.current!.cancel();
      setBox(pending.theirs.text);
      base.current = pending.theirs;
      setConflict(null);
      setStatus('idle');
      void dropDraft().catch(() => undefined);
    },
    combine: () => {
      const pending = conflictRef.current;
      if (!pending) return;
      setBox(`${latest.current.replace(/\s+$/, '')}\n\n${pending.theirs.text}`);
      base.current = pending.theirs;
      setConflict(null);
      scheduler.current!.touch();
      opts.current.area.current?.focus();
    },
    take: (offer) => void ownerIsOpen(offer).then((open) => (open ? setOffers((list) => list.filter((o) => o !== offer)) : take(offer))),
    discard: (offer) => {
      setOffers((list) => list.filter((o) => o !== offer));
      void discardDraft(offer.draft.id).catch((error: unknown) => setFailure(error));
    },
  };
}
