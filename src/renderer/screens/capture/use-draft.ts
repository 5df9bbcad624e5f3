import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { sortDrafts } from '../../../core/capture/draft-origin';
import type { Id } from '../../../core/model/types';
import { knownDraft, ownerIsOpen, type KnownDraft } from '../../autosave/describe-draft';
import { onPageLeave } from '../../autosave/page-leave';
import { SaveScheduler, TYPING_DELAY_MS, TYPING_MAX_WAIT_MS } from '../../autosave/scheduler';
import { loadDrafts, rescue } from '../../autosave/rescue';
import { knownTabId, tabSession } from '../../autosave/tab-session';
import { adoptDraft, discardDraft, noteSlot, saveDraft, type DraftKey } from '../../store';

export interface DraftView {
  /** This tab's own draft, put back in the box on opening, and where it came from. */
  restored: KnownDraft | null;
  /** Drafts of tabs and windows that are gone, for the user to recover or discard. */
  offers: readonly KnownDraft[];
  /** Why the last save of the draft failed; null while saving works. */
  failure: unknown;
}

export interface DraftControl {
  /** Call on every input: cheap; the text is stored soon after, within TYPING_MAX_WAIT_MS while typing on. */
  schedule(): void;
  /** Stores the text now (the box lost focus). */
  flush(): void;
  /** Drops a pending save: the note was saved and its draft cleared with it. */
  cancel(): void;
  /** Puts an offered draft into the box (after what is there) and makes it this tab's. */
  take(offer: KnownDraft): Promise<void>;
  discard(offer: KnownDraft): Promise<void>;
}

/**
 * Keeps the composer's text in this tab's draft slot so a crash, a kill or a reload loses at most
 * the last moment of typing: saved soon after each pause and at least every TYPING_MAX_WAIT_MS
 * while typing on, at once on blur, question change, hiding and leaving the page; restored on
 * opening, with where it came from. Failed saves are reported and retried; the text stays in the box.
 */
export function useDraft(
  eventId: Id,
  questionId: Id | null,
  textarea: { current: HTMLTextAreaElement | null },
  onRestored: (text: string) => void,
): [DraftView, DraftControl] {
  const [restored, setRestored] = useState<KnownDraft | null>(null);
  const [offers, setOffers] = useState<readonly KnownDraft[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const failing = useRef(false);
  const scheduler = useRef<SaveScheduler | null>(null);
  const keyRef = useRef<(tabId: string) => DraftKey>(() => ({ eventId, slot: noteSlot(questionId), questionId, tabId: '' }));
  const onRestoredRef = useRef(onRestored);
  onRestoredRef.current = onRestored;

  const report = (error: unknown) => {
    // State only changes when saving starts or stops failing: a save while typing re-renders nothing.
    if (failing.current === (error !== null)) return;
    failing.current = error !== null;
    setFailure(error);
  };

  // A layout effect, not a plain one: it must run in the same task as the render that shows the
  // new question. A plain effect waits for the next frame, and text typed into the box in that
  // gap (Alt+2, then typing at once) was filed as the old question's draft and wiped from the box.
  useLayoutEffect(() => {
    let alive = true;
    // This composer's element, even while it unmounts (refs are gone by then).
    const box = textarea.current;
    const slot = noteSlot(questionId);
    const keyFor = (tabId: string): DraftKey => ({ eventId, slot, questionId, tabId });
    keyRef.current = keyFor;
    const persist = async (text: string, closed: boolean) => saveDraft(keyFor((await tabSession()).tabId), text, { closed });
    const saver = new SaveScheduler({
      delayMs: TYPING_DELAY_MS,
      maxWaitMs: TYPING_MAX_WAIT_MS,
      // Read now, not after the await: the box may be emptied for another question meanwhile.
      save: () => persist(box?.value ?? '', false),
      onStatus: (s) => {
        if (s.kind === 'failed') report(s.error);
        else if (s.kind === 'saved') report(null);
      },
    });
    scheduler.current = saver;

    void (async () => {
      const session = await tabSession();
      const [drafts, open] = await Promise.all([loadDrafts(eventId, slot), session.openTabs()]);
      if (!alive) return;
      const { own, offered } = sortDrafts(drafts, session.tabId, open);
      const found = offered.map((d) => knownDraft(d, session.tabId, open));
      if (own && own.text !== '' && box) {
        const known = knownDraft(own, session.tabId, open);
        if (box.value === '') {
          box.value = own.text;
          setRestored(known);
          onRestoredRef.current(own.text);
        } else if (box.value !== own.text) {
          // Typed before the draft was read: never overwrite it; offer the draft instead.
          found.unshift(known);
        }
      }
      setOffers(found);
    })().catch((error: unknown) => console.error('Could not read the drafts', error));

    const stopListening = onPageLeave({
      hidden: () => void saver.flush(),
      left: () => {
        // Straight to the store, not through the queue: the page may be gone before a queued save starts.
        const text = box?.value ?? '';
        const unsaved = saver.pending;
        saver.cancel();
        if (!unsaved && text === '') return;
        const tabId = knownTabId();
        if (tabId !== null) rescue(keyFor(tabId), text);
        void persist(text, true).catch(() => undefined);
      },
    });
    return () => {
      alive = false;
      stopListening();
      if (saver.pending) void persist(box?.value ?? '', false).catch(report);
      saver.dispose();
      // Another question's composer starts from its own draft.
      if (box) box.value = '';
      setRestored(null);
      setOffers([]);
    };
  }, [eventId, questionId]);

  const control = useRef<DraftControl>({
    schedule: () => scheduler.current?.touch(),
    flush: () => void scheduler.current?.flush(),
    cancel: () => {
      scheduler.current?.cancel();
      setRestored(null);
    },
    take: async (offer) => {
      const box = textarea.current;
      if (!box) return;
      if (await ownerIsOpen(offer)) {
        setOffers((list) => list.filter((o) => o !== offer));
        return;
      }
      const withOffer = (mine: string) => (mine.trim() === '' ? offer.draft.text : `${mine.replace(/\s+$/, '')}\n${offer.draft.text}`);
      // Off the list at once, so a second click cannot take it twice.
      setOffers((list) => list.filter((o) => o !== offer));
      const before = box.value;
      scheduler.current?.cancel();
      // Stored first, shown after: a reload right after the click (its pagehide cannot wait for a
      // transaction still running) must not find the other tab's draft alive and offer it again.
      let failed: unknown = null;
      try {
        await adoptDraft(offer.draft.id, keyRef.current((await tabSession()).tabId), withOffer(before));
      } catch (error) {
        failed = error;
      }
      const typedMeanwhile = box.value !== before;
      const text = withOffer(box.value);
      box.value = text;
      onRestoredRef.current(text);
      report(failed);
      // Keep trying to store the box as this tab's draft, or store what was typed while adopting.
      if (failed !== null || typedMeanwhile) scheduler.current?.touch();
      box.focus();
    },
    discard: async (offer) => {
      try {
        await discardDraft(offer.draft.id);
        setOffers((list) => list.filter((o) => o !== offer));
      } catch (error) {
        report(error);
      }
    },
  });
  return [{ restored, offers, failure }, control.current];
}
