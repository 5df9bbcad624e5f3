import { useEffect, useRef } from 'preact/hooks';

const isEditable = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(?:INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

/**
 * Ctrl+Z / Ctrl+Shift+Z (and Ctrl+Y; ⌘ on macOS) for the draft, except while typing in a
 * field, where the browser's own text undo is what the user means.
 */
export function useUndoKeys(undo: () => void, redo: () => void): void {
  const handlers = useRef({ undo, redo });
  handlers.current = { undo, redo };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || isEditable(e.target)) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) handlers.current.undo();
      else if ((key === 'z' && e.shiftKey) || key === 'y') handlers.current.redo();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
