/**
 * Calls `hidden` when the page goes to the background (another browser tab, a minimised window:
 * it may be discarded or killed from there) and `left` when it is being left for good (reload,
 * close, navigation). Returns the function that stops listening.
 */
export function onPageLeave(handlers: { hidden: () => void; left: () => void }): () => void {
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') handlers.hidden();
  };
  document.addEventListener('visibilitychange', onVisibility);
  window.addEventListener('pagehide', handlers.left);
  return () => {
    document.removeEventListener('visibilitychange', onVisibility);
    window.removeEventListener('pagehide', handlers.left);
  };
}
