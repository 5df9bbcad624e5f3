import { useEffect, useRef } from 'preact/hooks';
import type { Id } from '../../../core/model/types';
import { getDraft, saveDraft } from '../../store';

const DRAFT_DELAY_MS = 300;

export interface DraftControl {
  /** Call on every input: the text is stored 300 ms after the last one. */
  schedule: () => void;
  /** Drops a pending save (the note was saved, its draft cleared with it). */
  cancel: () => void;
}

/**
 * Keeps the composer's text in the store so a crash or reload loses nothing: saved 300 ms after
 * the last keystroke, at once when the page is hidden or left, and restored on open.
 */
export function useDraft(
  eventId: Id,
  questionId: Id | null,
  textarea: { current: HTMLTextAreaElement | null },
  onRestored: (text: string) => void,
): DraftControl {
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const lastSaved = useRef<string | null>(null);

  useEffect(() => {
    let alive = true;
    // This composer's element, even while it unmounts (refs are gone by then).
    const box = textarea.current;
    const flush = () => {
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = null;
      const text = box?.value ?? '';
      if (text === lastSaved.current) return;
      lastSaved.current = text;
      void saveDraft(eventId, questionId, text).catch(() => {
        lastSaved.current = null; // try again on the next keystroke
      });
    };
    flushRef.current = flush;
    lastSaved.current = null;
    void getDraft(eventId, questionId).then((text) => {
      const el = box;
      if (!alive || !el) return;
      lastSaved.current = text;
      // Never overwrite what was typed while the draft was loading.
      if (text && el.value === '') {
        el.value = text;
        onRestored(text);
      }
    });
    const onHidden = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', flush);
    return () => {
      alive = false;
      if (timer.current !== null) flush();
      // Another question's composer starts from its own draft.
      if (box) box.value = '';
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', flush);
    };
  }, [eventId, questionId]);

  const flushRef = useRef<() => void>(() => {});
  const control = useRef<DraftControl>({
    schedule: () => {
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(() => flushRef.current(), DRAFT_DELAY_MS);
    },
    cancel: () => {
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = null;
      lastSaved.current = '';
    },
  });
  return control.current;
}
