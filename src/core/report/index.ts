// The report model and the light writers. The DOCX writer is deliberately not re-exported here:
// it pulls in the `docx` library, so callers load it with `await import('./docx-writer')` only on export.
export { buildReport } from './build-report';
export type * from './model';
export { attribution } from './model';
export * from './options';
export { REPORT_LABELS, type ReportLabels } from './labels';
export { renderMarkdown } from './markdown-writer';
export { renderSpeakingTimeCsv } from './csv-writer';
export { cleanText } from './clean-text';
