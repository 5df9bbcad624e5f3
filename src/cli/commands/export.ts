import { parseCommandArgs } from '../args';
import { UsageError, type CliIo, type Command } from '../command';
import { allowWindows1252, describeIoError, ENCODING_OPTION, parseOptionsFor, readInput } from '../file-io';
import { ioLanguage, messages } from '../lang';
import { describeFileError, parseEventFile } from '../../core/file-format';
import { buildReport } from '../../core/report/build-report';
import type { ReportModel } from '../../core/report/model';
import { renderMarkdown } from '../../core/report/markdown-writer';
import { renderSpeakingTimeCsv } from '../../core/report/csv-writer';
import { REPORT_CHOICES, REPORT_DEFAULTS, REPORT_TOGGLES, type ReportOptions } from '../../core/report/options';
import { findMesa, reportMesas, type ReportScope } from '../../core/report/scope';
import type { EventBundle } from '../../core/model/types';
import { COMMAND_INFO } from './info';

export type ExportFormat = 'docx' | 'md' | 'csv' | 'pdf';
const FORMATS: readonly ExportFormat[] = ['docx', 'md', 'csv', 'pdf'];

export interface ExportArgs {
  input: string;
  output: string;
  format: ExportFormat;
  options: Partial<ReportOptions>;
  allowWindows1252: boolean;
  /** An organisation's .docx to take the DOCX's styles and header from. */
  template: string | null;
  /**
   * Which relatoría: one mesa's (by name or id, looked up once the file is read), the general one,
   * or null for the default (the general one when the event has mesas, else the event's).
   */
  scope: { mesa: string } | { general: true } | null;
}

type ChoiceFlag = (typeof REPORT_CHOICES)[number]['flag'];
type ToggleFlag = (typeof REPORT_TOGGLES)[number]['flag'];

/** The report's options come from core/report's table, as the relatoría screen's do. */
const OPTIONS = {
  format: { type: 'string' },
  ...(Object.fromEntries(REPORT_CHOICES.map((c) => [c.flag, { type: 'string' }])) as Record<ChoiceFlag, { type: 'string' }>),
  ...(Object.fromEntries(REPORT_TOGGLES.map((o) => [o.flag, { type: 'boolean' }])) as Record<ToggleFlag, { type: 'boolean' }>),
  template: { type: 'string' },
  mesa: { type: 'string' },
  general: { type: 'boolean' },
  output: { type: 'string', short: 'o' },
  ...ENCODING_OPTION,
} as const;

function oneOf<T extends string>(io: CliIo, name: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(messages(io).args.notOneOf(name, allowed.join('|'), value));
  }
  return value as T;
}

export function parseExportArgs(args: readonly string[], io: CliIo): ExportArgs {
  const { values, positionals } = parseCommandArgs(args, OPTIONS, io);
  if (positionals.length !== 1) {
    throw new UsageError(messages(io).args.oneEventFile);
  }
  const output = values.output;
  if (!output) throw new UsageError(messages(io).args.missingExportOutput);
  const fromExtension = /\.(docx|md|csv|pdf)$/i.exec(output)?.[1]?.toLowerCase() as ExportFormat | undefined;
  const format = oneOf(io, 'format', values.format, FORMATS) ?? fromExtension;
  if (!format) throw new UsageError(messages(io).args.missingFormat);
  if (values.template !== undefined && format !== 'docx') throw new UsageError(messages(io).export.templateOnlyDocx);
  // Refused before any work: a binary file never goes to a terminal or a pipe.
  if (output === '-' && (format === 'docx' || format === 'pdf')) throw new UsageError(messages(io).export.binaryNotToStdout(format));
  const options: Partial<ReportOptions> = {};
  for (const choice of REPORT_CHOICES) {
    const value = oneOf<string>(io, choice.flag, values[choice.flag], choice.values);
    if (value !== undefined) Object.assign(options, { [choice.key]: value });
  }
  // A flag turns its option's default over (`--no-annex`: no annex; `--starred-only`: starred only).
  for (const toggle of REPORT_TOGGLES) if (values[toggle.flag]) options[toggle.key] = !REPORT_DEFAULTS[toggle.key];
  if (values.mesa !== undefined && values.general) throw new UsageError(messages(io).export.mesaAndGeneral);
  return {
    input: positionals[0]!,
    output,
    format,
    options,
    allowWindows1252: allowWindows1252(io, values.encoding),
    template: values.template ?? null,
    scope: values.mesa !== undefined ? { mesa: values.mesa } : values.general ? { general: true } : null,
  };
}

/**
 * The scope asked for, against the event read: an unknown mesa is bad usage (null, with the mesas
 * the event has); `--general` on an event without mesas writes the event's relatoría and says so.
 */
function scopeFor(parsed: ExportArgs, bundle: EventBundle, io: CliIo): ReportScope | undefined | null {
  if (parsed.scope === null) return undefined;
  const m = messages(io).export;
  const mesas = reportMesas(bundle);
  if ('general' in parsed.scope) {
    if (mesas.length === 0)
      io.stderr(`${m.generalWithoutMesas}
`);
    return { kind: 'general' };
  }
  const mesa = findMesa(bundle, parsed.scope.mesa);
  if (mesa) return { kind: 'mesa', mesaId: mesa.id };
  io.stderr(`${m.unknownMesa(
    parsed.scope.mesa,
    mesas.map((x) => ({ name: x.name, id: x.id })),
  )}
`);
  return null;
}

export const exportCommand: Command = {
  ...COMMAND_INFO.export,
  async run(args, io) {
    const parsed = parseExportArgs(args, io);
    let template: Uint8Array | undefined;
    if (parsed.template !== null) {
      try {
        template = await io.readBytes(parsed.template);
      } catch (e) {
        io.stderr(`${describeIoError(io, e, parsed.template, false)}\n`);
        return 1;
      }
    }
    const input = await readInput(io, parsed.input, { subject: 'event', allowWindows1252: parsed.allowWindows1252 });
    if (!input) return 1;
    io.mark?.('read');
    const result = parseEventFile(input.text, parseOptionsFor(io, input));
    if (!result.ok) {
      io.stderr(`${messages(io).files.notAnEventFile(parsed.input)}\n`);
      for (const error of result.errors) io.stderr(`  - ${describeFileError(error, ioLanguage(io), 'cli')}\n`);
      return 1;
    }
    const scope = scopeFor(parsed, result.bundle, io);
    if (scope === null) return 2;
    const model = buildReport(result.bundle, parsed.options, scope);
    io.mark?.('report');
    let data: string | Uint8Array;
    if (parsed.format === 'md') data = renderMarkdown(model);
    else if (parsed.format === 'csv') data = renderSpeakingTimeCsv(model);
    else if (parsed.format === 'pdf') {
      const pdf = await printPdf(model, io);
      if (pdf === null) return 1;
      data = pdf;
    } else {
      // Loaded only here: the docx library is large and only this format needs it.
      const [{ renderDocx }, { TemplateError }, zlib] = await Promise.all([
        import('../../core/report/docx-writer'),
        import('../../core/report/docx-template'),
        import('node:zlib'),
      ]);
      try {
        data = await renderDocx(model, {
          deflateRaw: (bytes) => zlib.deflateRawSync(bytes),
          crc32: (bytes) => zlib.crc32(bytes),
          ...(template ? { template } : {}),
        });
      } catch (e) {
        if (!(e instanceof TemplateError)) throw e;
        io.stderr(`${messages(io).export.templateNotDocx(parsed.template!)}\n`);
        return 1;
      }
    }
    io.mark?.(`render-${parsed.format}`);
    if (parsed.output === '-' && typeof data === 'string') {
      io.stdout(data);
      return 0;
    }
    try {
      await io.writeFile(parsed.output, data);
    } catch (e) {
      io.stderr(`${describeIoError(io, e, parsed.output, true)}\n`);
      return 1;
    }
    io.mark?.('write');
    return 0;
  },
};

/** The report printed to PDF by the machine's Chromium; null (with a message) when there is none or it fails. */
async function printPdf(model: ReportModel, io: CliIo): Promise<Uint8Array | null> {
  const printer = io.pdfPrinter ? await io.pdfPrinter() : null;
  if (printer === null) {
    io.stderr(`${messages(io).export.noChromium}\n`);
    return null;
  }
  try {
    const { printReportPdf } = await import('../../core/report/pdf-print');
    return await printReportPdf(model, { open: printer.open });
  } catch (e) {
    io.stderr(`${messages(io).export.pdfFailed(e instanceof Error ? e.message.split('\n')[0]! : String(e))}\n`);
    return null;
  } finally {
    await printer.close();
  }
}
