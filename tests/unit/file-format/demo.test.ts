import { describe, expect, it } from 'vitest';
import { generateDemoBundle } from '../../../src/core/demo';
import { parseEventFile, serializeEventFile } from '../../../src/core/file-format';
import { GENDERS, NOTE_KINDS, PARTICIPANT_ROLES, live } from '../../../src/core/model';
import { META, smallBundle } from './fixture';

// The demo generator lives in src/core/demo; its tests sit here because its output is an event file.
describe('demo event generator', () => {
  const sample = smallBundle();
  const demo = generateDemoBundle({ notes: 300, seed: 7, sample });

  it('is deterministic for a seed and differs across seeds', () => {
    const again = generateDemoBundle({ notes: 300, seed: 7, sample: smallBundle() });
    expect(serializeEventFile(again, META)).toBe(serializeEventFile(demo, META));
    const other = generateDemoBundle({ notes: 300, seed: 8, sample });
    expect(other.notes.map((n) => n.text)).not.toEqual(demo.notes.map((n) => n.text));
    expect(other.event.id).not.toBe(demo.event.id);
  });

  it('produces a valid event file with exactly the requested notes', () => {
    const result = parseEventFile(serializeEventFile(demo, META));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.bundle).toEqual(demo);
    expect(demo.notes).toHaveLength(300);
    expect(generateDemoBundle({ notes: 0, seed: 1, sample }).notes).toEqual([]);
  });

  it('uses the sample questions and shares no id with the sample', () => {
    expect(demo.questions.map((q) => q.text)).toEqual(sample.questions.map((q) => q.text));
    const sampleIds = new Set([sample.event.id, ...sample.questions.map((q) => q.id)]);
    expect(demo.questions.some((q) => sampleIds.has(q.id)) || sampleIds.has(demo.event.id)).toBe(false);
  });

  it('has a varied cast and every kind of note', () => {
    expect(demo.participants.length).toBeGreaterThanOrEqual(8);
    const roles = new Set(demo.participants.map((p) => p.role));
    const genders = new Set(demo.participants.map((p) => p.gender));
    expect([...roles].sort()).toEqual([...PARTICIPANT_ROLES].sort());
    expect([...genders].sort()).toEqual([...GENDERS].sort());
    expect(new Set(demo.notes.map((n) => n.kind))).toEqual(new Set(NOTE_KINDS));
    expect(demo.notes.some((n) => n.starred)).toBe(true);
    expect(demo.notes.some((n) => n.tags.length > 0)).toBe(true);
    expect(demo.notes.filter((n) => n.kind === 'action').every((n) => n.action !== null)).toBe(true);
  });

  it('writes notes in session order with speakers and timed turns for each question', () => {
    const times = demo.notes.map((n) => n.elapsedMs!);
    expect(times.every((t, i) => i === 0 || t > times[i - 1]!)).toBe(true);
    expect(times.at(-1)!).toBeLessThanOrEqual(demo.event.session.accumulatedMs);
    for (const q of live(demo.questions)) {
      const turns = demo.turns.filter((t) => t.questionId === q.id);
      expect(turns.length).toBeGreaterThanOrEqual(3);
      for (const t of turns) {
        expect(t.plannedSeconds).toBeGreaterThan(0);
        expect(Date.parse(t.actualEndAt!)).toBeGreaterThan(Date.parse(t.actualStartAt!));
      }
      expect(demo.notes.some((n) => n.questionId === q.id && n.speakerId !== null)).toBe(true);
    }
  });

  it('places the session on the event date in the venue time zone', () => {
    // 10:00 in Mexico City on 26 Nov 2026 is 16:00 UTC; the session starts five minutes later.
    expect(demo.event.session.startedAt).toBe('2026-11-26T16:05:00.000Z');
  });
});
