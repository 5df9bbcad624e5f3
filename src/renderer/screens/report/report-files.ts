import type { EventBundle } from '../../../core/model/types';
import { buildReport, renderMarkdown, renderSpeakingTimeCsv, type ReportOptions, type ReportScope } from '../../../core/report';
import { fileSlug } from '../../app/event-files';
import { i18n } from '../../i18n';
import { getPlatform } from '../../platform';

/** The files this screen saves. Each is built from the full report, never from the preview. */
export type ReportFileKind = 'docx' | 'pdf' | 'markdown' | 'csv';

const SAVE_TITLES = { docx: 'report.saveDocx', pdf: 'report.savePdf', markdown: 'report.saveMarkdown', csv: 'report.saveCsv' } as const;

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A mesa's relatoría is named after the event and the mesa, so it does not take the general one's name. */
export function suggestedName(kind: ReportFileKind, title: string, mesaName?: string): string {
  const slug = mesaName === undefined ? fileSlug(title) : `${fileSlug(title)} - ${fileSlug(mesaName)}`;
  if (kind === 'docx') return `${slug}.docx`;
  if (kind === 'pdf') return `${slug}.pdf`;
  if (kind === 'markdown') return `${slug}.md`;
  return `${slug} - ${i18n.t('report.csvSuffix')}.csv`;
}

/** Raw DEFLATE by the browser's native CompressionStream: far quicker than docx's JS compressor. */
async function deflateRaw(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function hasNativeDeflate(): boolean {
  try {
    new CompressionStream('deflate-raw');
    return true;
  } catch {
    return false;
  }
}

async function fileData(
  kind: ReportFileKind,
  bundle: EventBundle,
  options: ReportOptions,
  template: Uint8Array | undefined,
  scope: ReportScope | undefined,
): Promise<{ data: string | Uint8Array; mime: string; filterName: string; extension: string }> {
  const model = buildReport(bundle, options, scope);
  if (kind === 'markdown') {
    return {
      data: renderMarkdown(model),
      mime: 'text/markdown;charset=utf-8',
      filterName: i18n.t('report.filterMarkdown'),
      extension: 'md',
    };
  }
  if (kind === 'csv') {
    return { data: renderSpeakingTimeCsv(model), mime: 'text/csv;charset=utf-8', filterName: i18n.t('report.filterCsv'), extension: 'csv' };
  }
  if (kind === 'pdf') {
    const print = getPlatform().printPdf;
    // The browser has no printPdf: its screen offers the print view (print-view.ts) instead of this file.
    if (!print) throw new Error('this platform cannot print to PDF');
    const { printReportPdf } = await import('../../../core/report/pdf-print');
    const data = await printReportPdf(model, print);
    return { data, mime: 'application/pdf', filterName: i18n.t('report.filterPdf'), extension: 'pdf' };
  }
  // The docx library is large: it is fetched only now, in its own chunk.
  const { renderDocx } = await import('../../../core/report/docx-writer');
  const data = await renderDocx(model, { ...(hasNativeDeflate() ? { deflateRaw } : {}), ...(template ? { template } : {}) });
  return { data, mime: DOCX_MIME, filterName: i18n.t('report.filterDocx'), extension: 'docx' };
}

/** Builds one report file and hands it to the platform's save dialog (or download); false if cancelled. */
export async function saveReportFile(
  kind: ReportFileKind,
  bundle: EventBundle,
  options: ReportOptions,
  /** The organisation's Word template, for the DOCX only (core/report/docx-template.ts). */
  template?: Uint8Array,
  /** Which relatoría of an event with mesas; the default is the general one. */
  scope?: ReportScope,
): Promise<boolean> {
  const file = await fileData(kind, bundle, options, template, scope);
  return getPlatform().saveFile({
    title: i18n.t(SAVE_TITLES[kind]),
    suggestedName: suggestedName(kind, bundle.event.title, mesaNameOf(bundle, scope)),
    filters: [{ name: file.filterName, extensions: [file.extension] }],
    mime: file.mime,
    data: file.data,
  });
}

/** The name of the mesa a scope is about; undefined for the general or the event's relatoría. */
export function mesaNameOf(bundle: EventBundle, scope: ReportScope | undefined): string | undefined {
  if (scope?.kind !== 'mesa') return undefined;
  return bundle.mesas.find((m) => m.id === scope.mesaId)?.name;
}
