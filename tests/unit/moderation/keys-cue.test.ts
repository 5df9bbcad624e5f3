import { describe, expect, it } from 'vitest';
import { startTimer, adjustTimer, pauseTimer, type TransitionResult } from '../../../src/core/timer/transitions';
import type { TimerLog } from '../../../src/core/timer/events';

const logOf = (r: TransitionResult): TimerLog => {
  if (!r.ok) throw new Error(r.refusal);
  return r.log;
};
import { stateAt } from '../../../src/core/timer/state';
import { timerCue } from '../../../src/renderer/moderation/cue';
import { keyCommand, type KeyInput } from '../../../src/renderer/moderation/keys';

const el = (tagName: string, extra: Record<string, unknown> = {}) =>
  ({ tagName, getAttribute: () => null, ...extra }) as unknown as EventTarget;
const key = (k: string, more: Partial<KeyInput> = {}): KeyInput => ({
  key: k,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  target: el('BODY'),
  ...more,
});

describe('moderator keyboard', () => {
  it('maps Space, N and ± to timer commands', () => {
    expect(keyCommand(key(' '))).toEqual({ type: 'toggle' });
    expect(keyCommand(key('n'))).toEqual({ type: 'next' });
    expect(keyCommand(key('N', { shiftKey: true }))).toEqual({ type: 'next' });
    expect(keyCommand(key('+'))).toEqual({ type: 'adjust', deltaMs: 30_000 });
    expect(keyCommand(key('='))).toEqual({ type: 'adjust', deltaMs: 30_000 });
    expect(keyCommand(key('-'))).toEqual({ type: 'adjust', deltaMs: -30_000 });
  });

  it('with Shift, gives or takes a whole minute (US and Spanish layouts)', () => {
    expect(keyCommand(key('+', { shiftKey: true }))).toEqual({ type: 'adjust', deltaMs: 60_000 });
    expect(keyCommand(key('*', { shiftKey: true }))).toEqual({ type: 'adjust', deltaMs: 60_000 });
    expect(keyCommand(key('_', { shiftKey: true }))).toEqual({ type: 'adjust', deltaMs: -60_000 });
    expect(keyCommand(key('-', { shiftKey: true }))).toEqual({ type: 'adjust', deltaMs: -60_000 });
  });

  it('never fires while typing in a field', () => {
    for (const tag of ['INPUT', 'TEXTAREA', 'SELECT']) {
      expect(keyCommand(key('n', { target: el(tag) }))).toBeNull();
      expect(keyCommand(key(' ', { target: el(tag) }))).toBeNull();
    }
    expect(keyCommand(key('n', { target: el('DIV', { isContentEditable: true }) }))).toBeNull();
  });

  it('leaves Space to a focused button, and ignores shortcuts with Ctrl/Alt/Meta', () => {
    expect(keyCommand(key(' ', { target: el('BUTTON') }))).toBeNull();
    expect(keyCommand(key('n', { target: el('BUTTON') }))).toEqual({ type: 'next' });
    expect(keyCommand(key('n', { ctrlKey: true }))).toBeNull();
    expect(keyCommand(key('+', { metaKey: true }))).toBeNull();
    expect(keyCommand(key('x'))).toBeNull();
  });
});

describe('timer cue (words and shape besides colour)', () => {
  const T = 1_000_000;
  const log = logOf(startTimer([], T, 120_000));

  it('says how it stands in every state', () => {
    expect(timerCue(stateAt([], T)).key).toBe('moderator.cue.idle');
    expect(timerCue(stateAt(log, T + 10_000)).key).toBe('moderator.cue.normal');
    expect(timerCue(stateAt(log, T + 70_000)).key).toBe('moderator.cue.warning');
    expect(timerCue(stateAt(log, T + 75_000 + 30_000))).toMatchObject({ key: 'moderator.cue.final', values: { seconds: 15 } });
    expect(timerCue(stateAt(log, T + 132_000))).toMatchObject({ key: 'moderator.cue.overtime', values: { time: '0:12' } });
    const open = logOf(startTimer([], T, null));
    expect(timerCue(stateAt(open, T + 5000)).key).toBe('moderator.cue.countup');
  });

  it('marks a paused timer in words and with another icon', () => {
    const paused = logOf(pauseTimer(log, T + 10_000));
    const cue = timerCue(stateAt(paused, T + 20_000));
    expect(cue.key).toBe('moderator.cue.normalPaused');
    expect(cue.icon).not.toBe(timerCue(stateAt(log, T + 10_000)).icon);
  });

  it('every state has a distinct icon', () => {
    const base = logOf(adjustTimer(log, T, 0));
    const icons = [10_000, 70_000, 110_000, 130_000].map((ms) => timerCue(stateAt(base, T + ms)).icon);
    expect(new Set(icons).size).toBe(4);
  });
});
