import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import {
  createEvent,
  createNote,
  createParticipant,
  createQuestion,
  createSynthesis,
  createTurn,
  type RecordContext,
} from '../../../src/core/model/factories';
import type { EventBundle } from '../../../src/core/model/types';
import { openRelatorDb, type RelatorDb } from '../../../src/renderer/store/db';

export const T0 = Date.parse('2026-11-26T16:00:00.000Z');

/** A record context whose clock only moves when the test says so. */
export function testContext(): RecordContext & { advance(ms: number): void } {
  let now = T0;
  return {
    newId: () => globalThis.crypto.randomUUID(),
    nowMs: () => now,
    advance(ms: number) {
      now += ms;
    },
  };
}

let counter = 0;
export function uniqueName(): string {
  counter += 1;
  return `relator-test-${process.pid}-${counter}-${Date.now()}`;
}

export async function freshDb(): Promise<{ db: RelatorDb; ctx: ReturnType<typeof testContext> }> {
  const ctx = testContext();
  const db = await openRelatorDb(uniqueName(), ctx);
  return { db, ctx };
}

export async function dropDb(db: RelatorDb): Promise<void> {
  db.close();
  await Dexie.delete(db.name);
}

/** An event with two questions, two participants, notes (one general, one deleted), a turn and a synthesis. */
export function makeBundle(ctx: RecordContext, title = 'Segundo conversatorio'): EventBundle {
  const event = createEvent({ title, place: 'Auditorio', organisers: ['Ayuntamiento'] }, ctx);
  const q1 = createQuestion(event.id, { text: '¿Qué movilidad queremos?', order: 0 }, ctx);
  const q2 = createQuestion(event.id, { text: '¿Cómo se financia?', order: 1, block: 'Mesa 2' }, ctx);
  const ana = createParticipant(event.id, { name: 'Ana Ruiz', gender: 'woman' }, ctx);
  const luis = createParticipant(event.id, { name: 'Luis Pérez', role: 'moderator' }, ctx);
  const notes = [
    createNote(event.id, { text: 'Más carriles bici', questionId: q1.id, speakerId: ana.id, kind: 'proposal' }, ctx),
    createNote(event.id, { text: 'Presupuesto participativo', questionId: q2.id, speakerId: luis.id, tags: ['dinero'] }, ctx),
    createNote(event.id, { text: 'Nota general', questionId: null }, ctx),
    { ...createNote(event.id, { text: 'Borrada', questionId: q1.id }, ctx), deletedAt: new Date(ctx.nowMs()).toISOString() },
  ];
  const turns = [createTurn(event.id, { questionId: q1.id, speakerId: ana.id, plannedSeconds: 300 }, ctx)];
  const syntheses = [createSynthesis(event.id, q1.id, 'Consenso sobre movilidad activa', ctx)];
  return { event, mesas: [], questions: [q1, q2], participants: [ana, luis], notes, turns, syntheses, photos: [] };
}
