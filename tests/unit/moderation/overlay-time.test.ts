import { describe, expect, it } from 'vitest';
import { createTurn, softDelete, touch } from '../../../src/core/model/factories';
import { overlayTurns, settlePending } from '../../../src/renderer/moderation/optimistic';
import { parseTimeInput, timeInputValue } from '../../../src/renderer/moderation/time-input';
import { isStageSignal } from '../../../src/renderer/moderation/stage-channel';
import { parseRoute } from '../../../src/renderer/app/router';
import { stageUrl } from '../../../src/renderer/moderation/open-stage';

const T0 = Date.parse('2026-11-26T16:00:00.000Z');

describe('turns in flight', () => {
  const a = createTurn('ev', { order: 0, speakerId: 'a' });
  const b = createTurn('ev', { order: 1, speakerId: 'b' });

  it('shows the moderator’s newer version until the store reports it', () => {
    const started = touch(a, { actualStartAt: new Date(T0).toISOString() }, Date.parse(a.updatedAt) + 1000);
    const pending = new Map([[a.id, started]]);
    expect(overlayTurns([a, b], pending)[0]).toBe(started);
    settlePending([a, b], pending);
    expect(pending.size).toBe(1);
    settlePending([started, b], pending);
    expect(pending.size).toBe(0);
  });

  it('hides a turn removed from the queue and adds one just queued, in order', () => {
    const removed = softDelete(b, Date.parse(b.updatedAt) + 1);
    const c = createTurn('ev', { order: 2, speakerId: 'c' });
    const shown = overlayTurns(
      [a, b],
      new Map([
        [b.id, removed],
        [c.id, c],
      ]),
    );
    expect(shown.map((t) => t.speakerId)).toEqual(['a', 'c']);
  });

  it('an older pending version never hides a newer stored one', () => {
    const newer = touch(a, { order: 5 }, Date.parse(a.updatedAt) + 5000);
    expect(overlayTurns([newer], new Map([[a.id, a]]))[0]).toBe(newer);
  });
});

describe('turn log times', () => {
  it('round-trips a local time of day on the turn’s own day', () => {
    const ms = new Date(2026, 10, 26, 9, 5, 7).getTime();
    expect(timeInputValue(ms)).toBe('09:05:07');
    expect(parseTimeInput('10:15:30', ms)).toBe(new Date(2026, 10, 26, 10, 15, 30).getTime());
    expect(parseTimeInput('10:15', ms)).toBe(new Date(2026, 10, 26, 10, 15, 0).getTime());
  });

  it('refuses what is not a time', () => {
    for (const bad of ['', '25:00', '10:61', 'diez', '10']) expect(parseTimeInput(bad, T0)).toBeNull();
  });
});

describe('stage window glue', () => {
  it('accepts only well-formed message signals', () => {
    expect(isStageSignal({ type: 'message', text: 'Cierre' })).toBe(true);
    expect(isStageSignal({ type: 'message', text: null })).toBe(true);
    expect(isStageSignal({ type: 'message', text: 3 })).toBe(false);
    expect(isStageSignal(null)).toBe(false);
  });

  it('addresses the stage next to the current page, from http or file', () => {
    expect(stageUrl('e 1', null, 'http://127.0.0.1:4391/#/events/x/moderator')).toBe('http://127.0.0.1:4391/#/events/e%201/stage');
    expect(stageUrl('e1', null, 'file:///app/index.html#/events/e1/moderator')).toBe('file:///app/index.html#/events/e1/stage');
  });

  it("addresses a mesa's stage by the mesa, and the route reads it back", () => {
    const url = stageUrl('e1', 'm 2', 'http://127.0.0.1:4391/#/events/e1/moderator');
    expect(url).toBe('http://127.0.0.1:4391/#/events/e1/stage/m%202');
    expect(parseRoute(url.slice(url.indexOf('#')))).toEqual({ name: 'event', eventId: 'e1', view: 'stage', mesaId: 'm 2' });
    expect(parseRoute('#/events/e1/stage')).toEqual({ name: 'event', eventId: 'e1', view: 'stage' });
    // Only the stage is addressed by mesa; other views ignore what follows.
    expect(parseRoute('#/events/e1/moderator/m2')).toEqual({ name: 'event', eventId: 'e1', view: 'moderator' });
  });
});
