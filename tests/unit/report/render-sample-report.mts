// Renders docs/report-sample.pdf and docs/report-sample.png: the built-in sample event with a few
// ILLUSTRATIVE notes, speakers and timings made up here (not what was said at the real event).
// Run: npx tsx tests/unit/report/render-sample-report.mts   (needs soffice and pdftoppm)
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { createNote, createParticipant, createSynthesis, createTurn, type Note, type NoteKind } from '../../../src/core/model';
import { buildSampleBundle } from '../../../src/core/sample';
import { buildReport } from '../../../src/core/report';
import { renderDocx } from '../../../src/core/report/docx-writer';

const root = join(import.meta.dirname, '..', '..', '..');
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
};
const people = [
  createParticipant(id, { name: 'Moderadora de ejemplo', affiliation: 'SEDATU', role: 'moderator', gender: 'woman' }, ctx),
  createParticipant(id, { name: 'Ponente A (ejemplo)', affiliation: 'Renamet', role: 'panellist', gender: 'woman' }, ctx),
  createParticipant(id, { name: 'Ponente B (ejemplo)', affiliation: 'RIVHA', role: 'panellist', gender: 'man' }, ctx),
  createParticipant(id, { name: 'Ponente C (ejemplo)', affiliation: 'UHPH', role: 'panellist', gender: 'unspecified' }, ctx),
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
const docx = join(dir, 'report-sample.docx');
writeFileSync(
  docx,
  await renderDocx(buildReport(bundle, { timestamps: 'clock' }), { created: new Date(now), deflateRaw: (x) => deflateRawSync(x) }),
);
const lo = spawnSync(
  'soffice',
  [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx],
  { encoding: 'utf8' },
);
if (lo.status !== 0) throw new Error(`soffice failed: ${lo.stderr}`);
copyFileSync(join(dir, 'report-sample.pdf'), join(root, 'docs/report-sample.pdf'));
const png = spawnSync('pdftoppm', [
  '-png',
  '-r',
  '60',
  '-f',
  '1',
  '-l',
  '1',
  '-singlefile',
  join(dir, 'report-sample.pdf'),
  join(root, 'docs/report-sample'),
]);
if (png.status !== 0) throw new Error(`pdftoppm failed: ${png.stderr}`);
process.stdout.write(`wrote docs/report-sample.pdf and docs/report-sample.png (from ${docx})\n`);
