import type { TimerState } from './state';

/**
 * Count-down text: "4:59", "-0:12" in overtime, "1:02:03" past an hour. Seconds round up so the
 * display reads "5:00" for the whole first second and reaches "0:00" exactly at zero; overtime
 * then reads "-0:01" after one full second past zero.
 */
export function formatCountdown(remainingMs: number): string {
  const seconds = Math.ceil(remainingMs / 1000);
  if (!Number.isFinite(seconds)) return '0:00';
  return seconds < 0 ? `-${clock(-seconds)}` : clock(seconds);
}

/** Count-up text (elapsed): whole seconds completed, "0:00" during the first second. */
export function formatCountup(elapsedMs: number): string {
  const seconds = Math.floor(Math.max(0, elapsedMs) / 1000);
  return Number.isFinite(seconds) ? clock(seconds) : '0:00';
}

/** What the big display shows for a state; `idlePlannedMs` previews the turn before it starts. */
export function formatTimer(state: TimerState, idlePlannedMs: number | null = null): string {
  if (state.phase === 'idle') return idlePlannedMs === null ? formatCountup(0) : formatCountdown(idlePlannedMs);
  return state.remainingMs === null ? formatCountup(state.elapsedMs) : formatCountdown(state.remainingMs);
}

/** A duration in whole seconds as the timer writes it: "4:05", "1:02:03" (never decimals of a minute). */
export function formatSeconds(seconds: number): string {
  return Number.isFinite(seconds) ? clock(Math.max(0, Math.trunc(seconds))) : '0:00';
}

/** A signed duration, "+1:04" or "−0:30" (a true minus sign, which screen readers read and spreadsheets keep as text). */
export function formatSignedSeconds(seconds: number): string {
  return `${seconds < 0 ? '\u2212' : '+'}${formatSeconds(Math.abs(seconds))}`;
}

function clock(totalSeconds: number): string {
  const h = Math.floor(totalSeconds / 3600);
  const m = Math.floor((totalSeconds % 3600) / 60);
  const s = totalSeconds % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}
