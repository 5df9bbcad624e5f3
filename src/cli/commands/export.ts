import { UsageError, type CliIo, type Command } from '../command';
import { describeFileError, parseEventFile } from '../../core/file-format';
import { buildReport } from '../../core/report/build-report';
import { renderMarkdown } from '../../core/report/markdown-writer';
import { renderSpeakingTimeCsv } from '../../core/report/csv-writer';
import { GROUP_MODES, TIMESTAMP_MODES, type GroupMode, type ReportOptions, type TimestampMode } from '../../core/report/options';
import { LANGUAGES, type Language } from '../../core/model/types';

export type ExportFormat = 'docx' | 'md' | 'csv';
const FORMATS: readonly ExportFormat[] = ['docx', 'md', 'csv'];

export interface ExportArgs {
  input: string;
  output: string;
  format: ExportFormat;
  options: Partial<ReportOptions>;
}

const USAGE =
  'relator export EVENT.relator.json --format docx|md|csv [--lang es|en] [--no-annex] [--starred-only] ' +
  '[--timestamps clock|elapsed|none] [--group kind|chronological] [--no-speaking-time] -o OUT';

function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T {
  if (value === undefined || !(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`${flag}: se esperaba / expected ${allowed.join('|')}${value === undefined ? '' : `, no / not «${value}»`}`);
  }
  return value as T;
}

export function parseExportArgs(args: readonly string[]): ExportArgs {
  const options: Partial<ReportOptions> = {};
  let input: string | undefined;
  let output: string | undefined;
  let format: ExportFormat | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const value = (): string | undefined => (eq > 0 ? arg.slice(eq + 1) : args[++i]);
    switch (flag) {
      case '--format': format = oneOf(flag, value(), FORMATS); break;
      case '--lang': options.language = oneOf<Language>(flag, value(), LANGUAGES); break;
      case '--timestamps': options.timestamps = oneOf<TimestampMode>(flag, value(), TIMESTAMP_MODES); break;
      case '--group': options.group = oneOf<GroupMode>(flag, value(), GROUP_MODES); break;
      case '--no-annex': options.includeAnnex = false; break;
      case '--starred-only': options.starredOnly = true; break;
      case '--no-speaking-time': options.includeSpeakingTime = false; break;
      case '-o':
      case '--output': {
        const v = value();
        if (!v) throw new UsageError(`${flag}: falta el archivo de salida / missing output file`);
        output = v;
        break;
      }
      default:
        if (arg.startsWith('-') && arg !== '-') throw new UsageError(`opción desconocida / unknown option: ${arg}`);
        if (input !== undefined) throw new UsageError(`sobra un argumento / unexpected argument: ${arg}`);
        input = arg;
    }
  }
  if (input === undefined) throw new UsageError('falta el archivo del evento / missing event file');
  if (output === undefined) throw new UsageError('falta -o SALIDA / missing -o OUT');
  if (format === undefined) {
    const ext = /\.(docx|md|csv)$/i.exec(output)?.[1]?.toLowerCase() as ExportFormat | undefined;
    if (!ext) throw new UsageError('falta --format docx|md|csv / missing --format docx|md|csv');
    format = ext;
  }
  return { input, output, format, options };
}

export const exportCommand: Command = {
  name: 'export',
  usage: USAGE,
  summary: 'Escribe la relatoría en DOCX, Markdown o CSV de tiempos / Writes the report as DOCX, Markdown or speaking-time CSV',
  async run(args: string[], io: CliIo): Promise<number> {
    const parsed = parseExportArgs(args);
    let text: string;
    try {
      text = parsed.input === '-' ? await io.readStdin() : await io.readFile(parsed.input);
    } catch (err) {
      io.stderr(`No se pudo leer / Could not read ${parsed.input}: ${(err as Error).message}\n`);
      return 1;
    }
    const result = parseEventFile(text);
    if (!result.ok) {
      io.stderr(`${parsed.input}: archivo de evento no válido / invalid event file\n`);
      for (const e of result.errors.slice(0, 10)) io.stderr(`  - ${describeFileError(e, 'es')}\n    ${describeFileError(e, 'en')}\n`);
      return 1;
    }
    const model = buildReport(result.bundle, parsed.options);
    let data: string | Uint8Array;
    if (parsed.format === 'md') data = renderMarkdown(model);
    else if (parsed.format === 'csv') data = renderSpeakingTimeCsv(model);
    else {
      // Loaded only here: the docx library is large and only this format needs it.
      const [{ renderDocx }, zlib] = await Promise.all([import('../../core/report/docx-writer'), import('node:zlib')]);
      data = await renderDocx(model, { deflateRaw: (bytes) => zlib.deflateRawSync(bytes), crc32: nativeCrc32(zlib) });
    }
    try {
      await io.writeFile(parsed.output, data);
    } catch (err) {
      io.stderr(`No se pudo escribir / Could not write ${parsed.output}: ${(err as Error).message}\n`);
      return 1;
    }
    return 0;
  },
};

/** zlib.crc32 exists from Node 20.15; older Node falls back to the writer's own. */
function nativeCrc32(zlib: typeof import('node:zlib')): ((data: Uint8Array) => number) | undefined {
  const crc = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;
  return typeof crc === 'function' ? (data) => crc(data) : undefined;
}
