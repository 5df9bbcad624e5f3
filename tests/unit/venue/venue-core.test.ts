import { describe, expect, it } from 'vitest';
import { adjustTimer, pauseTimer, startTimer, type TransitionResult } from '../../../src/core/timer/transitions';
import { stateAt } from '../../../src/core/timer/state';
import {
  addSample,
  asDeviceMessage,
  asSourceMessage,
  bestOffset,
  deviceLink,
  deviceSocketUrl,
  isStageView,
  offsetSample,
  parseDeviceQuery,
  parseFrame,
  stageViewOf,
  viewTimerState,
  MAX_VENUE_MESSAGE_BYTES,
  type StageView,
} from '../../../src/core/venue';
import type { TimerLog } from '../../../src/core/timer/events';

const EVENT = '5c7b1d0e-3a2f-4c1b-9d8e-1f2a3b4c5d6e';
const CODE = 'AbCdEfGhIjKlMnOpQrStUv';
const THRESHOLDS = { warningMs: 60_000, finalMs: 15_000 };

function ok(result: TransitionResult): TimerLog {
  if (!result.ok) throw new Error(result.refusal);
  return result.log;
}

function view(log: TimerLog | null, offsetMs = 0): StageView {
  return stageViewOf({
    mesaName: 'Mesa Norte',
    log,
    speaker: 'Ana Torres',
    speaking: log !== null,
    idlePlannedMs: null,
    thresholds: THRESHOLDS,
    message: null,
    queued: 1,
    offsetMs,
  });
}

describe('venue: the stage view and the clock offset', () => {
  it('shows on a device with a wrong clock the time the moderator’s timer shows', () => {
    // The moderator started a 3-minute turn at t=1 000 000 (its clock), added a minute at +10 s.
    const log = ok(adjustTimer(ok(startTimer([], 1_000_000, 180_000)), 1_010_000, 60_000));
    // The relay's clock is 5 s ahead of the moderator's, the device's is 7 minutes ahead of the relay's.
    const moderatorToRelay = 5_000;
    const deviceToRelay = -420_000;
    const sent = view(log, moderatorToRelay);
    expect(isStageView(sent)).toBe(true);
    const moderatorNow = 1_100_000;
    const deviceNow = moderatorNow + moderatorToRelay - deviceToRelay;
    const onDevice = viewTimerState(sent, deviceNow, deviceToRelay);
    const onModerator = stateAt(log, moderatorNow, THRESHOLDS);
    expect(onDevice.remainingMs).toBe(onModerator.remainingMs);
    expect(onDevice.remainingMs).toBe(240_000 - 100_000);
    expect(onDevice.display).toBe('normal');
    // Without the offset, the device would be seven minutes off: in overtime.
    expect(viewTimerState(sent, deviceNow, 0).display).toBe('overtime');

    const paused = ok(pauseTimer(log, 1_200_000));
    const stopped = view(paused, moderatorToRelay);
    expect(stopped.timer.runningSince).toBeNull();
    // A paused timer does not move, whatever the device's clock says.
    expect(viewTimerState(stopped, 9_999_999_999, 12_345).remainingMs).toBe(40_000);
  });

  it('estimates the offset from the round trip with the shortest time', () => {
    let samples = [offsetSample(1000, 6_000, 1400)]; // slow: 400 ms there and back
    samples = addSample(samples, offsetSample(2000, 7_040, 2020)); // quick: the relay is 5 030 ms ahead
    samples = addSample(samples, offsetSample(3000, 8_500, 3300));
    expect(bestOffset(samples)).toBe(5030);
    expect(bestOffset([])).toBeNull();
  });
});

describe('venue: messages', () => {
  it('lets through only well-formed messages of the right sender', () => {
    expect(asSourceMessage({ type: 'grant', kind: 'stage', mesa: 'plenary', code: CODE })).not.toBeNull();
    expect(asSourceMessage({ type: 'grant', kind: 'stage', mesa: 'plenary', code: 'short' })).toBeNull();
    expect(asSourceMessage({ type: 'grant', kind: 'admin', mesa: 'plenary', code: CODE })).toBeNull();
    expect(asSourceMessage({ type: 'grant', kind: 'stage', mesa: '../x', code: CODE })).toBeNull();
    expect(asSourceMessage({ type: 'view', mesa: EVENT, view: view(null) })).not.toBeNull();
    expect(asSourceMessage({ type: 'view', mesa: EVENT, view: { ...view(null), notes: ['a secret'] } })).toBeNull();
    expect(asSourceMessage({ type: 'view', mesa: EVENT, view: { ...view(null), speaker: 'x'.repeat(301) } })).toBeNull();
    expect(asDeviceMessage({ type: 'ping', id: 3 }, 'stage')).not.toBeNull();
    expect(asDeviceMessage({ type: 'command', command: { type: 'toggle' } }, 'stage')).toBeNull();
    expect(asDeviceMessage({ type: 'command', command: { type: 'toggle' } }, 'remote')).not.toBeNull();
    expect(asDeviceMessage({ type: 'command', command: { type: 'reset' } }, 'remote')).toBeNull();
    expect(asDeviceMessage({ type: 'command', command: { type: 'adjust', deltaMs: 30_000 } }, 'remote')).toBeNull();
    expect(asDeviceMessage({ type: 'command', command: { type: 'adjust', deltaMs: -60_000 } }, 'remote')).not.toBeNull();
    expect(parseFrame('x'.repeat(MAX_VENUE_MESSAGE_BYTES + 1))).toBeNull();
    expect(parseFrame('{not json')).toBeNull();
  });

  it('makes and reads a device link; an incomplete one is refused', () => {
    const link = deviceLink('http://192.168.1.20:41234', { kind: 'remote', eventId: EVENT, code: CODE, language: 'en' });
    expect(link).toBe(`http://192.168.1.20:41234/device.html?remote=${EVENT}&code=${CODE}&lang=en`);
    const target = parseDeviceQuery(new URL(link).search);
    expect(target).toEqual({ kind: 'remote', eventId: EVENT, code: CODE, language: 'en' });
    expect(deviceSocketUrl('http://192.168.1.20:41234', target!)).toBe(`ws://192.168.1.20:41234/sync/remote/${EVENT}?code=${CODE}`);
    expect(parseDeviceQuery(`?stage=${EVENT}&remote=${EVENT}&code=${CODE}`)).toBeNull();
    expect(parseDeviceQuery(`?stage=${EVENT}&code=abc`)).toBeNull();
    expect(parseDeviceQuery(`?stage=nope&code=${CODE}`)).toBeNull();
  });
});
