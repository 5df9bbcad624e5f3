import { describe, expect, it } from 'vitest';
import { UNATTRIBUTED, genderBalance, measureTurn, measureTurns, sharesOf, speakingTime } from '../../../src/core/equity';
import { softDelete } from '../../../src/core/model/factories';
import { EMPTY_LOG, finishTimer, pauseTimer, resumeTimer, startTimer, type TimerLog } from '../../../src/core/timer';
import { PANEL, T0, spoken } from './fixtures';

const total = (xs: Array<{ percent: number }>) => xs.reduce((s, x) => s + x.percent, 0);

describe('sharesOf', () => {
  it('rounds percents so that they add up to exactly 100', () => {
    expect(sharesOf([1, 1, 1]).map((s) => s.percent)).toEqual([34, 33, 33]);
    expect(total(sharesOf([2, 3, 5, 7, 11, 13]))).toBe(100);
    expect(sharesOf([1, 1, 1])[0]!.share).toBeCloseTo(1 / 3);
  });

  it('gives zeros, not NaN, when there is nothing to share', () => {
    expect(sharesOf([0, 0])).toEqual([
      { share: 0, percent: 0 },
      { share: 0, percent: 0 },
    ]);
    expect(sharesOf([])).toEqual([]);
  });
});

describe('measureTurn', () => {
  it('uses the timer log so pauses do not count as speaking time', () => {
    let log: TimerLog = startTimer(EMPTY_LOG, T0, 300_000).log;
    log = pauseTimer(log, T0 + 60_000).log;
    log = resumeTimer(log, T0 + 90_000).log;
    const turn = spoken('ana', 0, 400, 300);
    expect(measureTurn(turn, T0 + 120_000, log)).toMatchObject({ actualMs: 90_000, live: true, plannedMs: 300_000 });
    const finished = finishTimer(log, T0 + 400_000).log;
    expect(measureTurn(turn, T0 + 999_000, finished)).toMatchObject({ actualMs: 370_000, live: false });
  });

  it('falls back to the turn times, treating a started turn with no end as live until now', () => {
    const open = { ...spoken('ana', 0, 10), actualEndAt: null };
    expect(measureTurn(open, T0 + 45_000)).toMatchObject({ actualMs: 45_000, live: true });
    const pending = { ...open, actualStartAt: null };
    expect(measureTurn(pending, T0 + 45_000, EMPTY_LOG)).toMatchObject({ actualMs: null, live: false });
  });

  it('skips deleted turns and finds logs by turn id', () => {
    const a = spoken('ana', 0, 60);
    const b = softDelete(spoken('beto', 60, 60), T0);
    const log = startTimer(EMPTY_LOG, T0, 60_000).log;
    const measured = measureTurns([a, b], T0 + 10_000, new Map([[a.id, log]]));
    expect(measured).toHaveLength(1);
    expect(measured[0]).toMatchObject({ actualMs: 10_000, live: true });
  });
});

describe('speakingTime', () => {
  const turns = [
    spoken('ana', 0, 120, 120),
    spoken('beto', 120, 330, 300),
    spoken('ana', 450, 60, 120),
    spoken('eli', 510, 90, null),
    spoken(null, 600, 30, null),
    spoken('mod', 630, 45, null),
  ];
  const report = speakingTime(measureTurns(turns, T0 + 3_600_000), PANEL);

  it('totals and shares by speaker, most time first, with per-speaker turns and averages', () => {
    expect(report.overall).toMatchObject({ totalMs: 675_000, turns: 6, percent: 100 });
    expect(report.bySpeaker.map((s) => s.speakerId)).toEqual(['beto', 'ana', 'eli', 'mod', UNATTRIBUTED]);
    expect(report.bySpeaker[1]).toMatchObject({ speakerId: 'ana', totalMs: 180_000, turns: 2, averageMs: 90_000, gender: 'woman' });
    expect(total(report.bySpeaker)).toBe(100);
  });

  it('keeps unspecified gender and unattributed turns apart, never merging or guessing them', () => {
    const genders = Object.fromEntries(report.byGender.map((g) => [g.gender, g.totalMs]));
    expect(genders).toEqual({ woman: 225_000, man: 330_000, unspecified: 90_000, [UNATTRIBUTED]: 30_000 });
    expect(total(report.byGender)).toBe(100);
  });

  it('groups by role', () => {
    expect(report.byRole.map((r) => [r.role, r.totalMs])).toEqual([
      ['panellist', 600_000],
      ['moderator', 45_000],
      [UNATTRIBUTED, 30_000],
    ]);
  });

  it('compares planned and actual over finished planned turns only', () => {
    // ana: planned 240 s, spoke 180 s; beto: planned 300 s, spoke 330 s.
    expect(report.bySpeaker.find((s) => s.speakerId === 'beto')!.planVsActual).toEqual({
      turns: 1,
      plannedMs: 300_000,
      adjustMs: 0,
      actualMs: 330_000,
      differenceMs: 30_000,
      overrunPercent: 10,
    });
    expect(report.overall.planVsActual).toMatchObject({ turns: 3, plannedMs: 540_000, actualMs: 510_000, differenceMs: -30_000 });
    expect(report.overall.planVsActual.overrunPercent).toBeCloseTo(-5.556, 2);
  });

  it('counts a live turn so far but does not compare it with its plan yet', () => {
    const live = { ...spoken('dani', 700, 1, 300), actualEndAt: null };
    const withLive = speakingTime(measureTurns([...turns, live], T0 + 760_000), PANEL);
    const dani = withLive.bySpeaker.find((s) => s.speakerId === 'dani')!;
    expect(dani).toMatchObject({ totalMs: 60_000, turns: 1 });
    expect(dani.planVsActual).toMatchObject({ turns: 0, overrunPercent: null });
    expect(withLive.liveTurnIds).toEqual([live.id]);
  });

  it('copes with no turns at all', () => {
    const empty = speakingTime([], PANEL);
    expect(empty.overall).toMatchObject({ totalMs: 0, share: 0, percent: 0, turns: 0, averageMs: null });
    expect(empty.overall.planVsActual).toEqual({ turns: 0, plannedMs: 0, adjustMs: 0, actualMs: 0, differenceMs: 0, overrunPercent: null });
    expect(empty.bySpeaker).toEqual([]);
    expect(empty.byGender).toEqual([]);
    const unstarted = { ...spoken('ana', 0, 1, 60), actualStartAt: null, actualEndAt: null };
    expect(speakingTime(measureTurns([unstarted], T0), PANEL).overall.turns).toBe(0);
  });
});

describe('genderBalance', () => {
  it('sets each group’s share of panellist time against its share of the panellists', () => {
    const turns = [
      spoken('ana', 0, 120),
      spoken('carla', 120, 100),
      spoken('beto', 220, 500),
      spoken('dani', 720, 180),
      spoken('eli', 900, 100),
      spoken('mod', 1000, 900), // the moderator is not a panellist: left out of both sides
    ];
    const rows = genderBalance(measureTurns(turns, T0 + 3_600_000), PANEL);
    expect(rows.map((r) => [r.gender, r.timePercent, r.peoplePercent, r.gapPoints])).toEqual([
      ['woman', 22, 40, -18],
      ['man', 50, 20, 30],
      ['non-binary', 18, 20, -2],
      ['unspecified', 10, 20, -10],
    ]);
    expect(total(rows.map((r) => ({ percent: r.timePercent })))).toBe(100);
  });

  it('lists every group of the panel even before anyone has spoken, without dividing by zero', () => {
    const rows = genderBalance([], PANEL);
    expect(rows.map((r) => [r.gender, r.timePercent, r.peoplePercent])).toEqual([
      ['woman', 0, 40],
      ['man', 0, 20],
      ['non-binary', 0, 20],
      ['unspecified', 0, 20],
    ]);
    expect(genderBalance([], [])).toEqual([]);
  });

  it('can compare another population, e.g. everyone who spoke from the floor too', () => {
    const rows = genderBalance(measureTurns([spoken('mod', 0, 60)], T0), PANEL, ['panellist', 'moderator']);
    expect(rows.find((r) => r.gender === 'woman')).toMatchObject({ people: 3, timePercent: 100, peoplePercent: 50 });
  });
});
