import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateDemoBundle } from '../../../src/core/demo';
import { buildReport, renderMarkdown, type ReportModel } from '../../../src/core/report';
import { buildSampleBundle } from '../../../src/core/sample';
import { capForPreview } from '../../../src/renderer/screens/report/preview-cap';

const text = { moreNotes: (n: number) => `MORE-NOTES ${n}`, moreRows: (n: number) => `MORE-ROWS ${n}` };
const sample = buildSampleBundle(readFileSync('resources/samples/segundo-conversatorio-metropolitano.txt', 'utf8'));

function noteCount(model: ReportModel): number {
  return model.sections
    .flatMap((s) => s.blocks)
    .reduce((sum, b) => sum + (b.type === 'notes' || b.type === 'quotes' ? b.items.length : 0), 0);
}

describe('report preview cap', () => {
  it('leaves a small report exactly as the saved file has it', () => {
    const model = buildReport(generateDemoBundle({ notes: 12, seed: 3, sample }));
    const capped = capForPreview(model, text);
    expect(capped.hidden).toBe(0);
    expect(renderMarkdown(capped.model)).toBe(renderMarkdown(model));
  });

  it('shortens a 2,000-note report and says how much more the file has', () => {
    const model = buildReport(generateDemoBundle({ notes: 2_000, seed: 1, sample }));
    const limits = { perList: 25, total: 300, rows: 30 };
    const capped = capForPreview(model, text, limits);
    expect(noteCount(capped.model)).toBeLessThanOrEqual(limits.total);
    const shown = noteCount(capped.model);
    const rowsHidden = model.sections
      .flatMap((s) => s.blocks)
      .reduce((sum, b) => sum + (b.type === 'table' ? Math.max(0, b.table.rows.length - limits.rows) : 0), 0);
    expect(capped.hidden).toBe(noteCount(model) - shown + rowsHidden);

    const markdown = renderMarkdown(capped.model);
    // The annex is still there, with its first notes, and ends with the count of the rest.
    const annex = capped.model.sections.find((s) => s.id === 'annex')!;
    expect(annex.blocks.at(-1)).toMatchObject({ type: 'paragraph', text: expect.stringMatching(/^MORE-NOTES \d+$/) });
    expect(markdown.length).toBeLessThan(renderMarkdown(model).length / 4);
    // The model handed in is not changed: saving still gets every note.
    expect(noteCount(model)).toBeGreaterThan(2_000);
  });
});
