import {
  createEvent,
  createNote,
  createParticipant,
  createQuestion,
  createSynthesis,
  createTurn,
  softDelete,
  type RecordContext,
} from '../../../src/core/model';
import type { EventBundle, Note } from '../../../src/core/model/types';

/** Reproducible ids and times so reports are stable across runs. */
export function fixedContext(startMs = Date.UTC(2026, 10, 26, 16, 0, 0)): RecordContext & { advance: (ms: number) => void } {
  let n = 0;
  let now = startMs;
  return {
    newId: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
    nowMs: () => now,
    advance: (ms) => {
      now += ms;
    },
  };
}

/** Notes with every Markdown sign outside the inline subset a note may use (bold, italic, links, breaks): all stay literal. */
export const HOSTILE_TEXTS = [
  '# Not a heading `not code` ~~not strike~~ 2 * 3 * 4 snake_case_name',
  '1. not a list item',
  '- not a bullet',
  '> not a quote',
  '+ plus start | pipe | cells',
  '<script>alert("x")</script> & &amp; [relative](x) [js](javascript:alert(1)) ![img](y) ~~strike~~ :smile:',
  'line one\n\n- line two after blank\n1) three\n===',
  'emoji 👩🏽‍🌾 and accents ñáéíóú¿¡ and back\\slash',
];

/** A note with the inline formatting a note may use, and what a reader sees of it. */
export const FORMATTED_NOTE = {
  text: 'Hay **consenso amplio** sobre *la gobernanza*, según [el informe](https://example.org/informe)\nvisto en https://inegi.org.mx',
  plain: ['Hay consenso amplio sobre la gobernanza, según el informe', 'visto en https://inegi.org.mx'],
  bold: 'consenso amplio',
  italic: 'la gobernanza',
  links: [
    { text: 'el informe', href: 'https://example.org/informe' },
    { text: 'https://inegi.org.mx', href: 'https://inegi.org.mx' },
  ],
};

/** A small event: two questions, four people, notes of every kind, timed turns, a deleted note. */
export function smallBundle(extraNotes: string[] = []): EventBundle {
  const ctx = fixedContext();
  const event = createEvent(
    {
      title: 'Conversatorio de prueba',
      subtitle: 'Zonas metropolitanas',
      organisers: ['SEDATU', 'Renamet'],
      place: 'Ciudad de México',
      date: '2026-11-26',
      startTime: '10:00',
      timeZone: 'America/Mexico_City',
      objectives: ['Identificar buenas prácticas', 'Generar diálogo'],
      rapporteur: 'Relatora Uno',
      conclusions: 'Hubo consenso en *gobernanza*.\n\n- Primera conclusión\n- Segunda conclusión',
      agreements: 'Reunirse de nuevo en marzo.',
      session: { startedAt: '2026-11-26T16:00:00.000Z', runningSince: null, accumulatedMs: 3_600_000 },
    },
    ctx,
  );
  const id = event.id;
  const q1 = createQuestion(id, { text: '¿Cómo fortalecer la gobernanza?', order: 0 }, ctx);
  const q2 = createQuestion(id, { text: '¿Cómo crecer después de la pandemia?', order: 1 }, ctx);
  const ana = createParticipant(id, { name: 'Ana Pérez', affiliation: 'UNAM', role: 'panellist', gender: 'woman' }, ctx);
  const luis = createParticipant(id, { name: 'Luis Gómez', affiliation: 'SEDATU', role: 'panellist', gender: 'man' }, ctx);
  const mod = createParticipant(id, { name: 'Moderadora', affiliation: '', role: 'moderator', gender: 'unspecified' }, ctx);
  const gone = softDelete(createParticipant(id, { name: 'Persona Borrada', role: 'audience' }, ctx), ctx.nowMs());
  const notes: Note[] = [];
  const add = (fields: Partial<Note> & { text: string }) => {
    ctx.advance(60_000);
    notes.push(createNote(id, { elapsedMs: ctx.nowMs() - Date.UTC(2026, 10, 26, 16, 0, 0), ...fields }, ctx));
  };
  add({ text: 'La coordinación metropolitana es clave', kind: 'idea', questionId: q1.id, speakerId: ana.id, starred: true });
  add({ text: 'Crear un fondo metropolitano', kind: 'proposal', questionId: q1.id, speakerId: luis.id });
  add({ text: 'Sin gobernanza no hay ciudad', kind: 'quote', questionId: q1.id, speakerId: ana.id });
  add({ text: 'No todos coinciden en el fondo', kind: 'disagreement', questionId: q1.id });
  add({ text: '60 % de la población vive en zonas metropolitanas', kind: 'data', questionId: q2.id, speakerId: luis.id });
  add({ text: '¿Y los municipios pequeños?', kind: 'audience-question', questionId: q2.id });
  add({ text: 'Enviar la relatoría', kind: 'action', questionId: q2.id, action: { who: 'Relatoría', when: '2026-12-01' } });
  add({ text: 'Acordamos una mesa técnica', kind: 'agreement', questionId: q2.id, speakerId: mod.id });
  add({ text: 'La ciudad se hace entre todas', kind: 'quote', questionId: q2.id, speakerId: luis.id });
  add({ text: '> Una cita que parece cita', kind: 'quote', questionId: q2.id, speakerId: ana.id });
  add({ text: 'Nota general sin pregunta', kind: 'idea' });
  for (const text of extraNotes) add({ text, kind: 'idea', questionId: q2.id, speakerId: ana.id });
  const deleted = createNote(id, { text: 'NOTA BORRADA', kind: 'idea', questionId: q1.id }, ctx);
  notes.push(softDelete(deleted, ctx.nowMs()));
  const turn = (speakerId: string, questionId: string, startMin: number, minutes: number, planned: number) =>
    createTurn(
      id,
      {
        speakerId,
        questionId,
        order: startMin,
        plannedSeconds: planned,
        actualStartAt: new Date(Date.UTC(2026, 10, 26, 16, startMin)).toISOString(),
        actualEndAt: new Date(Date.UTC(2026, 10, 26, 16, startMin + minutes)).toISOString(),
      },
      ctx,
    );
  const turns = [
    turn(ana.id, q1.id, 0, 10, 600),
    turn(luis.id, q1.id, 10, 5, 600),
    turn(mod.id, q2.id, 15, 5, 300),
    createTurn(id, { speakerId: ana.id, order: 99, plannedSeconds: 300 }, ctx),
  ];
  return {
    event,
    mesas: [],
    questions: [q2, q1],
    participants: [ana, luis, mod, gone],
    notes,
    turns,
    syntheses: [createSynthesis(id, q1.id, 'Síntesis de la primera pregunta.', ctx)],
    photos: [],
  };
}
