import { useEffect, useRef } from 'preact/hooks';

/**
 * Focuses an element when it mounts. The `autofocus` attribute is honoured only once per page
 * in Chromium, so forms that appear later (a new event, a question being edited) need this.
 */
export function useAutoFocus<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
}
