// setup.extract_1mb_ms: extractProgram (guiding questions + event data) on a realistic ~1 MB pasted
// program — many panels, each with its agenda, speakers, objectives and noise — median of RUNS
// in-process runs after warm-up. The extractor is bundled from src/core/program with esbuild.
// setup.extract_1mb_one_line_ms: the same size with no newline at all (the worst case for a line scanner).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { median, round } from './lib/context.mjs';

const RUNS = 9;
const WARMUP = 3;
const TARGET_CHARS = 1_000_000;

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

/** One panel of a long program, varied by index so nothing is trivially repeated. */
function panel(i) {
  const h = 9 + (i % 8);
  return [
    `Mesa ${i + 1}: Gobernanza metropolitana y territorio ${i + 1}`,
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
    `  1. ¿Cómo los retos y respuestas inmediatas ante la emergencia ${i} se convierten en catalizadores`,
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

export function realisticProgram(sample) {
  const parts = [
    'Pasar al contenido principal\nInicio  Eventos  Publicaciones  Contacto\n',
    'Foro Metropolitano Nacional: ciudades después de la pandemia\nFecha: 15 de junio de 2021\n\n',
  ];
  let size = parts.join('').length;
  for (let i = 0; size < TARGET_CHARS; i++) {
    const p = i % 25 === 24 ? `${sample}\n\n` : panel(i);
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

export default async function setupBench(ctx) {
  const { extractProgram } = await loadExtractor(ctx);
  const sample = readFileSync(join(ctx.root, 'resources', 'samples', 'segundo-conversatorio-metropolitano.txt'), 'utf8');
  const program = realisticProgram(sample);
  const found = extractProgram(program);
  process.stdout.write(`  (${(program.length / 1e6).toFixed(2)} M chars, ${found.questions.length} questions found)\n`);
  const oneLine = program.replace(/\n/g, ' ');
  return [
    { name: 'setup.extract_1mb_ms', value: round(medianMs(extractProgram, program)), unit: 'ms' },
    { name: 'setup.extract_1mb_one_line_ms', value: round(medianMs(extractProgram, oneLine)), unit: 'ms' },
  ];
}
