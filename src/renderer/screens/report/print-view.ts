import type { EventBundle } from '../../../core/model/types';
import { buildReport, type ReportOptions, type ReportScope } from '../../../core/report';
import { renderReportHtml } from '../../../core/report/html-writer';
import { reportPrintCss } from '../../../core/report/html-style';

/**
 * The browser's way to a PDF: the report's HTML (the one the desktop app prints) in a window of its
 * own, with the print stylesheet, and the browser's print dialog, where "Save as PDF" is. The app's
 * Content-Security-Policy carries over to that blank window and forbids an inline <style>, so the
 * stylesheet is given through the CSSOM instead. The contents list their sections without page
 * numbers here: only a printing the app controls can measure them. False when a popup blocker
 * stopped the window.
 */
export function openPrintView(bundle: EventBundle, options: ReportOptions, scope?: ReportScope, host: Window = window): boolean {
  const model = buildReport(bundle, options, scope);
  const view = host.open('', '_blank');
  if (!view) return false;
  const doc = view.document;
  doc.open();
  doc.write(renderReportHtml(model, { inlineStyle: false }));
  doc.close();
  // A stylesheet is adopted only by a document of the realm that built it: the view's own constructor.
  const sheet = new (view as Window & typeof globalThis).CSSStyleSheet();
  sheet.replaceSync(reportPrintCss(model));
  doc.adoptedStyleSheets = [sheet];
  view.focus();
  view.print();
  return true;
}
