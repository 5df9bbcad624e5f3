// Export benchmark (docs/benchmarks.md): the 10,000- and 50,000-note demo events exported by the whole `relator`
// CLI process, each figure the median (`_ms`) and the minimum (`_min_ms`) of RUNS whole-process runs after one
// unrecorded warm-up run (file cache, bundle build). `node -e 0` is timed in the same run, so every figure can be
// read against what merely starting Node costs on this machine at this moment; `relator validate` likewise.
// The DOCX reference is the path a user without Relator's DOCX export would take: our Markdown export, then
// pandoc turning it into DOCX (export.md_pandoc_docx_10k_ms, timed as the two processes back to back).
// Peak memory: /usr/bin/time -f %M (max RSS of the CLI process, in KB) when present; otherwise a
// preloaded hook that prints process.resourceUsage().maxRSS from inside the CLI process at exit.
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { median, round, timeProcess } from './lib/context.mjs';

const SIZES = [
  { notes: 10_000, runs: 7 },
  { notes: 50_000, runs: 5 },
];
const PANDOC_RUNS = 5;

/** RUNS timings of a whole process, after one warm-up run that is not counted. */
function runsOf(cmd, args, runs) {
  timeProcess(cmd, args);
  return Array.from({ length: runs }, () => timeProcess(cmd, args));
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

/** `name_ms` (median) and `name_min_ms` of a list of timings. */
const figures = (name, times) => [
  { name: `${name}_ms`, value: round(median(times)), unit: 'ms' },
  { name: `${name}_min_ms`, value: round(Math.min(...times)), unit: 'ms' },
];

export default async function exportBench(ctx) {
  const bin = process.env.RELATOR_BIN ?? ctx.relatorBin;
  if (!existsSync(bin)) throw new Error(`export bench: ${bin} not found (the relator CLI must be built first)`);
  const results = [];
  const startup = runsOf('node', ['-e', '0'], SIZES[0].runs);
  results.push(...figures('export.node_startup', startup));
  let docx10k = null;
  let md10k = null;
  for (const { notes, runs } of SIZES) {
    const size = `${notes / 1000}k`;
    const event = join(ctx.tmp, `export-${size}.relator.json`);
    const md = join(ctx.tmp, `export-${size}.md`);
    const docx = join(ctx.tmp, `export-${size}.docx`);
    timeProcess('node', [bin, 'demo', '--notes', String(notes), '-o', event]);
    const exportArgs = (format, out) => [bin, 'export', event, '--format', format, '-o', out];
    const docxTimes = runsOf('node', exportArgs('docx', docx), runs);
    const mdTimes = runsOf('node', exportArgs('md', md), runs);
    const validateTimes = runsOf('node', [bin, 'validate', event], runs);
    const peak = peakRssMb(ctx, exportArgs('docx', docx));
    process.stdout.write(`  ${size}: peak RSS measured with ${peak.method}\n`);
    results.push(
      ...figures(`export.docx_${size}`, docxTimes),
      ...figures(`export.md_${size}`, mdTimes),
      ...figures(`export.validate_${size}`, validateTimes),
      { name: `export.docx_${size}_peak_mb`, value: round(peak.mb), unit: 'MB' },
    );
    if (notes === 10_000) [docx10k, md10k] = [median(docxTimes), md];
  }

  const pandoc = spawnSync('pandoc', ['--version'], { encoding: 'utf8' });
  if (pandoc.status !== 0) {
    process.stdout.write('  pandoc not installed: no DOCX reference, no ratio\n');
    return results;
  }
  process.stdout.write(`  reference: ${pandoc.stdout.split('\n')[0]}\n`);
  // Markdown export then pandoc, back to back, PANDOC_RUNS times after a warm-up; pandoc's own share is kept
  // for the older figure (pandoc from our Markdown, which leaves out the export a user would have to run first).
  const event = join(ctx.tmp, 'export-10k.relator.json');
  const pandocDocx = join(ctx.tmp, 'export-10k-pandoc.docx');
  const pipeline = [];
  const pandocOnly = [];
  for (let i = 0; i <= PANDOC_RUNS; i++) {
    const mdMs = timeProcess('node', [bin, 'export', event, '--format', 'md', '-o', md10k]);
    const pandocMs = timeProcess('pandoc', [md10k, '-o', pandocDocx]);
    if (i > 0) {
      pipeline.push(mdMs + pandocMs);
      pandocOnly.push(pandocMs);
    }
  }
  results.push(
    ...figures('export.md_pandoc_docx_10k', pipeline),
    { name: 'export.docx_vs_md_pandoc_ratio', value: round(docx10k / median(pipeline), 3), unit: 'ratio' },
    // Kept one release beside the new reference (docs/benchmarks.md).
    { name: 'export.pandoc_md_to_docx_10k_ms', value: round(median(pandocOnly)), unit: 'ms' },
    { name: 'export.docx_vs_pandoc_ratio', value: round(docx10k / median(pandocOnly), 3), unit: 'ratio' },
  );
  return results;
}
