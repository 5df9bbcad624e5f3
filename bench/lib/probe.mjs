// In-page instruments for the browser benchmarks, installed with page.addInitScript(PROBE) so they
// exist before the app's first line runs. Every figure ends at "the frame after": the rendering
// step that shows the change (a requestAnimationFrame callback runs just before it) and a message
// posted from there, which runs once that frame has been produced. Times are performance.now(),
// so a figure of a new page counts from the navigation's start.
export const PROBE = () => {
  const afterFrame = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(0);
      }),
    );

  /**
   * Resolves with the time of the frame after `condition()` first holds, or null after `timeoutMs`.
   * The condition is checked at once, after every DOM change, scroll and input event (a key that changes
   * no element, e.g. a search whose results stay the same, is done when its event has been handled), and
   * every 50 ms as a backstop (a condition that depends on layout alone, e.g. a late measurement).
   */
  const when = (condition, timeoutMs = 30_000) =>
    new Promise((resolve) => {
      let done = false;
      const observer = new MutationObserver(() => check());
      const timer = setInterval(() => check(), 50);
      const deadline = setTimeout(() => stop() && resolve(null), timeoutMs);
      /** Stops watching; false if it had already stopped. */
      function stop() {
        if (done) return false;
        done = true;
        observer.disconnect();
        clearInterval(timer);
        clearTimeout(deadline);
        removeEventListener('scroll', check, true);
        removeEventListener('input', check);
        return true;
      }
      function check() {
        if (done) return;
        let ok;
        try {
          ok = condition();
        } catch {
          ok = false; // not there yet (e.g. an element the condition reads is missing)
        }
        if (ok && stop()) void afterFrame().then(resolve);
      }
      addEventListener('scroll', check, true);
      // Bubbling, on the window: it runs after the page's own listeners (and the renders they queued).
      addEventListener('input', check);
      // The document itself: an init script runs before even the root element exists.
      observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
      check();
    });

  /** The element is in the layout and at least partly inside `container`'s visible box (and the window). */
  const visibleIn = (element, container) => {
    if (!element || !container) return false;
    const r = element.getBoundingClientRect();
    const c = container.getBoundingClientRect();
    const top = Math.max(r.top, c.top, 0);
    const bottom = Math.min(r.bottom, c.bottom, innerHeight);
    return r.height > 0 && bottom - top > 0;
  };

  // The last input events, by type, so a measurement can start at the event a user caused.
  const last = {};
  for (const type of ['keydown', 'input', 'click', 'paste']) {
    addEventListener(type, (e) => (last[type] = { timeStamp: e.timeStamp, key: e.key ?? null, inputType: e.inputType ?? null }), true);
  }

  window.__bench = { afterFrame, when, visibleIn, last };
};
