import { describe, expect, it } from 'vitest';
import { questionDoubts } from '../../../src/core/setup';
import { canonicalTimeZone, MEXICO_TIME_ZONES, supportedTimeZones, timeZoneOptions } from '../../../src/core/setup/time-zones';

describe('time zones from the IANA list', () => {
  it('accepts listed zones in any letter case, UTC and aliases; refuses free text and bare offsets', () => {
    expect(canonicalTimeZone('America/Mexico_City')).toBe('America/Mexico_City');
    expect(canonicalTimeZone('  america/mexico_city ')).toBe('America/Mexico_City');
    expect(canonicalTimeZone('UTC')).toBe('UTC');
    expect(canonicalTimeZone('Asia/Calcutta')).toMatch(/^Asia\/(Calcutta|Kolkata)$/);
    for (const free of ['Hora de México', 'México', 'GMT-6', '+06:00', '', 'America/Nowhere', 'CST']) {
      expect(canonicalTimeZone(free), free).toBeNull();
    }
  });

  it('offers the computer’s zone first, then Mexico’s zones for a Spanish interface, then the rest in order', () => {
    const es = timeZoneOptions('es', 'Europe/Madrid');
    expect(es[0]).toEqual({ zone: 'Europe/Madrid', label: 'Madrid' });
    expect(es.slice(1, 1 + MEXICO_TIME_ZONES.length).map((o) => o.zone)).toEqual(MEXICO_TIME_ZONES.map((m) => m.zone));
    expect(es[1]).toEqual({ zone: 'America/Mexico_City', label: 'Ciudad de México (centro)' });
    const rest = es.slice(1 + MEXICO_TIME_ZONES.length).map((o) => o.zone);
    expect(rest).toEqual([...rest].sort((a, b) => a.localeCompare(b)));
    expect(new Set(es.map((o) => o.zone)).size).toBe(es.length);
    expect(es).toHaveLength(supportedTimeZones().length);

    const en = timeZoneOptions('en', 'America/Mexico_City');
    expect(en[0]!.zone).toBe('America/Mexico_City');
    expect(en[1]!.zone).not.toBe('America/Monterrey');
    // A machine set to something Intl does not know does not put it first.
    expect(timeZoneOptions('es', 'Hora local')[0]!.zone).toBe('America/Mexico_City');
  });
});

describe('doubts about a question list', () => {
  const q = (text: string) => ({ text });
  it('says nothing about an ordinary forum', () => {
    expect(questionDoubts(Array.from({ length: 30 }, (_, i) => q(`¿Pregunta ${i}?`)))).toBeNull();
  });

  it('flags more than 30 questions, and questions longer than 400 characters by position', () => {
    expect(questionDoubts(Array.from({ length: 449 }, () => q('¿?')))).toEqual({ count: 449, tooMany: true, tooLong: [] });
    expect(questionDoubts([q('¿Corta?'), q('x'.repeat(401)), q(`${' '.repeat(20)}${'y'.repeat(400)}`), q('z'.repeat(900))])).toEqual({
      count: 4,
      tooMany: false,
      tooLong: [2, 4],
    });
  });
});
