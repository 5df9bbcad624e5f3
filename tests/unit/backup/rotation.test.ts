import { describe, expect, it } from 'vitest';
import { backupFileName, parseBackupFileName, planRotation, type RotationEntry } from '../../../src/core/backup';

const A = '3f0c2a9e-8b1d-4c6e-9a2f-5d7b1e0c4a88';
const B = '7d1e0c4a-2a9e-4c6e-8b1d-3f0c5d7b1e88';
const NOW = Date.UTC(2026, 11, 2, 12, 0, 0);
const HOUR = 3600_000;
const DAY = 24 * HOUR;

function entry(eventId: string, takenAtMs: number, size = 100): RotationEntry {
  return { name: backupFileName(eventId, 'Foro', takenAtMs), eventId, takenAtMs, size };
}

describe('backup file names', () => {
  it('say the title, the time and the event, and read back exactly', () => {
    const at = Date.UTC(2026, 11, 2, 7, 15, 0, 123);
    const name = backupFileName(A, 'Conversatorio: ¿ciudad/región?', at);
    expect(name).toBe(`Conversatorio ¿ciudad región — 2026-12-02 07.15.00.123Z — ${A}.relator.json`);
    expect(parseBackupFileName(name)).toEqual({ name, eventId: A, takenAtMs: at, label: 'Conversatorio ¿ciudad región' });
  });

  it('ignore temp files, other files and impossible times', () => {
    const name = backupFileName(A, 'Foro', NOW);
    expect(parseBackupFileName(`.${name}.a1b2c3.tmp`)).toBeNull();
    expect(parseBackupFileName('notas.relator.json')).toBeNull();
    expect(parseBackupFileName(`Foro — 2026-13-40 07.15.00.000Z — ${A}.relator.json`)).toBeNull();
    expect(parseBackupFileName(`Foro — 2026-12-02 07.15.00.000Z — not-an-id.relator.json`)).toBeNull();
  });

  it('never make a path out of a title', () => {
    const name = backupFileName(A, '../../etc/passwd', NOW);
    expect(name).not.toMatch(/[\\/]/);
    expect(backupFileName(A, '   ', NOW).startsWith('evento — ')).toBe(true);
  });
});

describe('planRotation', () => {
  it('keeps the newest 20 of each event from today and removes the older ones of today', () => {
    const entries = Array.from({ length: 25 }, (_, i) => entry(A, NOW - i * 60_000));
    const plan = planRotation(entries, NOW);
    expect(plan.keep).toEqual(entries.slice(0, 20).map((e) => e.name));
    expect(plan.remove).toEqual(entries.slice(20).map((e) => e.name));
  });

  it('counts each event on its own', () => {
    const a = Array.from({ length: 22 }, (_, i) => entry(A, NOW - i * 60_000));
    const b = Array.from({ length: 3 }, (_, i) => entry(B, NOW - i * 60_000 - 1));
    const plan = planRotation([...a, ...b], NOW);
    expect(plan.remove.sort()).toEqual(
      a
        .slice(20)
        .map((e) => e.name)
        .sort(),
    );
    expect(plan.keep).toHaveLength(23);
  });

  it('keeps the last snapshot of each of the last 30 days, and nothing older', () => {
    // 40 days of four snapshots a day (at 09:00, 11:00, 13:00, 15:00 UTC), 25 or more days ago,
    // so the 20 most recent are all on older days than today and the daily rule decides.
    const entries: RotationEntry[] = [];
    for (let day = 0; day < 40; day += 1) {
      for (const hour of [9, 11, 13, 15]) entries.push(entry(A, Date.UTC(2026, 11, 2 - day, hour)));
    }
    const plan = planRotation(entries, NOW);
    const recent = [...entries].sort((x, y) => y.takenAtMs - x.takenAtMs).slice(0, 20);
    const lastOfDay = Array.from({ length: 30 }, (_, day) => backupFileName(A, 'Foro', Date.UTC(2026, 11, 2 - day, 15)));
    expect(new Set(plan.keep)).toEqual(new Set([...recent.map((e) => e.name), ...lastOfDay]));
    // Days 30–39 keep nothing; days 5–29 keep only their 15:00 snapshot.
    expect(plan.keep).not.toContain(backupFileName(A, 'Foro', Date.UTC(2026, 11, 2 - 30, 15)));
    expect(plan.keep).not.toContain(backupFileName(A, 'Foro', Date.UTC(2026, 11, 2 - 10, 13)));
    expect(plan.keep.length + plan.remove.length).toBe(entries.length);
  });

  it('counts days in the user’s local time', () => {
    // 03:00 UTC on 2 December is still 1 December in Bogotá (UTC−5), the same day as 20:00 UTC on 1 December.
    const late = entry(A, Date.UTC(2026, 11, 2, 3), 1);
    const early = entry(A, Date.UTC(2026, 11, 1, 20), 1);
    const policy = { recentPerEvent: 0, dailyDays: 30, maxTotalBytes: 1e9 };
    expect(planRotation([late, early], NOW, policy, 0).keep).toEqual([late.name, early.name]);
    expect(planRotation([late, early], NOW, policy, -300).keep).toEqual([late.name]);
  });

  it('drops the oldest snapshots to fit the size cap, but never an event’s newest', () => {
    const a = [entry(A, NOW - 1000, 400), entry(A, NOW - 2000, 400), entry(A, NOW - 3000, 400)];
    const b = [entry(B, NOW - 10 * DAY, 900)];
    const plan = planRotation([...a, ...b], NOW, { recentPerEvent: 20, dailyDays: 30, maxTotalBytes: 1000 });
    // 2,100 bytes: A's two older ones go (oldest first); B's only one stays though it alone is near the cap.
    expect(plan.remove).toEqual([a[1]!.name, a[2]!.name]);
    expect(plan.keep).toEqual([a[0]!.name, b[0]!.name]);
  });

  it('gives the same plan whatever order the files were listed in', () => {
    const entries = Array.from({ length: 30 }, (_, i) => entry(i % 2 ? A : B, NOW - (i % 7) * HOUR - i));
    const forward = planRotation(entries, NOW, { recentPerEvent: 5, dailyDays: 30, maxTotalBytes: 1e9 });
    const backward = planRotation([...entries].reverse(), NOW, { recentPerEvent: 5, dailyDays: 30, maxTotalBytes: 1e9 });
    expect(backward).toEqual(forward);
  });
});
