import type { RelatorEvent } from '../model';
import type { MergeConflict } from './conflicts';

/** The conflict report `relator merge --conflicts` writes: plain JSON a person or a tool can read. */
interface ConflictReport {
  format: 'relator-merge-conflicts';
  version: 1;
  event: { id: string; title: string };
  conflicts: MergeConflict[];
}

export function conflictReport(event: Pick<RelatorEvent, 'id' | 'title'>, conflicts: readonly MergeConflict[]): string {
  const report: ConflictReport = {
    format: 'relator-merge-conflicts',
    version: 1,
    event: { id: event.id, title: event.title },
    conflicts: [...conflicts],
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
