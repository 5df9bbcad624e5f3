import { describe, expect, it } from 'vitest';
import { createTurn } from '../../../src/core/model';
import { buildReport, renderMarkdown } from '../../../src/core/report';
import { turnTiming } from '../../../src/core/timer/turn-timing';
import { fixedContext, smallBundle } from './fixtures';

const section = (options = {}, bundle = smallBundle()) => buildReport(bundle, options).sections.find((s) => s.id.startsWith('program'));
const rows = (options = {}, bundle = smallBundle()) => {
  const block = section(options, bundle)!.blocks.find((b) => b.type === 'table');
  if (block?.type !== 'table') throw new Error('no table');
  return block.table;
};

describe('program in the report', () => {
  it('lists the planned turns by question beside the actual start and time spoken, a turn never held said so, with totals', () => {
    expect(rows()).toEqual({
      columns: ['Pregunta', 'Participante', 'Previsto', 'Inicio real', 'Real'],
      numeric: [false, false, true, true, true],
      rows: [
        ['Pregunta 1', 'Ana Pérez', '10:00', '10:00', '10:00'],
        ['Pregunta 1', 'Luis Gómez', '10:00', '10:10', '5:00'],
        ['Pregunta 2', 'Moderadora', '5:00', '10:15', '5:00'],
        ['Sin pregunta', 'Ana Pérez', '5:00', '', 'no se tomó'],
        ['Total', '', '30:00', '', '20:00'],
      ],
    });
  });

  it("takes the actual time from the moderator's log, pauses left out, as the speaking-time CSV does", () => {
    const ctx = fixedContext();
    const bundle = smallBundle();
    const q1 = [...bundle.questions].sort((a, b) => a.order - b.order)[0]!;
    const start = Date.UTC(2026, 10, 26, 17, 0, 0);
    const logged = createTurn(
      bundle.event.id,
      {
        speakerId: bundle.participants[1]!.id,
        questionId: q1.id,
        order: 50,
        plannedSeconds: 180,
        actualStartAt: new Date(start).toISOString(),
        actualEndAt: new Date(start + 300_000).toISOString(),
        timerLog: [
          { type: 'start', at: start, plannedMs: 180_000 },
          { type: 'pause', at: start + 60_000 },
          { type: 'resume', at: start + 120_000 },
          { type: 'adjust', at: start + 130_000, deltaMs: 60_000 },
          { type: 'finish', at: start + 247_500 },
        ],
      },
      ctx,
    );
    bundle.turns.push(logged);
    const table = rows({}, bundle);
    const row = table.rows.find((r) => r[3] === '11:00')!;
    expect(row).toEqual(['Pregunta 1', 'Luis Gómez', '3:00', '11:00', '3:07']);
    expect(turnTiming(logged, null).actualSeconds).toBe(187);
    const csvRow = buildReport(bundle).turnRows.find((r) => r.seconds === 187);
    expect(csvRow).toBeDefined();
  });

  it('goes to an annex before the notes annex, or nowhere, as chosen; names nobody in an anonymous report', () => {
    const ids = (options = {}) => buildReport(smallBundle(), options).sections.map((s) => s.id);
    expect(ids({ program: 'annex' }).slice(-2)).toEqual(['program-annex', 'annex']);
    expect(section({ program: 'annex' })!.heading).toBe('Anexo: programa');
    expect(ids({ program: 'none' }).some((id) => id.startsWith('program'))).toBe(false);
    expect(rows({ attribution: 'none' }).rows.map((r) => r[1])).toEqual(['Ponente', 'Ponente', 'Moderación', 'Ponente', '']);
    const md = renderMarkdown(buildReport(smallBundle(), { language: 'en', program: 'annex' }));
    expect(md).toContain('## Annex: programme');
    expect(md).toContain('| Question 1 | Ana Pérez | 10:00 | 10:00 | 10:00 |');
  });

  it('shows planned start times where the agenda has them, and nothing when there is no agenda', () => {
    const bundle = smallBundle();
    bundle.turns = bundle.turns.map((t, i) => ({ ...t, plannedStartAt: new Date(Date.UTC(2026, 10, 26, 16, i * 10)).toISOString() }));
    expect(rows({}, bundle).columns).toEqual(['Pregunta', 'Participante', 'Inicio previsto', 'Previsto', 'Inicio real', 'Real']);
    const none = smallBundle();
    none.turns = [];
    expect(section({}, none)).toBeUndefined();
  });
});
