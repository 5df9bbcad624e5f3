import { createParticipant, createTurn, type RecordContext } from '../../../src/core/model/factories';
import type { Gender, Participant, ParticipantRole, Turn } from '../../../src/core/model/types';

export const T0 = Date.parse('2026-11-26T16:00:00.000Z');
export const iso = (ms: number): string => new Date(ms).toISOString();

export function ctx(prefix: string): RecordContext {
  let n = 0;
  return { newId: () => `${prefix}-${(n += 1)}`, nowMs: () => T0 };
}

function person(id: string, gender: Gender, role: ParticipantRole = 'panellist'): Participant {
  return { ...createParticipant('ev', { name: id, gender, role }, ctx(id)), id };
}

/** A finished turn: spoke `spokenS` seconds starting `startS` seconds after T0. */
export function spoken(speakerId: string | null, startS: number, spokenS: number, plannedSeconds: number | null = null): Turn {
  return createTurn(
    'ev',
    {
      speakerId,
      plannedSeconds,
      actualStartAt: iso(T0 + startS * 1000),
      actualEndAt: iso(T0 + (startS + spokenS) * 1000),
    },
    ctx(`turn-${speakerId}-${startS}`),
  );
}

/** Five panellists (two women, one man, one non-binary, one unspecified) and a moderator. */
export const PANEL: Participant[] = [
  person('ana', 'woman'),
  person('carla', 'woman'),
  person('beto', 'man'),
  person('dani', 'non-binary'),
  person('eli', 'unspecified'),
  person('mod', 'woman', 'moderator'),
];
