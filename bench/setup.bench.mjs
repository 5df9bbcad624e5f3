// Reading a pasted program (docs/benchmarks.md):
//   setup.paste_1mb_first_ms   a realistic ~1 MB program pasted (Ctrl+V from the clipboard) into the setup screen of a
//                              fresh page with an empty profile: keydown → the frame after the preview names the guiding
//                              questions found and lists them (worker start included). Median of RUNS fresh pages.
//   setup.paste_1mb_warm_ms    then, in the same page, the box cleared and another 1 MB program pasted: the same span.
//   setup.paste_1mb_textarea_ms the floor beside them: the same paste into a bare page holding only a textarea, until the
//                              frame after the text is in it (chromium laying out 1 MB of text, no app at all).
//   setup.extract_1mb_cold_ms  extractProgram on the program, its first call in a new Node process (no JIT warm-up).
//   setup.extract_1mb_ms       the same, warm: median of RUNS in-process calls after WARMUP calls.
//   setup.extract_1mb_one_line_ms the warm figure with no newline at all (the worst case for a line scanner).
//   setup.extract_pathological_worst_ms the slowest of the pastes in tests/fixtures/pathological-pastes.mjs (noise made
//                              to trip regex backtracking and quadratic scans), each its warm median; the name is printed.
//   setup.extract_pdf_20pages_ms a 20-page PDF program (made here by LibreOffice from an HTML program with a page
//                              break per panel) chosen with "Abrir un archivo…" in the setup screen of a fresh page: the
//                              file input's change event → the frame after the preview names and lists its questions (the
//                              file worker's start, pdf.js loading, text layer, extraction). Median of PDF_RUNS fresh pages.
// The extractor is bundled from src/core/program with esbuild for the in-process figures.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PATHOLOGICAL_PASTES } from '../tests/fixtures/pathological-pastes.mjs';
import { median, round } from './lib/context.mjs';
import { newProbedPage } from './lib/capture-app.mjs';
import { PROBE } from './lib/probe.mjs';
import { BENCH_PORTS, buildWeb, launchChromium, newBenchContext, serveWeb } from './lib/web.mjs';

const RUNS = 9;
const WARMUP = 3;
const PASTES = 5;
const TARGET_CHARS = 1_000_000;
const PDF_PAGES = 20;
const PDF_RUNS = 5;

async function loadExtractor(ctx) {
  const { build } = await import('esbuild');
  const outfile = join(ctx.tmp, 'program-extractor.mjs');
  await build({
    entryPoints: [join(ctx.root, 'src', 'core', 'program', 'index.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'warning',
  });
  return import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
}

/** src/core/documents, bundled for Node like the CLI (pdf.js's legacy build and its worker code, loaded on demand). */
async function loadDocuments(ctx) {
  const { build } = await import('esbuild');
  const outdir = join(ctx.tmp, 'documents');
  await build({
    entryPoints: [join(ctx.root, 'src', 'core', 'documents', 'index.ts')],
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outdir,
    outExtension: { '.js': '.mjs' },
    banner: { js: "import { createRequire as __benchRequire } from 'node:module'; const require = __benchRequire(import.meta.url);" },
    logLevel: 'warning',
  });
  return import(`${pathToFileURL(join(outdir, 'index.mjs')).href}?t=${Date.now()}`);
}

/** One panel of a long program, varied by index so nothing is trivially repeated. */
function panel(i, variant = '') {
  const h = 9 + (i % 8);
  return [
    `Mesa ${i + 1}${variant}: Gobernanza metropolitana y territorio ${i + 1}`,
    `${h}:00 – ${h}:15 Bienvenida e introducción a la mesa ${i + 1}`,
    `${h}:15 – ${h}:45 Presentaciones de las personas panelistas`,
    'Compartir: Facebook | Twitter | LinkedIn | https://example.org/evento?mesa=' + i,
    '',
    'Objetivos',
    `Esta mesa busca identificar buenas prácticas en la respuesta a la pandemia en ${i + 3} zonas metropolitanas del país,`,
    'así como generar un espacio de discusión entre actores metropolitanos, con la participación de la Red Nacional',
    'Metropolitana (Renamet), en coordinación con Cities Alliance y organizada por SEDATU.',
    '',
    'Panelistas',
    `Dra. Ana Pérez ${i}, Universidad Nacional — Investigadora en vivienda y hábitat.`,
    `Mtro. Luis Gómez ${i}, Gobierno municipal — Director de planeación urbana.`,
    '',
    'Preguntas guía',
    `  1. ¿Cómo los retos y respuestas inmediatas ante la emergencia ${i}${variant} se convierten en catalizadores`,
    '     para fortalecer los procesos de gobernanza metropolitana?',
    '  2. ¿Cómo queremos que las ciudades crezcan? Salirnos del status quo con una mirada feminista.',
    `  3. ¿Cómo se complementan los niveles de acción federal y metropolitano? ¿Cómo dialogan los sectores ${i}?`,
    '  4. ¿Cómo se potencian las respuestas comunitarias?5. ¿Cómo seguir aprendiendo de los municipios?',
    '',
    'Documentos de Referencia',
    `Informe de la mesa ${i + 1} (PDF, 2 MB) — Descargar`,
    '',
    '',
  ].join('\n');
}

/** `variant` changes every panel a little (a second, different paste of the same size). */
export function realisticProgram(sample, variant = '') {
  const parts = [
    'Pasar al contenido principal\nInicio  Eventos  Publicaciones  Contacto\n',
    'Foro Metropolitano Nacional: ciudades después de la pandemia\nFecha: 15 de junio de 2021\n\n',
  ];
  let size = parts.join('').length;
  for (let i = 0; size < TARGET_CHARS; i++) {
    const p = i % 25 === 24 ? `${sample}\n\n` : panel(i, variant);
    parts.push(p);
    size += p.length;
  }
  parts.push('© 2021 Red Nacional Metropolitana. Aviso de privacidad.\n');
  return parts.join('');
}

function medianMs(extract, text) {
  for (let i = 0; i < WARMUP; i++) extract(text);
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    extract(text);
    times.push(performance.now() - t0);
  }
  return median(times);
}

function pathologicalWorst(extract) {
  const [name, ms] = PATHOLOGICAL_PASTES.map(([n, text]) => [n, medianMs(extract, text)]).reduce((a, b) => (b[1] > a[1] ? b : a));
  process.stdout.write(`  slowest pathological paste: ${name}, ${ms.toFixed(1)} ms\n`);
  return { name: 'setup.extract_pathological_worst_ms', value: round(ms), unit: 'ms' };
}

/** extractProgram's first call in a new Node process: parsing, compiling and regexp tier-up all included. */
function coldMs(ctx, bundle, program) {
  const input = join(ctx.tmp, 'program-1mb.txt');
  writeFileSync(input, program);
  const script = `import { readFileSync } from 'node:fs';
    const text = readFileSync(${JSON.stringify(input)}, 'utf8');
    const { extractProgram } = await import(${JSON.stringify(pathToFileURL(bundle).href)});
    const t0 = performance.now(); extractProgram(text); process.stdout.write(String(performance.now() - t0));`;
  const runs = Array.from({ length: 5 }, () =>
    Number(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })),
  );
  return median(runs);
}

/** In-page: the preview names `count` questions and lists them, the first one being `first`. */
export const questionsShown = ({ count, first }) => {
  const status = document.querySelector('[data-testid="preview-status"]');
  if (!status || !new RegExp(`\\b${count}\\b`).test(status.textContent)) return false;
  const items = document.querySelectorAll('[data-testid="draft-questions"] > li');
  const letters = (s) => s.replace(/[^\p{L}\p{N}]+/gu, '');
  return items.length > 0 && letters(items[0].textContent).includes(letters(first).slice(0, 30));
};

/** Puts `text` on the clipboard and pastes it with Ctrl+V into the focused element: keydown → the frame after `until`. */
export async function paste(page, text, until) {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.evaluate(`void (window.__pasted = window.__bench.when(() => (${until})(), 120000))`);
  await page.keyboard.press('Control+V');
  const ms = await page.evaluate(async () => {
    const end = await window.__pasted;
    return end === null ? null : end - window.__bench.last.keydown.timeStamp;
  });
  if (ms === null) throw new Error('the pasted program was not shown within 120 s');
  return ms;
}

async function pasteInBrowser(ctx, programs, expected) {
  buildWeb();
  const server = await serveWeb(BENCH_PORTS.setup);
  const browser = await launchChromium(ctx.chromiumPath);
  const clipboard = { permissions: ['clipboard-read', 'clipboard-write'] };
  const shown = (e) => `() => (${questionsShown})(${JSON.stringify(e)})`;
  try {
    const first = [];
    const warm = [];
    const bare = [];
    for (let i = 0; i < PASTES; i++) {
      // A new profile each time: no draft restored, nothing cached but the browser's own files.
      const context = await newBenchContext(browser, clipboard);
      const page = await newProbedPage(context);
      await page.goto(`${server.url}#/setup`);
      await page.getByTestId('program-paste').focus();
      first.push(await paste(page, programs[0], shown(expected[0])));
      await page.getByRole('button', { name: 'Borrar el texto pegado' }).click();
      await page.getByTestId('program-paste').focus();
      warm.push(await paste(page, programs[1], shown(expected[1])));
      await context.close();

      const blank = await browser.newContext({ ...clipboard, viewport: { width: 1366, height: 768 }, serviceWorkers: 'block' });
      const plain = await blank.newPage();
      await plain.addInitScript(PROBE);
      // Same origin as the app (the clipboard needs a secure context), none of its code.
      await plain.route('**/textarea-only', (r) =>
        r.fulfill({
          contentType: 'text/html',
          body: '<!doctype html><title>textarea</title><textarea style="width:90%;height:12em"></textarea>',
        }),
      );
      await plain.goto(`${server.url}textarea-only`);
      await plain.locator('textarea').focus();
      bare.push(await paste(plain, programs[0], `() => document.querySelector('textarea').value.length === ${programs[0].length}`));
      await blank.close();
    }
    process.stdout.write(
      `  paste: first ${first.map(Math.round)}, warm ${warm.map(Math.round)}, bare textarea ${bare.map(Math.round)} ms\n`,
    );
    return [
      { name: 'setup.paste_1mb_first_ms', value: round(median(first)), unit: 'ms' },
      { name: 'setup.paste_1mb_warm_ms', value: round(median(warm)), unit: 'ms' },
      { name: 'setup.paste_1mb_textarea_ms', value: round(median(bare)), unit: 'ms' },
    ];
  } finally {
    await browser.close();
    server.stop();
  }
}

/**
 * A 20-page PDF program, one panel per page as an institution lays it out in a word processor (paragraphs,
 * a numbered list of questions, a running footer with the page number), converted by LibreOffice.
 */
function twentyPagePdf(ctx) {
  const pages = Array.from({ length: PDF_PAGES }, (_, i) => {
    const h = 9 + (i % 8);
    const breakBefore = i > 0 ? ' style="page-break-before: always"' : '';
    return `<h2${breakBefore}>Mesa ${i + 1}: Gobernanza metropolitana y territorio ${i + 1}</h2>
<p>${h}:00 – ${h}:15 Bienvenida e introducción a la mesa ${i + 1}<br>${h}:15 – ${h}:45 Presentaciones de las personas panelistas</p>
<h3>Objetivos</h3>
<p>Esta mesa busca identificar buenas prácticas en la respuesta a la pandemia en ${i + 3} zonas metropolitanas del país, así como generar un espacio de discusión entre actores metropolitanos, con la participación de la Red Nacional Metropolitana (Renamet), en coordinación con Cities Alliance y organizada por SEDATU.</p>
<h3>Panelistas</h3>
<p>Dra. Ana Pérez ${i}, Universidad Nacional — Investigadora en vivienda y hábitat.<br>Mtro. Luis Gómez ${i}, Gobierno municipal — Director de planeación urbana.</p>
<h3>Preguntas guía</h3>
<ol>
<li>¿Cómo los retos y respuestas inmediatas ante la emergencia ${i} se convierten en catalizadores para fortalecer los procesos de gobernanza metropolitana?</li>
<li>¿Cómo queremos que las ciudades crezcan? Salirnos del status quo con una mirada feminista.</li>
<li>¿Cómo se complementan los niveles de acción federal y metropolitano? ¿Cómo dialogan los sectores ${i}?</li>
<li>¿Cómo se potencian las respuestas comunitarias en la mesa ${i + 1}?</li>
<li>¿Cómo seguir aprendiendo de los municipios?</li>
</ol>
<h3>Documentos de referencia</h3>
<p>Informe de la mesa ${i + 1} (PDF, 2 MB) — Descargar</p>
<p>Foro Metropolitano Nacional — Página ${i + 1} de ${PDF_PAGES}</p>`;
  });
  const html = join(ctx.tmp, 'program-20-pages.html');
  const head = '<h1>Foro Metropolitano Nacional: ciudades después de la pandemia</h1><p>Fecha: 15 de junio de 2021</p>';
  writeFileSync(html, `<!doctype html><html><head><meta charset="utf-8"></head><body>${head}${pages.join('\n')}</body></html>`);
  execFileSync('soffice', ['--headless', '--convert-to', 'pdf:writer_pdf_Export', '--outdir', ctx.tmp, html], { stdio: 'ignore' });
  return join(ctx.tmp, 'program-20-pages.pdf');
}

/** Opens the PDF with the file input of a fresh setup screen, PDF_RUNS times: change event → questions shown. */
async function pdfInBrowser(ctx, pdf, expected) {
  const server = await serveWeb(BENCH_PORTS.setup);
  const browser = await launchChromium(ctx.chromiumPath);
  const shown = `() => (${questionsShown})(${JSON.stringify(expected)})`;
  try {
    const times = [];
    for (let i = 0; i < PDF_RUNS; i++) {
      const context = await newBenchContext(browser);
      const page = await newProbedPage(context);
      await page.goto(`${server.url}#/setup`);
      const input = page.getByTestId('program-file-input');
      await input.evaluate((el) => {
        el.addEventListener('change', (e) => (window.__changed = e.timeStamp), { capture: true, once: true });
      });
      await page.evaluate(`void (window.__opened = window.__bench.when(() => (${shown})(), 120000))`);
      await input.setInputFiles(pdf);
      const ms = await page.evaluate(async () => {
        const end = await window.__opened;
        return end === null ? null : end - window.__changed;
      });
      if (ms === null) throw new Error('the questions of the PDF were not shown within 120 s');
      times.push(ms);
      await context.close();
    }
    process.stdout.write(`  pdf: ${times.map(Math.round)} ms\n`);
    return [{ name: 'setup.extract_pdf_20pages_ms', value: round(median(times)), unit: 'ms' }];
  } finally {
    await browser.close();
    server.stop();
  }
}

export default async function setupBench(ctx) {
  const { extractProgram } = await loadExtractor(ctx);
  const sample = readFileSync(join(ctx.root, 'resources', 'samples', 'segundo-conversatorio-metropolitano.txt'), 'utf8');
  const programs = [realisticProgram(sample), realisticProgram(sample, 'b')];
  const found = programs.map((p) => extractProgram(p).questions);
  process.stdout.write(`  (${(programs[0].length / 1e6).toFixed(2)} M chars, ${found[0].length} questions found)\n`);
  const expected = found.map((q) => ({ count: q.length, first: q[0].text }));
  const oneLine = programs[0].replace(/\n/g, ' ');
  const pdf = twentyPagePdf(ctx);
  const { readProgramDocument } = await loadDocuments(ctx);
  const pdfRead = await readProgramDocument(pdf, new Uint8Array(readFileSync(pdf)));
  if (!pdfRead.ok) throw new Error(`the benchmark PDF could not be read: ${JSON.stringify(pdfRead.problem)}`);
  const pdfQuestions = extractProgram(pdfRead.text).questions;
  process.stdout.write(`  (${pdf}: ${pdfQuestions.length} questions found)\n`);
  return [
    ...(await pasteInBrowser(ctx, programs, expected)),
    ...(await pdfInBrowser(ctx, pdf, { count: pdfQuestions.length, first: pdfQuestions[0].text })),
    { name: 'setup.extract_1mb_cold_ms', value: round(coldMs(ctx, join(ctx.tmp, 'program-extractor.mjs'), programs[0])), unit: 'ms' },
    { name: 'setup.extract_1mb_ms', value: round(medianMs(extractProgram, programs[0])), unit: 'ms' },
    { name: 'setup.extract_1mb_one_line_ms', value: round(medianMs(extractProgram, oneLine)), unit: 'ms' },
    pathologicalWorst(extractProgram),
  ];
}
