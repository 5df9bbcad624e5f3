import { describe, expect, it } from 'vitest';
import { parseEventFile, serializeEventFile } from '../../../src/core/file-format';
import { mergeEventFiles } from '../../../src/core/merge';
import { bundleAsMesa } from '../../../src/core/merge/as-mesa';
import {
  createEvent,
  createNote,
  createParticipant,
  createQuestion,
  createSynthesis,
  createTurn,
  type EventBundle,
} from '../../../src/core/model';
import { smallBundle } from '../file-format/fixture';

/** The event a mesa's rapporteur set up on their own: another event id, the same questions typed again, one of their own. */
function mesaFile(): EventBundle {
  const event = createEvent({ title: 'Mesa de movilidad', date: '2026-11-26' });
  const same = createQuestion(event.id, { text: '  ¿primera   PREGUNTA? ', order: 0 });
  const own = createQuestion(event.id, { text: '¿Qué proponen para el transporte?', order: 1 });
  const luis = createParticipant(event.id, { name: 'luis muestra' });
  const rosa = createParticipant(event.id, { name: 'Rosa Nueva' });
  return {
    event,
    mesas: [],
    questions: [same, own],
    participants: [luis, rosa],
    notes: [
      createNote(event.id, { text: 'En la mesa, sobre la primera', questionId: same.id, speakerId: luis.id, authorName: 'Iván' }),
      createNote(event.id, { text: 'Propuesta propia', questionId: own.id, speakerId: rosa.id, authorName: 'Iván' }),
      createNote(event.id, { text: 'General de la mesa' }),
    ],
    turns: [createTurn(event.id, { questionId: own.id, speakerId: rosa.id, plannedSeconds: 120 })],
    syntheses: [createSynthesis(event.id, same.id, 'Síntesis de la mesa')],
    photos: [],
  };
}

function merge(target: EventBundle, converted: EventBundle) {
  const result = mergeEventFiles([
    { bundle: target, exportedAt: target.event.updatedAt },
    { bundle: converted, exportedAt: converted.event.updatedAt },
  ]);
  if (!result.ok) throw new Error(result.code);
  return result;
}

describe('importing another event’s file as a mesa of this one', () => {
  it('puts its notes, turns and syntheses in a new mesa, matches questions by text and speakers by name, adds the rest', () => {
    const target = smallBundle();
    const source = mesaFile();
    const converted = bundleAsMesa(target, source, { newName: 'Mesa de movilidad' });
    const { bundle, conflicts } = merge(target, converted);
    expect(conflicts).toEqual([]);
    const mesa = bundle.mesas.find((m) => m.name === 'Mesa de movilidad')!;
    expect(mesa.rapporteurs).toEqual(['Iván']);

    const q1 = target.questions[0]!;
    const added = bundle.questions.find((q) => q.text === '¿Qué proponen para el transporte?')!;
    expect(bundle.questions).toHaveLength(3);
    expect(added).toMatchObject({ eventId: target.event.id, mesaIds: [mesa.id], order: 2 });
    // A plenary question the mesa also discussed stays the plenary's.
    expect(bundle.questions.find((q) => q.id === q1.id)!.mesaIds).toEqual([]);

    const imported = source.notes.map((s) => bundle.notes.find((n) => n.id === s.id)!);
    expect(imported.map((n) => [n.text, n.questionId, n.mesaId])).toEqual([
      ['En la mesa, sobre la primera', q1.id, mesa.id],
      ['Propuesta propia', added.id, mesa.id],
      ['General de la mesa', null, mesa.id],
    ]);
    const luis = target.participants.find((p) => p.name === 'Luis Muestra')!;
    expect(imported[0]!.speakerId).toBe(luis.id);
    expect(bundle.participants.map((p) => p.name)).toContain('Rosa Nueva');
    expect(bundle.participants.filter((p) => /luis/i.test(p.name))).toHaveLength(1);
    expect(bundle.turns.find((t) => t.id === source.turns[0]!.id)).toMatchObject({ mesaId: mesa.id, questionId: added.id });
    // The plenary's synthesis of question 1 and the mesa's are two, side by side.
    expect(bundle.syntheses.filter((s) => s.questionId === q1.id && s.deletedAt === null).map((s) => [s.mesaId, s.text])).toEqual([
      [null, 'Síntesis **breve**'],
      [mesa.id, 'Síntesis de la mesa'],
    ]);
    // The target's own event data is untouched, and the result is a valid file.
    expect(bundle.event).toEqual(target.event);
    expect(parseEventFile(serializeEventFile(bundle, { appVersion: 'test', exportedAt: target.event.updatedAt })).ok).toBe(true);
  });

  it('imports into a mesa that exists, and a question of other mesas gains it', () => {
    const target = smallBundle();
    const existing = target.mesas[0]!;
    const q2 = target.questions[1]!;
    const source = mesaFile();
    source.questions[1] = { ...source.questions[1]!, text: q2.text };
    const { bundle } = merge(target, bundleAsMesa(target, source, { mesaId: existing.id }));
    expect(bundle.mesas).toHaveLength(1);
    expect(bundle.questions).toHaveLength(2);
    expect(bundle.notes.filter((n) => source.notes.some((s) => s.id === n.id)).every((n) => n.mesaId === existing.id)).toBe(true);
    expect(() => bundleAsMesa(target, source, { mesaId: source.event.id })).toThrow(RangeError);
  });

  it('importing the same file again changes nothing', () => {
    const target = smallBundle();
    const source = mesaFile();
    const once = merge(target, bundleAsMesa(target, source, { newName: 'Mesa de movilidad' })).bundle;
    const twice = merge(once, bundleAsMesa(once, source, { newName: 'Mesa de movilidad' }));
    expect(twice.conflicts).toEqual([]);
    const text = (b: EventBundle) => serializeEventFile(b, { appVersion: 'test', exportedAt: 'x' });
    expect(text(twice.bundle)).toBe(text(once));
  });
});
