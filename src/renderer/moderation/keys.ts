/**
 * The moderator's keyboard: Space start/pause, N next speaker, + / − give or take 30 s (with
 * Shift, 1 min). Layout-tolerant: "=" is the unshifted "+" key on US keyboards and "*" / "_" are
 * the shifted plus and minus on Spanish ones, so both work without looking.
 */
export type KeyCommand = { type: 'toggle' } | { type: 'next' } | { type: 'adjust'; deltaMs: number };

export interface KeyInput {
  key: string;
  code?: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  target: EventTarget | null;
}

const STEP_MS = 30_000;
const BIG_STEP_MS = 60_000;

/** Typing in a field (or a rich editor) never drives the timer. */
function isTypingTarget(target: EventTarget | null): boolean {
  const el = target as (HTMLElement & { isContentEditable?: boolean }) | null;
  if (!el || typeof el.tagName !== 'string') return false;
  const tag = el.tagName.toLowerCase();
  return tag === 'input' || tag === 'textarea' || tag === 'select' || el.isContentEditable === true;
}

function isButtonLike(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || typeof el.tagName !== 'string') return false;
  const tag = el.tagName.toLowerCase();
  return tag === 'button' || tag === 'a' || tag === 'summary' || el.getAttribute?.('role') === 'button';
}

export function keyCommand(input: KeyInput): KeyCommand | null {
  if (input.ctrlKey || input.metaKey || input.altKey) return null;
  if (isTypingTarget(input.target)) return null;
  const { key, shiftKey } = input;
  // Space on a focused button presses that button; the shortcut must not fire as well.
  if (key === ' ' || input.code === 'Space') return isButtonLike(input.target) ? null : { type: 'toggle' };
  if (key === 'n' || key === 'N') return { type: 'next' };
  if (key === '+' || key === '=' || input.code === 'NumpadAdd') return { type: 'adjust', deltaMs: shiftKey ? BIG_STEP_MS : STEP_MS };
  if (key === '*') return { type: 'adjust', deltaMs: BIG_STEP_MS };
  if (key === '-' || key === '−' || input.code === 'NumpadSubtract') return { type: 'adjust', deltaMs: shiftKey ? -BIG_STEP_MS : -STEP_MS };
  if (key === '_') return { type: 'adjust', deltaMs: -BIG_STEP_MS };
  return null;
}
