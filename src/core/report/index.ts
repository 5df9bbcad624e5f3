// The report model and the light writers. The DOCX writer is deliberately not re-exported here:
// it pulls in the `docx` library, so callers load it with `await import('./docx-writer')` only on export.
export { buildReport } from './build-report';
export type * from './model';
export * from './options';
export { renderMarkdown } from './markdown-writer';
export { renderSpeakingTimeCsv } from './csv-writer';
export { methodologyDraft } from './methodology';
export { REPORT_LABELS } from './labels';
export { reportMesas, type ReportScope } from './scope';
