// Renders the README's sample relatoría with the app's own PDF printer (the CLI's: a headless Chromium):
// docs/report-sample.pdf, a PNG of its cover (docs/report-sample.png) and of the page where the first
// guiding question is developed (docs/report-sample-development.png). The event is the built-in sample
// with ILLUSTRATIVE notes, speakers, texts and timings made up here (not what was said at the real event).
// Run: npx tsx scripts/render-sample-report.mts   (needs Chromium and pdftoppm)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium, launchChromiumPrinter } from '../src/cli/chromium-pdf';
import { createNote, createParticipant, createSynthesis, createTurn, type Note, type NoteKind } from '../src/core/model';
import { buildSampleBundle } from '../src/core/sample';
import { buildReport } from '../src/core/report';
import { printReportPdf, sectionPages } from '../src/core/report/pdf-print';

const root = join(import.meta.dirname, '..');
let n = 0;
let now = Date.UTC(2026, 10, 26, 16, 0, 0);
const ctx = { newId: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`, nowMs: () => now };
const base = buildSampleBundle(readFileSync(join(root, 'resources/samples/segundo-conversatorio-metropolitano.txt'), 'utf8'), ctx);
const id = base.event.id;
const start = new Date(now).toISOString();
const event = {
  ...base.event,
  date: '2026-11-26',
  startTime: '10:00',
  place: 'Sesión virtual (ejemplo)',
  rapporteur: 'Relatoría de ejemplo',
  session: { startedAt: start, runningSince: null, accumulatedMs: 95 * 60_000 },
  conclusions:
    'Contenido ilustrativo: estas conclusiones son un ejemplo y no resumen el evento real.\n\n- La coordinación metropolitana se fortaleció durante la emergencia.\n- Hace falta información abierta y comparable entre municipios.',
  agreements: 'Compartir esta relatoría con las personas participantes (ejemplo).',
  executiveSummary:
    'Resumen de ejemplo: las personas ponentes coincidieron en que la emergencia sanitaria aceleró la cooperación entre municipios, y en que sostenerla exige reglas e información comunes.',
  introduction:
    'Texto ilustrativo. El conversatorio reunió a redes de investigación y a autoridades para revisar lo aprendido en las zonas metropolitanas durante la pandemia.',
  consensus:
    'Consenso (ejemplo): hace falta información abierta y comparable entre municipios.\n\nDisenso (ejemplo): si el crecimiento urbano debe limitarse por norma o por incentivos; las razones quedaron anotadas en la pregunta 2.',
  nextSteps: 'Circular esta relatoría y recibir comentarios durante dos semanas (ejemplo).',
  attendance: {
    list: [],
    // Counted at the door (illustrative figures).
    counts: [
      { sector: 'Academia', byGender: { woman: 18, man: 12, 'non-binary': 1, unspecified: 2 } },
      { sector: 'Gobierno', byGender: { woman: 9, man: 11, 'non-binary': 0, unspecified: 1 } },
      { sector: 'Sociedad civil', byGender: { woman: 14, man: 6, 'non-binary': 2, unspecified: 3 } },
    ],
  },
  preparedBy: 'Relatoría de ejemplo, relatora',
  reviewedBy: 'Coordinación de ejemplo, coordinadora',
};
const people = [
  createParticipant(
    id,
    {
      name: 'Moderadora de ejemplo',
      position: 'Directora de área',
      affiliation: 'SEDATU',
      sector: 'Gobierno',
      role: 'moderator',
      gender: 'woman',
    },
    ctx,
  ),
  createParticipant(
    id,
    {
      name: 'Ponente A (ejemplo)',
      position: 'Investigadora',
      affiliation: 'Renamet',
      sector: 'Academia',
      role: 'panellist',
      gender: 'woman',
    },
    ctx,
  ),
  createParticipant(
    id,
    { name: 'Ponente B (ejemplo)', position: 'Coordinador', affiliation: 'RIVHA', sector: 'Academia', role: 'panellist', gender: 'man' },
    ctx,
  ),
  createParticipant(
    id,
    {
      name: 'Ponente C (ejemplo)',
      position: 'Integrante',
      affiliation: 'UHPH',
      sector: 'Sociedad civil',
      role: 'panellist',
      gender: 'unspecified',
    },
    ctx,
  ),
];
const [mod, a, b, c] = people;
const [q1, q2, q3] = [...base.questions].sort((x, y) => x.order - y.order);
const notes: Note[] = [];
const note = (min: number, kind: NoteKind, text: string, speaker: string | null, questionId: string, extra: Partial<Note> = {}) => {
  now = Date.UTC(2026, 10, 26, 16, min);
  notes.push(createNote(id, { text, kind, speakerId: speaker, questionId, elapsedMs: min * 60_000, ...extra }, ctx));
};
note(6, 'idea', 'La emergencia obligó a coordinar servicios entre municipios vecinos.', a!.id, q1!.id, { starred: true });
note(9, 'data', 'En el ejemplo, 3 de cada 4 municipios compartieron datos sanitarios semanalmente.', a!.id, q1!.id);
note(12, 'quote', 'La pandemia no respetó límites municipales; la respuesta tampoco debería.', b!.id, q1!.id);
note(15, 'proposal', 'Crear una mesa metropolitana permanente de salud y movilidad.', b!.id, q1!.id);
note(24, 'idea', 'Las redes de cuidado sostenidas por mujeres fueron la primera respuesta en los barrios.', c!.id, q2!.id, {
  starred: true,
});
note(28, 'disagreement', 'No hubo acuerdo sobre si el crecimiento debe limitarse por norma o por incentivos.', null, q2!.id);
note(33, 'audience-question', '¿Cómo se financian las propuestas en municipios pequeños?', null, q2!.id);
note(41, 'agreement', 'Sistematizar las experiencias municipales en un repositorio común.', mod!.id, q3!.id);
note(44, 'action', 'Enviar la relatoría a las personas participantes.', mod!.id, q3!.id, {
  action: { who: 'Relatoría de ejemplo', when: '2026-12-03' },
});
now = Date.UTC(2026, 10, 26, 17, 40);
const turn = (speakerId: string, questionId: string, from: number, minutes: number, planned: number) =>
  createTurn(
    id,
    {
      speakerId,
      questionId,
      order: from,
      plannedSeconds: planned,
      actualStartAt: new Date(Date.UTC(2026, 10, 26, 16, from)).toISOString(),
      actualEndAt: new Date(Date.UTC(2026, 10, 26, 16, from + minutes)).toISOString(),
    },
    ctx,
  );
const turns = [
  turn(mod!.id, q1!.id, 0, 4, 300),
  turn(a!.id, q1!.id, 4, 10, 600),
  turn(b!.id, q1!.id, 14, 9, 600),
  turn(c!.id, q2!.id, 23, 12, 600),
  turn(mod!.id, q3!.id, 40, 6, 300),
];
const bundle = {
  ...base,
  event,
  participants: people,
  notes,
  turns,
  syntheses: [
    createSynthesis(
      id,
      q1!.id,
      'Síntesis de ejemplo: la emergencia aceleró la cooperación entre municipios, pero sin reglas estables para sostenerla.',
      ctx,
    ),
  ],
};

const dir = mkdtempSync(join(tmpdir(), 'relator-sample-'));
const chromium = await findChromium();
if (!chromium) throw new Error("no Chromium found: install Debian's chromium (or set RELATOR_CHROMIUM)");
const model = buildReport(bundle, { timestamps: 'clock', program: 'annex' });
const printer = await launchChromiumPrinter(chromium);
const pdf = await printReportPdf(model, { open: printer.open }).finally(() => printer.close());
const pdfPath = join(root, 'docs/report-sample.pdf');
writeFileSync(pdfPath, pdf);

/** One page of the PDF as a PNG at `dpi`, written to `docs/<name>.png`. */
function pagePng(page: number, name: string, dpi = 60): void {
  const args = ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', pdfPath, join(root, 'docs', name)];
  const run = spawnSync('pdftoppm', args, { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`pdftoppm failed: ${run.stderr}`);
}
pagePng(1, 'report-sample');
// The page the first guiding question's development starts on, as the contents say.
const development = model.sections.find((s) => s.level === 1 && s.id.startsWith('question'));
const pages = sectionPages(model, pdf);
pagePng(development ? pages.get(development.id)! : 3, 'report-sample-development', 80);
process.stdout.write(
  `wrote docs/report-sample.pdf (${pdf.byteLength} bytes), docs/report-sample.png and docs/report-sample-development.png (in ${dir})\n`,
);
