import type { SessionClock } from './types';

/**
 * The session clock is stored as anchors (when it last started running, and what had accumulated
 * before), never as a tick count, so it survives a reload or crash without drifting.
 */
export const IDLE_CLOCK: SessionClock = { startedAt: null, runningSince: null, accumulatedMs: 0 };

export type SessionState = 'idle' | 'running' | 'paused';

export function sessionState(clock: SessionClock): SessionState {
  if (clock.startedAt === null) return 'idle';
  return clock.runningSince === null ? 'paused' : 'running';
}

/** Session time in milliseconds at `nowMs`; null while the session has not started. */
export function elapsedAt(clock: SessionClock, nowMs: number): number | null {
  if (clock.startedAt === null) return null;
  const running = clock.runningSince === null ? 0 : Math.max(0, nowMs - Date.parse(clock.runningSince));
  return clock.accumulatedMs + running;
}

export function startSession(clock: SessionClock, nowMs: number): SessionClock {
  if (sessionState(clock) === 'running') return clock;
  const at = new Date(nowMs).toISOString();
  return { startedAt: clock.startedAt ?? at, runningSince: at, accumulatedMs: clock.accumulatedMs };
}

export function pauseSession(clock: SessionClock, nowMs: number): SessionClock {
  if (sessionState(clock) !== 'running') return clock;
  return { ...clock, runningSince: null, accumulatedMs: elapsedAt(clock, nowMs) ?? 0 };
}

/** `h:mm:ss` for session time (hours not padded: a forum rarely passes 9 h). */
export function formatElapsed(ms: number): string {
  const total = Math.floor(Math.max(0, ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}
