// Export benchmark: the 10,000-note demo event exported by the whole `relator` CLI process, against
// pandoc converting our own Markdown to DOCX. Medians of RUNS whole-process runs after one warm-up
// run each (file cache, bundle build). `node -e 0` and `relator validate` are recorded beside them
// as references: on a busy machine all figures rise together, and the gaps still mean something.
// Peak memory: /usr/bin/time -f %M (max RSS of the CLI process, in KB) when present; otherwise a
// preloaded hook that prints process.resourceUsage().maxRSS from inside the CLI process at exit.
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { median, round, timeProcess } from './lib/context.mjs';

const RUNS = 7;
const NOTES = 10000;

/** Median wall time of RUNS runs, after one warm-up run that is not counted. */
function medianOfRuns(cmd, args) {
  timeProcess(cmd, args);
  return median(Array.from({ length: RUNS }, () => timeProcess(cmd, args)));
}

function peakRssMb(ctx, args) {
  if (existsSync('/usr/bin/time')) {
    const out = join(ctx.tmp, 'export-time.txt');
    timeProcess('/usr/bin/time', ['-f', '%M', '-o', out, 'node', ...args]);
    return { mb: Number(readFileSync(out, 'utf8').trim().split('\n').pop()) / 1024, method: '/usr/bin/time -f %M' };
  }
  const hook = "data:text/javascript,process.on('exit',()=>process.stderr.write('MAXRSS '+process.resourceUsage().maxRSS+'\\n'))";
  const r = spawnSync('node', ['--import', hook, ...args], { cwd: ctx.root, encoding: 'utf8' });
  const kb = Number(/MAXRSS (\d+)/.exec(r.stderr)?.[1]);
  return { mb: kb / 1024, method: 'process.resourceUsage().maxRSS at exit' };
}

export default async function exportBench(ctx) {
  const bin = process.env.RELATOR_BIN ?? ctx.relatorBin;
  if (!existsSync(bin)) throw new Error(`export bench: ${bin} not found (the relator CLI must be built first)`);
  const event = join(ctx.tmp, 'export-10k.relator.json');
  const md = join(ctx.tmp, 'export-10k.md');
  const docx = join(ctx.tmp, 'export-10k.docx');
  const pandocDocx = join(ctx.tmp, 'export-10k-pandoc.docx');
  timeProcess('node', [bin, 'demo', '--notes', String(NOTES), '-o', event]);

  const exportArgs = (format, out) => [bin, 'export', event, '--format', format, '-o', out];
  const startupMs = medianOfRuns('node', ['-e', '0']);
  const validateMs = medianOfRuns('node', [bin, 'validate', event]);
  const mdMs = medianOfRuns('node', exportArgs('md', md));
  const docxMs = medianOfRuns('node', exportArgs('docx', docx));
  const peak = peakRssMb(ctx, exportArgs('docx', docx));
  process.stdout.write(`  (peak RSS measured with ${peak.method})\n`);

  const results = [
    { name: 'export.docx_10k_ms', value: round(docxMs), unit: 'ms' },
    { name: 'export.md_10k_ms', value: round(mdMs), unit: 'ms' },
    { name: 'export.docx_10k_peak_mb', value: round(peak.mb), unit: 'MB' },
    { name: 'export.validate_10k_ms', value: round(validateMs), unit: 'ms' },
    { name: 'export.node_startup_ms', value: round(startupMs), unit: 'ms' },
  ];
  if (spawnSync('pandoc', ['--version']).status === 0) {
    const pandocMs = medianOfRuns('pandoc', [md, '-o', pandocDocx]);
    results.push(
      { name: 'export.pandoc_md_to_docx_10k_ms', value: round(pandocMs), unit: 'ms' },
      { name: 'export.docx_vs_pandoc_ratio', value: round(docxMs / pandocMs, 3), unit: 'ratio' },
    );
  } else {
    process.stdout.write('  pandoc not installed: no reference figure, no ratio\n');
  }
  return results;
}
