import { describe, expect, it } from 'vitest';
import { describeFileError, parseEventFile, serializeEventFile } from '../../../src/core/file-format';
import { META, smallBundle } from './fixture';

describe('event file round trip', () => {
  it('reads back exactly the bundle it wrote', () => {
    const bundle = smallBundle();
    const result = parseEventFile(serializeEventFile(bundle, META));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.bundle).toEqual(bundle);
    expect(result.warnings).toEqual([]);
    expect(result.app).toBe('relator 0.1.0');
    expect(result.exportedAt).toBe(META.exportedAt);
  });

  it('writes the same bytes for the same bundle whatever the key order of the records', () => {
    const bundle = smallBundle();
    const shuffled = {
      ...bundle,
      notes: bundle.notes.map((n) => Object.fromEntries(Object.entries(n).reverse()) as typeof n),
    };
    expect(serializeEventFile(shuffled, META)).toBe(serializeEventFile(bundle, META));
  });

  it('puts each record on one line so a diff shows one line per changed note', () => {
    const text = serializeEventFile(smallBundle(), META);
    const noteLines = text.split('\n').filter((l) => l.includes('"kind":'));
    expect(noteLines).toHaveLength(5);
  });

  it('survives a second round trip unchanged (serialize is stable)', () => {
    const text = serializeEventFile(smallBundle(), META);
    const again = parseEventFile(text);
    if (!again.ok) throw new Error('expected ok');
    expect(serializeEventFile(again.bundle, META)).toBe(text);
  });

  it('reads a turn without timerLog (files from before it existed) as an empty log', () => {
    const file = JSON.parse(serializeEventFile(smallBundle(), META));
    delete file.turns[0].timerLog;
    const result = parseEventFile(JSON.stringify(file));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.bundle.turns[0]!.timerLog).toEqual([]);
  });

  it('reads a participant without position or sector (v1 files from before them) with both empty, affiliation as written', () => {
    const file = JSON.parse(serializeEventFile(smallBundle(), META));
    for (const p of file.participants) {
      delete p.position;
      delete p.sector;
    }
    file.participants[0].affiliation = 'Directora, SEDATU';
    const result = parseEventFile(JSON.stringify(file));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.bundle.participants[0]).toMatchObject({ position: '', sector: '', affiliation: 'Directora, SEDATU' });
    expect(result.bundle.participants.every((p) => p.position === '' && p.sector === '')).toBe(true);
  });

  it("reads an event without the relatoría's texts (v1 files from before them) with each empty", () => {
    const file = JSON.parse(serializeEventFile(smallBundle(), META));
    for (const key of [
      'executiveSummary',
      'introduction',
      'methodology',
      'consensus',
      'recommendations',
      'nextSteps',
      'preparedBy',
      'reviewedBy',
    ]) {
      delete file.event[key];
    }
    const result = parseEventFile(JSON.stringify(file));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.bundle.event).toEqual(smallBundle().event);
  });

  it('keeps the attendance through a round trip, one line per person, and reads a file without it as no attendance', () => {
    const bundle = smallBundle();
    bundle.event.attendance = {
      list: [
        { name: 'Ana Pérez', affiliation: 'UNAM', position: 'Investigadora', sector: 'Academia', gender: 'woman' },
        { name: 'Luis "Lucho" Gómez', affiliation: 'SEDATU', position: '', sector: '', gender: 'unspecified' },
      ],
      counts: [{ sector: 'Gobierno', byGender: { woman: 3, man: 2, 'non-binary': 1, unspecified: 0 } }],
    };
    const text = serializeEventFile(bundle, META);
    expect(text.split('\n').filter((l) => l.includes('"affiliation":') && !l.includes('"eventId"'))).toHaveLength(2);
    const result = parseEventFile(text);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.bundle.event.attendance).toEqual(bundle.event.attendance);
    expect(serializeEventFile(result.bundle, META)).toBe(text);

    const file = JSON.parse(text);
    delete file.event.attendance;
    const old = parseEventFile(JSON.stringify(file));
    if (!old.ok) throw new Error(JSON.stringify(old.errors));
    expect(old.bundle.event.attendance).toEqual({ list: [], counts: [] });
  });

  it('refuses attendance with a gender it does not know or a negative count, naming the place', () => {
    const file = JSON.parse(serializeEventFile(smallBundle(), META));
    file.event.attendance = {
      list: [{ name: 'Ana', affiliation: '', position: '', sector: '', gender: 'mujer' }],
      counts: [{ sector: '', byGender: { woman: -1, man: 0, 'non-binary': 0, unspecified: 0 } }],
    };
    const result = parseEventFile(JSON.stringify(file));
    if (result.ok) throw new Error('expected the file to be refused');
    expect(result.errors.map((e) => e.path)).toEqual(['event.attendance.list[0].gender', 'event.attendance.counts[0].byGender.woman']);
    expect(describeFileError(result.errors[0]!, 'es')).toContain('event.attendance.list[0].gender');
  });

  it('keeps position and sector through a round trip', () => {
    const bundle = smallBundle();
    bundle.participants[0] = { ...bundle.participants[0]!, position: 'Directora', sector: 'Gobierno' };
    const result = parseEventFile(serializeEventFile(bundle, META));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.bundle.participants[0]).toMatchObject({ position: 'Directora', sector: 'Gobierno' });
  });

  it('accepts a byte-order mark at the start of the file', () => {
    const result = parseEventFile(`\uFEFF${serializeEventFile(smallBundle(), META)}`);
    expect(result.ok).toBe(true);
  });

  it('warns, without refusing, about an unknown time zone and repeated question order', () => {
    const bundle = smallBundle();
    bundle.event.timeZone = 'Mars/Olympus_Mons';
    bundle.questions[1]!.order = 0;
    const result = parseEventFile(serializeEventFile(bundle, META));
    if (!result.ok) throw new Error('expected ok');
    expect(result.warnings.map((w) => [w.code, w.path])).toEqual([
      ['time-zone-unknown', 'event.timeZone'],
      ['question-order-repeated', 'questions[1].order'],
    ]);
  });
});
