import {
  createEvent,
  createMesa,
  createNote,
  createParticipant,
  createQuestion,
  createSynthesis,
  createTurn,
  uuidFromBytes,
  type EventBundle,
  type RecordContext,
} from '../../../src/core/model';

/** Reproducible ids and times, so a failing test shows the same file every run. */
function testContext(): RecordContext {
  let n = 0;
  let t = Date.parse('2026-11-26T16:00:00.000Z');
  return {
    newId: () => uuidFromBytes(Array.from({ length: 16 }, (_, i) => (++n * 31 + i * 7) & 0xff)),
    nowMs: () => (t += 1000),
  };
}

export function smallBundle(): EventBundle {
  const ctx = testContext();
  const event = createEvent(
    { title: 'Conversatorio de prueba', date: '2026-11-26', startTime: '10:00', timeZone: 'America/Mexico_City' },
    ctx,
  );
  const q1 = createQuestion(event.id, { text: '¿Primera pregunta?', order: 0 }, ctx);
  const q2 = createQuestion(event.id, { text: '¿Segunda pregunta?', order: 1, block: 'Mesa 2' }, ctx);
  const ana = createParticipant(event.id, { name: 'Ana Ejemplar', role: 'moderator', gender: 'woman' }, ctx);
  const luis = createParticipant(event.id, { name: 'Luis Muestra', affiliation: 'Instituto Ficticio' }, ctx);
  const bundle: EventBundle = {
    event,
    mesas: [],
    questions: [q1, q2],
    participants: [ana, luis],
    notes: [
      createNote(
        event.id,
        { text: 'Idea «con comillas» y acentos: ñ, ü, 😀', questionId: q1.id, speakerId: luis.id, elapsedMs: 1200 },
        ctx,
      ),
      createNote(event.id, { text: 'Propuesta', kind: 'proposal', tags: ['movilidad', 'agua'], starred: true, elapsedMs: 5000 }, ctx),
      createNote(
        event.id,
        { text: 'Acción', kind: 'action', action: { who: 'Ana', when: 'marzo' }, questionId: q2.id, editedAt: '2026-11-26T17:00:00.000Z' },
        ctx,
      ),
      { ...createNote(event.id, { text: 'Borrada' }, ctx), deletedAt: '2026-11-26T18:00:00.000Z' },
    ],
    turns: [
      createTurn(
        event.id,
        {
          questionId: q1.id,
          speakerId: ana.id,
          plannedSeconds: 300,
          plannedStartAt: '2026-11-26T16:00:00.000Z',
          actualStartAt: '2026-11-26T16:01:00.000Z',
          actualEndAt: '2026-11-26T16:06:30.000Z',
          timerLog: [
            { type: 'start', at: Date.parse('2026-11-26T16:01:00.000Z'), plannedMs: 300_000 },
            { type: 'adjust', at: Date.parse('2026-11-26T16:04:00.000Z'), deltaMs: 30_000 },
            { type: 'finish', at: Date.parse('2026-11-26T16:06:30.000Z') },
          ],
        },
        ctx,
      ),
    ],
    syntheses: [createSynthesis(event.id, q1.id, 'Síntesis **breve**', ctx)],
    photos: [],
  };
  // Made last, so the records above keep the ids and times they had before mesas existed.
  const mesa = createMesa(
    event.id,
    { name: 'Mesa 1', order: 0, room: 'Sala B', moderator: 'Ana Ejemplar', rapporteurs: ['Luis Muestra'] },
    ctx,
  );
  const author = { authorId: uuidFromBytes(Array.from({ length: 16 }, (_, i) => 0xa0 + i)), authorName: 'Relatora de la mesa 1' };
  bundle.mesas.push(mesa);
  bundle.questions[1] = { ...q2, mesaIds: [mesa.id] };
  bundle.notes.push(createNote(event.id, { text: 'Nota de la mesa', questionId: q2.id, mesaId: mesa.id, ...author, elapsedMs: 9000 }, ctx));
  bundle.syntheses.push(createSynthesis(event.id, q2.id, 'Síntesis de la mesa 1', ctx, mesa.id));
  return bundle;
}

export const META = { appVersion: '0.1.0', exportedAt: '2026-11-27T09:00:00.000Z' };
