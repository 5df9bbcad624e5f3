import { describe, expect, it } from 'vitest';
import type { RecordContext } from '../../../src/core/model/factories';
import type { EventBundle, Turn } from '../../../src/core/model/types';
import { buildReport } from '../../../src/core/report/build-report';
import { renderSpeakingTimeCsv } from '../../../src/core/report/csv-writer';
import { formatTimer } from '../../../src/core/timer/format';
import { currentTurn, enqueueTurn } from '../../../src/core/timer/queue';
import { stateAt } from '../../../src/core/timer/state';
import { commandTurn, startNext, type TimerCommand } from '../../../src/renderer/moderation/actions';
import { turnLogCells } from '../../../src/renderer/moderation/turn-log-cells';
import { formatSigned } from '../../../src/renderer/moderation/names';
import { measureTurns } from '../../../src/core/equity/measure';
import { speakingTime } from '../../../src/core/equity/speaking-time';
import { smallBundle } from '../report/fixtures';

const T0 = Date.parse('2026-11-26T16:05:00.000Z');
const MINUS = '\u2212';

/**
 * A scripted moderation run through the moderator's own commands (the code the buttons and keys
 * call): start, pause, ±time, overtime, next, open discussion, and two turns left in the queue.
 * What the clock showed at the end of each turn must be what the turn log, the report's tables
 * and the CSV say, to the second.
 */
function moderate(bundle: EventBundle): { turns: Turn[]; clock: Map<string, string>; endMs: number } {
  const id = (name: string) => bundle.participants.find((p) => p.name === name)!.id;
  const [ana, luis, mod] = [id('Ana Pérez'), id('Luis Gómez'), id('Moderadora')];
  const question = bundle.questions[1]!.id;
  let n = 0;
  const ctx: RecordContext = { newId: () => `00000000-0000-4000-9000-${String((n += 1)).padStart(12, '0')}`, nowMs: () => T0 };
  let turns: Turn[] = [];
  for (const [speakerId, plannedSeconds] of [
    [ana, 180],
    [luis, 120],
    [mod, null],
    [ana, 60],
    [luis, 60],
  ] as const) {
    const r = enqueueTurn(turns, bundle.event.id, { speakerId, questionId: question, plannedSeconds }, null, ctx);
    if (!r.ok) throw new Error(r.problem);
    turns = r.turns;
  }
  let now = T0;
  const apply = (changed: Turn[]) => (turns = turns.map((t) => changed.find((c) => c.id === t.id) ?? t));
  const command = (c: TimerCommand) => {
    const next = commandTurn(currentTurn(turns)!, c, now);
    if (!next) throw new Error(`refused: ${c.type}`);
    apply([next]);
  };
  const clock = new Map<string, string>();
  const next = () => {
    const speaking = currentTurn(turns);
    if (speaking) clock.set(speaking.speakerId!, formatTimer(stateAt(speaking.timerLog, now)));
    const r = startNext(turns, now);
    if (!r.ok) throw new Error(r.problem);
    apply(r.changed);
  };
  const wait = (ms: number) => (now += ms);

  // Ana, 3:00 planned: speaks 30.4 s, a 20 s pause, +1 min at 1:10, then runs 1:04.6 into overtime.
  next();
  wait(30_400);
  command({ type: 'toggle' });
  wait(20_000);
  command({ type: 'toggle' });
  wait(39_600);
  command({ type: 'adjust', deltaMs: 60_000 });
  wait(234_600);
  // Luis, 2:00 planned: −30 s at 0:40, a 15 s pause, and ends with the clock at 0:01.
  next();
  wait(40_000);
  command({ type: 'adjust', deltaMs: -30_000 });
  command({ type: 'toggle' });
  wait(15_000);
  command({ type: 'toggle' });
  wait(49_300);
  // The moderator's open discussion counts up; started late, so it is corrected by +30 s.
  next();
  wait(45_900);
  command({ type: 'adjust', deltaMs: 30_000 });
  clock.set(mod, formatTimer(stateAt(currentTurn(turns)!.timerLog, now)));
  command({ type: 'finish' });
  wait(10_000);
  return { turns, clock, endMs: now };
}

describe('speaking time: the clock, the turn log, the report and the CSV agree', () => {
  const bundle = smallBundle();
  const { turns, clock, endMs } = moderate(bundle);
  bundle.turns = turns;
  const name = (speakerId: string | null) => bundle.participants.find((p) => p.id === speakerId)!.name;
  const held = turns.filter((t) => t.actualStartAt !== null);

  it('the clock showed overtime, time left and a count-up', () => {
    const byName = new Map([...clock].map(([id, text]) => [name(id), text]));
    expect(Object.fromEntries(byName)).toEqual({ 'Ana Pérez': '-1:04', 'Luis Gómez': '0:01', Moderadora: '1:15' });
  });

  it('the turn log shows pauses left out, the adjustments, and the difference the clock showed', () => {
    const rows = Object.fromEntries(held.map((t) => [name(t.speakerId), turnLogCells(t, endMs)]));
    expect(rows).toEqual({
      'Ana Pérez': { planned: '3:00', adjustment: '+1:00', actual: '5:04', difference: '+1:04' },
      'Luis Gómez': { planned: '2:00', adjustment: `${MINUS}0:30`, actual: '1:29', difference: `${MINUS}0:01` },
      Moderadora: { planned: '—', adjustment: '+0:30', actual: '1:15', difference: '—' },
    });
    // Ana's wall-clock span includes her 20 s pause; the actual time does not.
    const ana = held.find((t) => name(t.speakerId) === 'Ana Pérez')!;
    expect(Date.parse(ana.actualEndAt!) - Date.parse(ana.actualStartAt!)).toBe(324_600);
  });

  it("the moderator's equity panel compares plan and actual with the same adjustments and rounding", () => {
    const equity = speakingTime(
      measureTurns(turns, endMs, (t) => t.timerLog),
      bundle.participants,
    );
    const of = (n: string) => equity.bySpeaker.find((s) => s.speakerId !== 'unattributed' && name(s.speakerId) === n)!.planVsActual;
    expect([formatSigned(of('Ana Pérez').adjustMs), formatSigned(of('Ana Pérez').differenceMs)]).toEqual(['+1:00', '+1:04']);
    expect([formatSigned(of('Luis Gómez').adjustMs), formatSigned(of('Luis Gómez').differenceMs)]).toEqual([
      `${MINUS}0:30`,
      `${MINUS}0:01`,
    ]);
  });

  it('the report counts only the turns held, with the same figures, and lists the queued ones apart', () => {
    const report = buildReport(bundle);
    const section = (id: string) => report.sections.find((s) => s.id === id)!;
    const block = section('speaking-time-speaker').blocks[0]!;
    if (block.type !== 'table') throw new Error('not a table');
    const rows = Object.fromEntries(block.table.rows.map((r) => [r[0], r.slice(2, 7)]));
    expect(block.table.columns.slice(2, 7)).toEqual(['Turnos', 'Previsto', 'Ajuste', 'Real', 'Diferencia']);
    expect(rows).toEqual({
      'Ana Pérez': ['1', '3:00', '+1:00', '5:04', '+1:04'],
      'Luis Gómez': ['1', '2:00', `${MINUS}0:30`, '1:29', `${MINUS}0:01`],
      Moderadora: ['1', '—', '+0:30', '1:15', '—'],
    });
    // Ana and Luis each had a second turn queued that was never held: not "planned", listed apart.
    expect(section('speaking-time').blocks).toContainEqual({
      type: 'paragraph',
      text: 'Turnos en cola que no se tomaron (no cuentan en las cifras): Ana Pérez (1:00); Luis Gómez (1:00).',
    });
    const role = section('speaking-time-role').blocks[0]!;
    if (role.type !== 'table') throw new Error('not a table');
    expect(role.table.rows.find((r) => r[0] === 'Ponente')!.slice(1, 6)).toEqual(['2', '5:00', `+0:30`, '6:33', '+1:03']);
  });

  it('the CSV has one row per turn held, with the same m:ss figures and the seconds', () => {
    const lines = renderSpeakingTimeCsv(buildReport(bundle)).slice(1).trimEnd().split('\r\n');
    const rows = lines.slice(1).map((l) => l.split(','));
    expect(rows.map((r) => [r[0], ...r.slice(6)])).toEqual([
      ['Ana Pérez', '3:00', '+1:00', '5:04', '+1:04', '304'],
      ['Luis Gómez', '2:00', `${MINUS}0:30`, '1:29', `${MINUS}0:01`, '89'],
      ['Moderadora', '', '+0:30', '1:15', '', '75'],
    ]);
  });
});
