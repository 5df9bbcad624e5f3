import { describe, expect, it } from 'vitest';
import { fairShareHint, plannedAgendaEnd } from '../../../src/core/equity';
import { createTurn } from '../../../src/core/model/factories';
import type { Turn } from '../../../src/core/model/types';
import { T0, ctx, iso, spoken } from './fixtures';

function queued(speakerId: string | null, plannedSeconds: number | null, order: number): Turn {
  return createTurn('ev', { speakerId, plannedSeconds, order }, ctx(`q-${speakerId}-${order}`));
}

const turns = [
  spoken('ana', 0, 300, 300),
  queued('beto', 300, 1),
  queued('carla', 240, 2),
  queued('beto', 120, 3),
  queued('dani', null, 4),
];

describe('fairShareHint', () => {
  it('splits the time to the planned end among the distinct speakers still waiting', () => {
    const hint = fairShareHint({ nowMs: T0 + 600_000, turns, plannedEndMs: T0 + 1_800_000 });
    expect(hint).toEqual({
      timeLeftMs: 1_200_000,
      source: 'planned-end',
      waitingSpeakerIds: ['beto', 'carla', 'dani'],
      perSpeakerMs: 400_000,
      queuedPlannedMs: 660_000,
      overbookedMs: 0,
    });
  });

  it('keeps the current turn’s remaining time out of what the others can have, and flags an overbooked queue', () => {
    const hint = fairShareHint({ nowMs: T0, turns, plannedEndMs: T0 + 600_000, currentRemainingMs: 90_000 });
    expect(hint.timeLeftMs).toBe(510_000);
    expect(hint.perSpeakerMs).toBe(170_000);
    expect(hint.overbookedMs).toBe(150_000);
  });

  it('uses the queue’s planned time when there is no planned end', () => {
    const hint = fairShareHint({ nowMs: T0, turns });
    expect(hint).toMatchObject({ source: 'queue', timeLeftMs: 660_000, perSpeakerMs: 220_000, overbookedMs: 0 });
  });

  it('gives zero time past the planned end and no split when nobody is waiting', () => {
    expect(fairShareHint({ nowMs: T0 + 9_999_000, turns, plannedEndMs: T0 }).timeLeftMs).toBe(0);
    const none = fairShareHint({ nowMs: T0, turns: [spoken('ana', 0, 10)], plannedEndMs: T0 + 60_000 });
    expect(none).toMatchObject({ waitingSpeakerIds: [], perSpeakerMs: null, timeLeftMs: 60_000 });
  });
});

describe('plannedAgendaEnd', () => {
  it('is the latest planned start plus its length, or null when nothing is scheduled', () => {
    const a = createTurn('ev', { plannedStartAt: iso(T0), plannedSeconds: 600 }, ctx('a'));
    const b = createTurn('ev', { plannedStartAt: iso(T0 + 600_000), plannedSeconds: 300 }, ctx('b'));
    expect(plannedAgendaEnd([b, a])).toBe(T0 + 900_000);
    expect(plannedAgendaEnd(turns)).toBeNull();
  });
});
