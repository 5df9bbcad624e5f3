// Human-paced input for the browser benchmarks: a fixed pseudo-random rhythm (the same every run), keys
// at least 100 ms apart and pauses of 300 ms or more between words, so debounced work (the composer's
// draft autosave, 300 ms after the last key) runs while the figures are taken, as it does for a person.

/** A small deterministic generator (mulberry32), so every run types with the same rhythm. */
export function rhythm(seed = 15) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    /** Time before the next key: 100–180 ms. */
    key: () => 100 + Math.round(next() * 80),
    /** After a word: half the time a pause of 320–800 ms (thinking, listening), else an ordinary key gap. */
    afterWord: () => (next() < 0.5 ? 320 + Math.round(next() * 480) : 100 + Math.round(next() * 80)),
    /** Any span, e.g. between finishing a note and pressing Enter. */
    between: (min, max) => min + Math.round(next() * (max - min)),
  };
}

/**
 * Types `text` into the focused element key by key (real key events: keydown, keypress, input, keyup),
 * at the rhythm's pace. Only characters of the US keyboard layout, so every one is a real key press.
 */
export async function typeLikeAPerson(page, text, pace) {
  for (const ch of text) {
    if (!/^[\x20-\x7e]$/.test(ch)) throw new Error(`typeLikeAPerson: "${ch}" is not a key of the US layout`);
    await page.keyboard.press(ch === ' ' ? 'Space' : ch);
    await page.waitForTimeout(ch === ' ' ? pace.afterWord() : pace.key());
  }
}

/**
 * Installs, in the page (`page.evaluate(recordKeystrokes)`), the recorder of typed characters: for each
 * character's keydown in the composer (`#composer-text`), the time from the keydown to the frame after its
 * input is painted, kept in `window.__typed` as `{ down, ms }` (`down`: the keydown's time). Enter saves a
 * note (its figure is the save's); Backspace and the like are not typed text.
 */
export const recordKeystrokes = () => {
  window.__typed = [];
  let start = null;
  const isComposer = (e) => e.target instanceof HTMLElement && e.target.id === 'composer-text';
  document.addEventListener('keydown', (e) => isComposer(e) && e.key.length === 1 && (start = e.timeStamp), true);
  document.addEventListener(
    'input',
    (e) => {
      if (!isComposer(e) || start === null) return;
      const from = start;
      start = null;
      void window.__bench.afterFrame().then((t) => window.__typed.push({ down: from, ms: t - from }));
    },
    true,
  );
};

/** Types `notes` at a person's pace into the focused composer, saving each with Enter and pausing after it, as a rapporteur goes on. */
export async function typeNotesLikeAPerson(page, notes) {
  const pace = rhythm();
  for (const note of notes) {
    await typeLikeAPerson(page, note, pace);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(pace.between(400, 900));
  }
}
