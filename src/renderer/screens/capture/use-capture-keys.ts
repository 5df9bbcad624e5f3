import { useEffect, useRef } from 'preact/hooks';

interface CaptureKeys {
  onStep: (delta: number) => void;
  onNumber: (n: number) => void;
  onHelp: () => void;
  onFind: () => void;
}

/** The capture view's keys, active anywhere on the screen (even while typing a note). */
export function useCaptureKeys(handlers: CaptureKeys): void {
  const ref = useRef(handlers);
  ref.current = handlers;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const h = ref.current;
      if (e.key === 'F1' || ((e.ctrlKey || e.metaKey) && (e.key === '/' || e.code === 'Slash'))) {
        e.preventDefault();
        h.onHelp();
      } else if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'f') {
        e.preventDefault();
        h.onFind();
      } else if (e.altKey && !e.ctrlKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
        e.preventDefault();
        h.onStep(e.key === 'ArrowUp' ? -1 : 1);
      } else if (e.altKey && !e.ctrlKey && /^Digit[1-9]$/.test(e.code)) {
        // e.code, not e.key: Alt+digit types other characters on some layouts.
        e.preventDefault();
        h.onNumber(Number(e.code.slice(5)));
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
