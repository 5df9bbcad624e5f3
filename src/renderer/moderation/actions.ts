import { touch } from '../../core/model/factories';
import { toIso } from '../../core/model/ids';
import type { Id, Turn } from '../../core/model/types';
import type { TimerLog } from '../../core/timer/events';
import { foldLog } from '../../core/timer/fold';
import { changedTurns, currentTurn, startQueuedTurn, type QueueProblem } from '../../core/timer/queue';
import { adjustTimer, finishTimer, resetTimer, toggleTimer, type TransitionResult } from '../../core/timer/transitions';
import { syncTurnWithLog } from '../../core/timer/turn-sync';

/**
 * The moderator's commands as whole-turn edits: each returns the turns to write, with the timer
 * log and the actual start/end kept in step, so the store persists every transition and the
 * capture view's "current speaker" (currentTurn) follows the timer.
 */

export type TimerCommand = { type: 'toggle' } | { type: 'finish' } | { type: 'reset' } | { type: 'adjust'; deltaMs: number };

/** A turn with a new log, its actual span re-derived from it. */
function withLog(turn: Turn, log: TimerLog, nowMs: number): Turn {
  return syncTurnWithLog(touch(turn, { timerLog: [...log] }, nowMs), log, nowMs);
}

function transition(log: TimerLog, command: TimerCommand, nowMs: number): TransitionResult {
  switch (command.type) {
    case 'toggle':
      return toggleTimer(log, nowMs);
    case 'finish':
      return finishTimer(log, nowMs);
    case 'reset':
      return resetTimer(log, nowMs);
    case 'adjust':
      return adjustTimer(log, nowMs, command.deltaMs);
  }
}

/** The turn after `command`, or null when it does not apply now (e.g. pause on a finished turn). */
export function commandTurn(turn: Turn, command: TimerCommand, nowMs: number): Turn | null {
  const result = transition(turn.timerLog, command, nowMs);
  return result.ok ? withLog(turn, result.log, nowMs) : null;
}

/**
 * Ends a turn now. A turn started elsewhere without a log (an imported file) is ended by its
 * actual end alone.
 */
export function endTurn(turn: Turn, nowMs: number): Turn {
  const finished = commandTurn(turn, { type: 'finish' }, nowMs);
  if (finished) return finished;
  return turn.actualEndAt === null ? touch(turn, { actualEndAt: toIso(nowMs) }, nowMs) : turn;
}

export type NextResult = { ok: true; changed: Turn[]; started: Turn } | { ok: false; problem: QueueProblem };

/** "Next speaker": ends whoever is speaking and starts `turnId` (or the head of the queue), together. */
export function startNext(turns: readonly Turn[], nowMs: number, turnId: Id | null = null): NextResult {
  const speaking = currentTurn(turns);
  const ended = speaking ? turns.map((t) => (t === speaking ? endTurn(t, nowMs) : t)) : [...turns];
  const start = startQueuedTurn(ended, nowMs, turnId);
  if (!start.ok) return start;
  const started = withLog(start.started, start.log, nowMs);
  const after = start.turns.map((t) => (t === start.started ? started : t));
  return { ok: true, changed: changedTurns(turns, after), started };
}

export type RetimeProblem = 'invalid-time' | 'end-before-start' | 'in-the-future';

/**
 * Corrects a turn's start and end afterwards (a forgotten stop, a late start). The log is
 * rewritten so the fold agrees: the start moves to `startMs`, events after the new end are
 * dropped and a finish is recorded at `endMs`. Pauses inside the span still count as pauses.
 */
export function retimeTurn(turn: Turn, startMs: number, endMs: number, nowMs: number): Turn | RetimeProblem {
  if (!Number.isFinite(startMs) || !Number.isFinite(endMs)) return 'invalid-time';
  if (endMs <= startMs) return 'end-before-start';
  if (endMs > nowMs) return 'in-the-future';
  const log = turn.timerLog;
  const lastStart = log.map((e) => e.type).lastIndexOf('start');
  if (lastStart < 0 || foldLog(log).phase === 'idle') {
    return touch(turn, { actualStartAt: toIso(startMs), actualEndAt: toIso(endMs) }, nowMs);
  }
  const startEvent = log[lastStart]!;
  const kept = log.slice(lastStart + 1).filter((e) => e.type !== 'finish' && e.at > startMs && e.at < endMs);
  const rewritten: TimerLog = [{ ...startEvent, at: startMs }, ...kept, { type: 'finish', at: endMs }];
  // A kept pause as the last event leaves the turn paused: the finish then closes no extra span.
  return withLog(turn, rewritten, nowMs);
}

export interface Correction {
  speakerId: Id | null;
  startMs: number;
  /** Null leaves a running turn running. */
  endMs: number | null;
}

/**
 * A correction from the turn log: another speaker, a start moved, an end set (which also ends a
 * turn whose stop was forgotten). Returns the same object when nothing changed.
 */
export function correctTurn(turn: Turn, c: Correction, nowMs: number): Turn | RetimeProblem {
  const next = turn.speakerId === c.speakerId ? turn : touch(turn, { speakerId: c.speakerId }, nowMs);
  const oldStart = turn.actualStartAt === null ? null : Date.parse(turn.actualStartAt);
  const oldEnd = turn.actualEndAt === null ? null : Date.parse(turn.actualEndAt);
  if (c.endMs === null) {
    if (oldEnd !== null) return 'invalid-time';
    if (c.startMs === oldStart) return next;
    if (!Number.isFinite(c.startMs)) return 'invalid-time';
    if (c.startMs > nowMs) return 'in-the-future';
    const log = next.timerLog;
    const i = log.map((e) => e.type).lastIndexOf('start');
    if (i < 0) return touch(next, { actualStartAt: toIso(c.startMs) }, nowMs);
    return withLog(
      next,
      log.map((e, j) => (j === i ? { ...e, at: c.startMs } : e)),
      nowMs,
    );
  }
  if (c.startMs === oldStart && c.endMs === oldEnd) return next;
  return retimeTurn(next, c.startMs, c.endMs, nowMs);
}
