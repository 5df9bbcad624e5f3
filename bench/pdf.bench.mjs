// PDF export benchmark (docs/benchmarks.md): the 10,000-note demo event printed to PDF by the whole `relator
// export --format pdf` process (headless Chromium started, one measuring print, the user's tagged print with the
// contents' page numbers), RUNS runs with no warm-up: a rapporteur exports a PDF once, with Chromium cold.
// The reference is the path a user without Relator's PDF would take: our DOCX converted by LibreOffice
// (`soffice --headless --convert-to pdf`), timed the same way, in the same run. `node -e 0` is timed too.
import { existsSync, mkdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { median, round, timeProcess } from './lib/context.mjs';

const RUNS = 3;

const figures = (name, times) => [
  { name: `${name}_ms`, value: round(median(times)), unit: 'ms' },
  { name: `${name}_min_ms`, value: round(Math.min(...times)), unit: 'ms' },
];

export default async function pdfBench(ctx) {
  const bin = process.env.RELATOR_BIN ?? ctx.relatorBin;
  if (!existsSync(bin)) throw new Error(`pdf bench: ${bin} not found (the relator CLI must be built first)`);
  const event = join(ctx.tmp, 'pdf-10k.relator.json');
  const pdf = join(ctx.tmp, 'pdf-10k.pdf');
  const docx = join(ctx.tmp, 'pdf-10k.docx');
  timeProcess('node', [bin, 'demo', '--notes', '10000', '-o', event]);
  const results = [
    ...figures(
      'export.pdf_node_startup',
      Array.from({ length: RUNS }, () => timeProcess('node', ['-e', '0'])),
    ),
  ];
  const ours = Array.from({ length: RUNS }, () => timeProcess('node', [bin, 'export', event, '--format', 'pdf', '-o', pdf]));
  results.push(...figures('export.pdf_10k', ours));

  const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
  if (soffice.status !== 0) {
    process.stdout.write('  LibreOffice not installed: no PDF reference, no ratio\n');
    return results;
  }
  process.stdout.write(`  reference: ${soffice.stdout.trim()}\n`);
  timeProcess('node', [bin, 'export', event, '--format', 'docx', '-o', docx]);
  const outDir = join(ctx.tmp, 'pdf-soffice');
  mkdirSync(outDir, { recursive: true });
  // A profile of its own, so a LibreOffice the user has open does not take the job (and none is left behind).
  const profile = `-env:UserInstallation=file://${join(ctx.tmp, 'pdf-soffice-profile')}`;
  const reference = Array.from({ length: RUNS }, () =>
    timeProcess('soffice', [profile, '--headless', '--convert-to', 'pdf', '--outdir', outDir, docx]),
  );
  results.push(...figures('export.docx_soffice_pdf_10k', reference), {
    name: 'export.pdf_vs_soffice_ratio',
    value: round(median(ours) / median(reference), 3),
    unit: 'ratio',
  });
  return results;
}
