import { useEffect, useRef, useState } from 'preact/hooks';
import { clearSetupDraft, getSetupDraft, saveSetupDraft, type SavedSetupDraft, type SetupDraftInput } from '../../store';
import { BLANK_EVENT_FORM } from './event-form';
import { MAX_PASTE_CHARS } from './extraction-types';

/** Quiet time after the last change before the draft is written. */
const AUTOSAVE_DEBOUNCE_MS = 500;

export interface SetupAutosave {
  /** The draft found on opening the screen and put back, until the user discards it or moves on. */
  restored: SavedSetupDraft | null;
  /** Forgets the saved draft (the screen empties itself). */
  discard(): Promise<void>;
  /** The event exists: stop saving and forget the draft. */
  finish(): Promise<void>;
  /** A change not yet written (a save is waiting or in flight). */
  unsaved(): boolean;
}

const isEmpty = (s: SetupDraftInput) =>
  s.text.trim() === '' &&
  s.draft.questions.length === 0 &&
  s.draft.participants.length === 0 &&
  s.draft.agenda.length === 0 &&
  // The time zone starts at the computer's: only a zone the user changed is work worth keeping.
  Object.entries(s.form).every(([key, v]) => (key === 'timeZone' ? v === undefined || v === BLANK_EVENT_FORM.timeZone : v.trim() === ''));

/**
 * Keeps the setup screen's work in the store: debounced, so a 2 MB paste never makes typing
 * wait on IndexedDB, and at once when the page is hidden or closed. On opening, a saved draft
 * is handed to `restore` — only if the user has not started typing in the meantime, so the
 * read can never overwrite fresh input. `snapshot` must be memoised on the values it holds.
 */
export function useSetupAutosave(snapshot: SetupDraftInput, restore: (saved: SavedSetupDraft) => void): SetupAutosave {
  const [restored, setRestored] = useState<SavedSetupDraft | null>(null);
  const latest = useRef(snapshot);
  latest.current = snapshot;
  const loaded = useRef(false);
  const stopped = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const dirty = useRef(false);
  const writing = useRef(0);

  const cancel = () => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
  };

  const flush = () => {
    cancel();
    if (!loaded.current || stopped.current || !dirty.current) return;
    const s = latest.current;
    // Over-long text is refused by the paste box; keep the last good draft rather than none.
    if (s.text.length > MAX_PASTE_CHARS) return;
    dirty.current = false;
    writing.current += 1;
    (isEmpty(s) ? clearSetupDraft() : saveSetupDraft(s).then(() => undefined))
      .catch(() => {
        // Keep it marked unsaved: the next change, or leaving the page, tries again.
        dirty.current = true;
      })
      .finally(() => {
        writing.current -= 1;
      });
  };

  useEffect(() => {
    let live = true;
    getSetupDraft()
      .catch(() => null)
      .then((saved) => {
        if (!live) return;
        if (saved && !dirty.current && isEmpty(latest.current)) {
          restore(saved);
          setRestored(saved);
        }
        loaded.current = true;
        if (dirty.current) flush();
      });
    const onHide = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      live = false;
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHide);
      flush();
    };
  }, []);

  const first = useRef(true);
  useEffect(() => {
    // The first snapshot is the blank screen, nothing the user did.
    if (first.current) {
      first.current = false;
      return;
    }
    dirty.current = true;
    if (!loaded.current) return;
    cancel();
    timer.current = setTimeout(flush, AUTOSAVE_DEBOUNCE_MS);
  }, [snapshot]);

  return {
    restored,
    async discard() {
      cancel();
      dirty.current = false;
      setRestored(null);
      await clearSetupDraft();
    },
    async finish() {
      stopped.current = true;
      cancel();
      setRestored(null);
      await clearSetupDraft();
    },
    unsaved: () => dirty.current || writing.current > 0,
  };
}
