import { useEffect, useRef } from 'preact/hooks';

const NON_TEXT_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image', 'hidden']);

/** Where the browser keeps a text undo of its own: text inputs, text areas, editable content. */
function isTextField(target: EventTarget | null): target is HTMLInputElement | HTMLTextAreaElement | HTMLElement {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLInputElement) return !NON_TEXT_INPUTS.has(target.type);
  return target.isContentEditable;
}

const textOf = (el: HTMLElement) =>
  el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement ? el.value : (el.textContent ?? '');

/** Fields the user emptied by typing (select all + delete, cut…): their text undo brings it back. */
const emptiedByTyping = new WeakSet<EventTarget>();

/**
 * Whether Ctrl+Z belongs to the notes' history rather than to the browser's text undo. Outside a
 * text field it always does. Inside one, only while the field is empty and the user did not empty
 * it: the composer right after saving a note (the app cleared it, the browser has nothing to undo
 * there), so "type, Enter, Ctrl+Z" takes the note back. A field holding text, or one the user just
 * cleared, keeps the browser's own undo: typed text is never the history's to take.
 */
function historyOwnsUndo(target: EventTarget | null): boolean {
  if (!isTextField(target)) return true;
  return textOf(target) === '' && !emptiedByTyping.has(target);
}

/** Ctrl+Z undo, Ctrl+Shift+Z and Ctrl+Y redo (⌘ on macOS) for the capture history, anywhere on the screen. */
export function useHistoryKeys(undo: () => void, redo: () => void): void {
  const handlers = useRef({ undo, redo });
  handlers.current = { undo, redo };
  useEffect(() => {
    const onInput = (e: Event) => {
      if (!isTextField(e.target)) return;
      if (textOf(e.target) === '') emptiedByTyping.add(e.target);
      else emptiedByTyping.delete(e.target);
    };
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.isComposing) return;
      const key = e.key.toLowerCase();
      const isUndo = key === 'z' && !e.shiftKey;
      const isRedo = (key === 'z' && e.shiftKey) || (key === 'y' && !e.shiftKey);
      if ((!isUndo && !isRedo) || !historyOwnsUndo(e.target)) return;
      e.preventDefault();
      if (isUndo) handlers.current.undo();
      else handlers.current.redo();
    };
    // Capture phase: the field's own listeners must not see an undo the history took.
    window.addEventListener('input', onInput, true);
    window.addEventListener('keydown', onKey, true);
    return () => {
      window.removeEventListener('input', onInput, true);
      window.removeEventListener('keydown', onKey, true);
    };
  }, []);
}
