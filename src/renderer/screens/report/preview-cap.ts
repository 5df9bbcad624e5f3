import type { ReportBlock, ReportModel, ReportSection } from '../../../core/report';

/**
 * A shortened copy of the report for the on-screen preview. A 10,000-note event would take
 * seconds to turn into HTML and lay out, on every option change; the preview keeps the first
 * notes of each list (and of the whole report) and says how many more the saved file has.
 * Only the preview is cut: saving always renders the full model.
 */
export interface PreviewLimits {
  /** Notes (or quotes) shown per list. */
  perList: number;
  /** Notes shown in the whole preview, lists and annex together. */
  total: number;
  /** Rows shown per table. */
  rows: number;
}

// 60 rows: a forum's whole program (one row per planned turn) fits; a 10,000-note event's tables do not.
const PREVIEW_LIMITS: PreviewLimits = { perList: 25, total: 300, rows: 60 };

export interface PreviewText {
  moreNotes: (count: number) => string;
  moreRows: (count: number) => string;
}

export interface CappedReport {
  model: ReportModel;
  /** Notes and rows left out of the preview; 0 when the preview is the whole report. */
  hidden: number;
}

export function capForPreview(model: ReportModel, text: PreviewText, limits: PreviewLimits = PREVIEW_LIMITS): CappedReport {
  let budget = limits.total;
  let hidden = 0;
  const capBlock = (block: ReportBlock): ReportBlock[] => {
    if (block.type === 'notes' || block.type === 'quotes') {
      const keep = Math.max(0, Math.min(block.items.length, limits.perList, budget));
      budget -= keep;
      const rest = block.items.length - keep;
      if (rest === 0) return [block];
      hidden += rest;
      const more: ReportBlock = { type: 'paragraph', text: text.moreNotes(rest) };
      return keep === 0 ? [more] : [{ ...block, items: block.items.slice(0, keep) }, more];
    }
    if (block.type === 'table' && block.table.rows.length > limits.rows) {
      const rest = block.table.rows.length - limits.rows;
      hidden += rest;
      return [
        { type: 'table', table: { ...block.table, rows: block.table.rows.slice(0, limits.rows) } },
        { type: 'paragraph', text: text.moreRows(rest) },
      ];
    }
    return [block];
  };
  const sections: ReportSection[] = model.sections.map((section) => ({ ...section, blocks: section.blocks.flatMap(capBlock) }));
  return { model: { ...model, sections }, hidden };
}
