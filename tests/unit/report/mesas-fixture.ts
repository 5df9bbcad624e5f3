import {
  createEvent,
  createMesa,
  createNote,
  createParticipant,
  createQuestion,
  createSynthesis,
  createTurn,
} from '../../../src/core/model';
import type { EventBundle, Note } from '../../../src/core/model/types';
import { fixedContext } from './fixtures';

/**
 * A forum in two mesas: question 1 at both, question 2 at Mesa Sur only, question 3 in the plenary
 * (and noted once at Mesa Norte too). Each mesa and the plenary have notes, a timed turn and
 * syntheses; the coordinator wrote the general synthesis of question 1.
 */
export function mesasBundle(): EventBundle {
  const ctx = fixedContext();
  const event = createEvent(
    {
      title: 'Foro de mesas',
      organisers: ['Renamet'],
      place: 'Monterrey',
      date: '2026-11-26',
      startTime: '10:00',
      timeZone: 'America/Mexico_City',
      rapporteur: 'Carla Coordinadora',
      conclusions: 'Conclusión del foro entero.',
      executiveSummary: 'Resumen del foro entero.',
    },
    ctx,
  );
  const id = event.id;
  const norte = createMesa(
    id,
    { name: 'Mesa Norte', order: 0, room: 'Sala A', moderator: 'Marta Mod', rapporteurs: ['Ana Relatora'] },
    ctx,
  );
  const sur = createMesa(id, { name: 'Mesa Sur', order: 1, room: 'Sala B', moderator: 'Pedro Mod', rapporteurs: ['Beto Relator'] }, ctx);
  const q1 = createQuestion(id, { text: '¿Qué agua queremos?', order: 0, mesaIds: [norte.id, sur.id] }, ctx);
  const q2 = createQuestion(id, { text: '¿Quién decide?', order: 1, mesaIds: [sur.id] }, ctx);
  const q3 = createQuestion(id, { text: '¿Qué sigue?', order: 2 }, ctx);
  const ana = createParticipant(id, { name: 'Ana Pérez', affiliation: 'UNAM', role: 'panellist', gender: 'woman' }, ctx);
  const luis = createParticipant(id, { name: 'Luis Gómez', affiliation: 'SEDATU', role: 'panellist', gender: 'man' }, ctx);
  const eva = createParticipant(id, { name: 'Eva Ruiz', affiliation: 'Conagua', role: 'panellist', gender: 'woman' }, ctx);
  const notes: Note[] = [];
  const add = (fields: Partial<Note> & { text: string }) => {
    ctx.advance(60_000);
    notes.push(createNote(id, { elapsedMs: ctx.nowMs() - Date.UTC(2026, 10, 26, 16, 0, 0), ...fields }, ctx));
  };
  add({ text: 'Idea del norte', questionId: q1.id, mesaId: norte.id, speakerId: ana.id, authorName: 'Ana Relatora' });
  add({ text: 'Idea del sur', questionId: q1.id, mesaId: sur.id, speakerId: luis.id, authorName: 'beto relator' });
  add({ text: 'Cita del sur', kind: 'quote', questionId: q1.id, mesaId: sur.id, speakerId: luis.id, authorName: 'Beto Relator' });
  add({ text: 'Propuesta del sur', kind: 'proposal', questionId: q2.id, mesaId: sur.id, authorName: 'Beto Relator' });
  add({ text: 'Idea de la plenaria', questionId: q3.id, speakerId: eva.id, authorName: 'Carla Coordinadora' });
  add({ text: 'El norte también habló de lo que sigue', questionId: q3.id, mesaId: norte.id, authorName: 'Dora Suplente' });
  const turn = (speakerId: string, mesaId: string | null, startMin: number, minutes: number) =>
    createTurn(
      id,
      {
        speakerId,
        mesaId,
        questionId: q1.id,
        order: startMin,
        plannedSeconds: 600,
        actualStartAt: new Date(Date.UTC(2026, 10, 26, 16, startMin)).toISOString(),
        actualEndAt: new Date(Date.UTC(2026, 10, 26, 16, startMin + minutes)).toISOString(),
      },
      ctx,
    );
  return {
    event,
    mesas: [sur, norte],
    questions: [q3, q1, q2],
    participants: [ana, luis, eva],
    notes,
    turns: [turn(ana.id, norte.id, 0, 10), turn(luis.id, sur.id, 0, 5), turn(eva.id, null, 30, 3)],
    syntheses: [
      createSynthesis(id, q1.id, 'Síntesis general de la coordinación.', ctx),
      createSynthesis(id, q1.id, 'Síntesis de la Mesa Norte.', ctx, norte.id),
      createSynthesis(id, q1.id, 'Síntesis de la Mesa Sur.', ctx, sur.id),
      createSynthesis(id, q2.id, 'Sur sobre quién decide.', ctx, sur.id),
    ],
    photos: [],
  };
}
